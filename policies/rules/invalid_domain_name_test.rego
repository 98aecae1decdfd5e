package pmlint.rules.invalid_domain_name_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.invalid_domain_name as rule

_message(member) := concat("", [
	member, " must be a DNS host name: labels of 1 to 63 letters, digits and",
	" hyphens, separated by dots, not starting or ending with a hyphen, at most 253 characters",
	" (no scheme, port, path or wildcard).",
])

_override(domain) := {"domain": domain, "privateEndpoint": {"selfManagedLatticeResource": {"resourceConfigurationIdentifier": "rcfg-0a1b2c3d4e5f6a7b8"}}}

_bad_override(domain) := r if {
	r := rule.report with input as fixtures.jwt({"privateEndpointOverrides": [_override(domain)]})
}

test_fail_bad_override_domains if {
	expected := {{
		"path": array.concat(fixtures.jwt_path, ["privateEndpointOverrides", 0, "domain"]), "at": "value",
		"message": _message("domain"),
	}}
	_bad_override("https://jwks.example.com") == expected
	_bad_override("jwks.example.com:443") == expected
	_bad_override("*.example.com") == expected
	_bad_override("-bad.example.com") == expected
	_bad_override("bad-.example.com") == expected
	_bad_override("a..example.com") == expected
	_bad_override(concat("", [concat("", ["a" | some _ in numbers.range(1, 64)]), ".example.com"])) == expected
	_bad_override(concat(".", ["ab" | some _ in numbers.range(1, 127)])) == expected
}

test_fail_bad_routing_domain if {
	rule.report == {{
		"path": array.concat(fixtures.vpc_path, ["routingDomain"]), "at": "value",
		"message": _message("routingDomain"),
	}} with input as fixtures.vpc({"routingDomain": "proxy_internal.example.com"})
}

test_success_host_names if {
	_bad_override("jwks.example.com") == set()
	_bad_override("a") == set()
	_bad_override("xn--bcher-kva.example") == set()
	_bad_override(concat("", [concat("", ["a" | some _ in numbers.range(1, 63)]), ".example.com"])) == set()
	_bad_override("") == set()
	rule.report == set() with input as fixtures.vpc({"routingDomain": "proxy.internal.example.com"})
}
