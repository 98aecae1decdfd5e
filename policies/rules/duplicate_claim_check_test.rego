package pmlint.rules.duplicate_claim_check_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.duplicate_claim_check as rule

_claim(name) := {
	"inboundTokenClaimName": name, "inboundTokenClaimValueType": "STRING",
	"authorizingClaimMatchValue": {"claimMatchValue": {"matchValueString": "v"}, "claimMatchOperator": "EQUALS"},
}

test_fail_same_claim_twice if {
	rule.report == {{
		"path": array.concat(fixtures.jwt_path, ["customClaims", 2, "inboundTokenClaimName"]), "at": "value",
		"message": "customClaims[2] checks claim dept again (first in customClaims[0]); every check must pass, so merge them into one.",
	}} with input as fixtures.jwt({"customClaims": [_claim("dept"), _claim("team"), _claim("dept")]})
}

test_success_distinct_claims if {
	rule.report == set() with input as fixtures.jwt({"customClaims": [_claim("dept"), _claim("team")]})
}

test_success_claims_without_names if {
	rule.report == set() with input as fixtures.jwt({"customClaims": [{}, {}]})
}
