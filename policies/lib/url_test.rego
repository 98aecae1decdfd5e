package pmlint.lib.url_test

import data.pmlint.lib.url

test_parse_full_url if {
	url.parse("HTTPS://user:pw@IdP.Example.com:8443/a/b?x=1#f") == {
		"scheme": "https", "userinfo": true, "host": "idp.example.com", "query": true, "fragment": true,
	}
}

test_parse_plain_url if {
	url.parse("https://idp.example.com/.well-known/openid-configuration") == {
		"scheme": "https", "userinfo": false, "host": "idp.example.com", "query": false, "fragment": false,
	}
	url.parse("https://idp.example.com").host == "idp.example.com"
}

test_parse_ipv6_and_question_mark_in_fragment if {
	url.parse("https://[FE80::1]:443/p#frag?not-a-query") == {
		"scheme": "https", "userinfo": false, "host": "fe80::1", "query": false, "fragment": true,
	}
}

test_parse_rejects_non_urls if {
	not url.parse("idp.example.com/.well-known/openid-configuration")
	not url.parse(42)
}

test_ip_literals if {
	url.is_ipv4("10.0.0.1")
	not url.is_ipv4("10.0.0")
	not url.is_ipv4("10.0.0.a")
	not url.is_ipv4("1000.0.0.1")
	url.is_ipv6("::1")
	not url.is_ipv6("example.com")
}
