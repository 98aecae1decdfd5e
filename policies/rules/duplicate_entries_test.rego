package pmlint.rules.duplicate_entries_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.duplicate_entries as rule

test_fail_repeated_audience_and_scope if {
	spec := fixtures.jwt({"allowedAudience": ["a", "b", "a"], "allowedScopes": ["s", "s"]})
	rule.report == {
		{
			"path": array.concat(fixtures.jwt_path, ["allowedAudience", 2]), "at": "value",
			"message": "allowedAudience repeats item 0 (a); remove the copy.",
		},
		{
			"path": array.concat(fixtures.jwt_path, ["allowedScopes", 1]), "at": "value",
			"message": "allowedScopes repeats item 0 (s); remove the copy.",
		},
	} with input as spec
}

test_fail_repeated_subnet_and_match_value if {
	claim := {
		"inboundTokenClaimName": "c", "inboundTokenClaimValueType": "STRING_ARRAY",
		"authorizingClaimMatchValue": {"claimMatchValue": {"matchValueStringList": ["x", "x"]}, "claimMatchOperator": "CONTAINS_ANY"},
	}
	spec := json.patch(fixtures.vpc({"subnetIds": ["subnet-0a1b2c3d", "subnet-0a1b2c3d"], "securityGroupIds": ["sg-0a1b2c3d", "sg-0a1b2c3d"]}), [{
		"op": "add", "path": "/authorizerConfiguration/customJWTAuthorizer/customClaims", "value": [claim],
	}])
	rule.report == {
		{
			"path": array.concat(fixtures.vpc_path, ["subnetIds", 1]), "at": "value",
			"message": "subnetIds repeats item 0 (subnet-0a1b2c3d); remove the copy.",
		},
		{
			"path": array.concat(fixtures.vpc_path, ["securityGroupIds", 1]), "at": "value",
			"message": "securityGroupIds repeats item 0 (sg-0a1b2c3d); remove the copy.",
		},
		{
			"path": array.concat(fixtures.jwt_path, ["customClaims", 0, "authorizingClaimMatchValue", "claimMatchValue", "matchValueStringList", 1]),
			"at": "value",
			"message": "matchValueStringList repeats item 0 (x); remove the copy.",
		},
	} with input as spec
}

test_fail_non_string_repeat_is_shown_as_json if {
	rule.report == {{
		"path": array.concat(fixtures.jwt_path, ["allowedClients", 1]), "at": "value",
		"message": "allowedClients repeats item 0 (5); remove the copy.",
	}} with input as fixtures.jwt({"allowedClients": [5, 5]})
}

test_success_distinct_values if {
	rule.report == set() with input as fixtures.vpc({})
}
