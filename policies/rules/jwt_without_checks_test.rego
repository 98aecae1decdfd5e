package pmlint.rules.jwt_without_checks_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.jwt_without_checks as rule

test_fail_no_checks if {
	spec := json.remove(fixtures.jwt({}), ["authorizerConfiguration/customJWTAuthorizer/allowedAudience"])
	rule.report == {{
		"path": fixtures.jwt_path, "at": "key",
		"message": "customJWTAuthorizer checks none of allowedAudience, allowedClients, allowedScopes or customClaims, so any token the identity provider signs is accepted; set at least one.",
	}} with input as spec
}

test_success_any_one_check if {
	rule.report == set() with input as fixtures.jwt({})
	spec := json.remove(fixtures.jwt({"allowedScopes": ["s"]}), ["authorizerConfiguration/customJWTAuthorizer/allowedAudience"])
	rule.report == set() with input as spec
}

test_success_iam if {
	rule.report == set() with input as fixtures.iam
}
