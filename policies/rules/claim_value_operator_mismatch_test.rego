package pmlint.rules.claim_value_operator_mismatch_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.claim_value_operator_mismatch as rule

_claim(operator, value) := {
	"inboundTokenClaimName": "c",
	"inboundTokenClaimValueType": "STRING_ARRAY",
	"authorizingClaimMatchValue": {"claimMatchValue": value, "claimMatchOperator": operator},
}

_path := array.concat(fixtures.jwt_path, ["customClaims", 0, "authorizingClaimMatchValue", "claimMatchValue"])

test_fail_contains_any_with_a_string if {
	spec := fixtures.jwt({"customClaims": [_claim("CONTAINS_ANY", {"matchValueString": "v"})]})
	rule.report == {{
		"path": _path, "at": "key",
		"message": "claimMatchOperator CONTAINS_ANY needs claimMatchValue.matchValueStringList, not matchValueString.",
	}} with input as spec
}

test_fail_equals_with_a_list if {
	spec := fixtures.jwt({"customClaims": [_claim("EQUALS", {"matchValueStringList": ["v"]})]})
	rule.report == {{
		"path": _path, "at": "key",
		"message": "claimMatchOperator EQUALS needs claimMatchValue.matchValueString, not matchValueStringList.",
	}} with input as spec
}

test_success_fitting_members if {
	spec := fixtures.jwt({"customClaims": [
		_claim("EQUALS", {"matchValueString": "v"}),
		_claim("CONTAINS", {"matchValueString": "v"}),
		_claim("CONTAINS_ANY", {"matchValueStringList": ["v"]}),
	]})
	rule.report == set() with input as spec
}

test_success_broken_union_is_left_to_pm009 if {
	rule.report == set() with input as fixtures.jwt({"customClaims": [_claim("EQUALS", {})]})
	both := {"matchValueString": "v", "matchValueStringList": ["v"]}
	rule.report == set() with input as fixtures.jwt({"customClaims": [_claim("CONTAINS_ANY", both)]})
}
