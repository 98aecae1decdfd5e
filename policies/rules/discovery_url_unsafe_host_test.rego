package pmlint.rules.discovery_url_unsafe_host_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.discovery_url_unsafe_host as rule

_path := array.concat(fixtures.jwt_path, ["discoveryUrl"])

_finding(problem) := {
	"path": _path, "at": "value",
	"message": concat("", [
		"discoveryUrl ", problem, "; AgentCore must reach the identity provider at a public, ",
		"plain https://host/path URL (use privateEndpoint for a private identity provider).",
	]),
}

_report(url) := r if {
	r := rule.report with input as fixtures.jwt({"discoveryUrl": url})
}

test_fail_localhost if {
	_report("https://localhost:8443/.well-known/openid-configuration") == {_finding("points at localhost")}
}

test_fail_loopback_and_private_ipv4 if {
	_report("https://127.0.0.1/.well-known/openid-configuration") == {_finding("points at a loopback address")}
	_report("https://10.1.2.3/.well-known/openid-configuration") == {_finding("points at a private address")}
	_report("https://172.20.0.1/.well-known/openid-configuration") == {_finding("points at a private address")}
	_report("https://192.168.1.1:443/.well-known/openid-configuration") == {_finding("points at a private address")}
	_report("https://169.254.169.254/.well-known/openid-configuration") == {_finding("points at a link-local address")}
}

test_fail_ipv6_literals if {
	_report("https://[::1]/.well-known/openid-configuration") == {_finding("points at a loopback address")}
	_report("https://[fe80::1]:8443/.well-known/openid-configuration") == {_finding("points at a link-local address")}
	_report("https://[fd00::5]/.well-known/openid-configuration") == {_finding("points at a private (unique local) address")}
}

test_fail_userinfo_query_fragment if {
	_report("https://user:pw@idp.example.com/.well-known/openid-configuration?x=1#frag") == {
		_finding("names user information before the host"),
		_finding("has a query string"),
		_finding("has a fragment"),
	}
}

test_success_public_host if {
	_report(fixtures.discovery) == set()
	_report("https://8.8.8.8/.well-known/openid-configuration") == set()
	_report("https://[2001:db8::1]/.well-known/openid-configuration") == set()
	_report("https://mylocalhost.example.com/.well-known/openid-configuration") == set()
	_report("https://mylocalhost/.well-known/openid-configuration") == set()
	_report("https://api.localhost/.well-known/openid-configuration") == {_finding("points at localhost")}
}

test_success_unparseable_is_left_to_other_rules if {
	_report("not a url") == set()
	rule.report == set() with input as fixtures.iam
}
