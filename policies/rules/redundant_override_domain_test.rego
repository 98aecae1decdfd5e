package pmlint.rules.redundant_override_domain_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.redundant_override_domain as rule

_override(domain) := {"domain": domain, "privateEndpoint": {"selfManagedLatticeResource": {"resourceConfigurationIdentifier": "rcfg-0a1b2c3d4e5f6a7b8"}}}

_path(i) := array.concat(fixtures.jwt_path, ["privateEndpointOverrides", i, "domain"])

test_fail_repeated_domain_ignoring_case if {
	spec := fixtures.jwt({"privateEndpointOverrides": [_override("jwks.example.com"), _override("JWKS.example.com.")]})
	rule.report == {{
		"path": _path(1), "at": "value",
		"message": "domain jwks.example.com is already overridden by privateEndpointOverrides[0]; remove this override.",
	}} with input as spec
}

test_fail_discovery_host if {
	spec := fixtures.jwt({"privateEndpointOverrides": [_override("IDP.example.com")]})
	rule.report == {{
		"path": _path(0), "at": "value",
		"message": "domain idp.example.com is the discoveryUrl host, which privateEndpoint already covers; overrides are for other domains of the identity provider (token or JWKS endpoints).",
	}} with input as spec
}

test_success_other_domains if {
	spec := fixtures.jwt({"privateEndpointOverrides": [_override("jwks.example.com"), _override("token.example.com")]})
	rule.report == set() with input as spec
}

test_success_domains_missing if {
	rule.report == set() with input as fixtures.jwt({"privateEndpointOverrides": [{}, {}]})
}
