package pmlint.rules.claim_operator_type_mismatch_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.claim_operator_type_mismatch as rule

_claim(type, operator) := {
	"inboundTokenClaimName": "c",
	"inboundTokenClaimValueType": type,
	"authorizingClaimMatchValue": {"claimMatchValue": {"matchValueString": "v"}, "claimMatchOperator": operator},
}

_path := array.concat(fixtures.jwt_path, ["customClaims", 1, "authorizingClaimMatchValue", "claimMatchOperator"])

test_fail_string_with_contains if {
	spec := fixtures.jwt({"customClaims": [_claim("STRING", "EQUALS"), _claim("STRING", "CONTAINS")]})
	rule.report == {{
		"path": _path, "at": "value",
		"message": "claimMatchOperator CONTAINS does not fit inboundTokenClaimValueType STRING; use EQUALS.",
	}} with input as spec
}

test_fail_string_array_with_equals if {
	spec := fixtures.jwt({"customClaims": [_claim("STRING", "EQUALS"), _claim("STRING_ARRAY", "EQUALS")]})
	rule.report == {{
		"path": _path, "at": "value",
		"message": "claimMatchOperator EQUALS does not fit inboundTokenClaimValueType STRING_ARRAY; use CONTAINS or CONTAINS_ANY.",
	}} with input as spec
}

test_success_fitting_operators if {
	spec := fixtures.jwt({"customClaims": [
		_claim("STRING", "EQUALS"),
		_claim("STRING_ARRAY", "CONTAINS"),
		_claim("STRING_ARRAY", "CONTAINS_ANY"),
	]})
	rule.report == set() with input as spec
}

test_success_unknown_type_is_left_to_the_schema if {
	rule.report == set() with input as fixtures.jwt({"customClaims": [_claim("NUMBER", "EQUALS")]})
}
