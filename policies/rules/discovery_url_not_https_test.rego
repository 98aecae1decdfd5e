package pmlint.rules.discovery_url_not_https_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.discovery_url_not_https as rule

test_fail_http if {
	rule.report == {{
		"path": array.concat(fixtures.jwt_path, ["discoveryUrl"]), "at": "value",
		"message": "discoveryUrl must use https://: AgentCore fetches the identity provider's keys from it and does not support HTTP endpoints.",
	}} with input as fixtures.jwt({"discoveryUrl": "http://idp.example.com/.well-known/openid-configuration"})
}

test_success_https_any_case if {
	rule.report == set() with input as fixtures.jwt({})
	rule.report == set() with input as fixtures.jwt({"discoveryUrl": "HTTPS://idp.example.com/.well-known/openid-configuration"})
}

test_success_not_a_string if {
	rule.report == set() with input as fixtures.jwt({"discoveryUrl": 5})
}
