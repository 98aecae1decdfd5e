package pmlint.rules.custom_jwt_requires_configuration_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.custom_jwt_requires_configuration as rule

test_fail_custom_jwt_without_configuration if {
	rule.report == {{
		"path": ["authorizerType"], "at": "value",
		"message": "authorizerType is CUSTOM_JWT but the spec has no authorizerConfiguration; add authorizerConfiguration.customJWTAuthorizer with the identity provider's discoveryUrl.",
	}} with input as object.union(fixtures.iam, {"authorizerType": "CUSTOM_JWT"})
}

test_success_custom_jwt_with_configuration if {
	rule.report == set() with input as fixtures.jwt({})
}

test_success_iam_without_configuration if {
	rule.report == set() with input as fixtures.iam
}
