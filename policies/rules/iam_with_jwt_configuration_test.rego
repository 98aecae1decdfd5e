package pmlint.rules.iam_with_jwt_configuration_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.iam_with_jwt_configuration as rule

test_fail_iam_with_configuration if {
	spec := object.union(fixtures.jwt({}), {"authorizerType": "AWS_IAM"})
	rule.report == {{
		"path": ["authorizerConfiguration"], "at": "key",
		"message": "authorizerType is AWS_IAM, so authorizerConfiguration is not used; remove it, or set authorizerType to CUSTOM_JWT if JWT authorization is meant.",
	}} with input as spec
}

test_success_iam_alone if {
	rule.report == set() with input as fixtures.iam
}

test_success_custom_jwt_with_configuration if {
	rule.report == set() with input as fixtures.jwt({})
}
