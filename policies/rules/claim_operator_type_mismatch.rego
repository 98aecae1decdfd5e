# METADATA
# title: claim-operator-type-mismatch
# description: A custom claim's operator does not fit its value type
# custom:
#   code: PM106
#   level: error
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.claim_operator_type_mismatch

import data.pmlint.lib.result
import data.pmlint.lib.spec

_allowed := {
	"STRING": {"EQUALS"},
	"STRING_ARRAY": {"CONTAINS", "CONTAINS_ANY"},
}

report contains finding if {
	some [path, claim] in spec.claims
	allowed := _allowed[claim.inboundTokenClaimValueType]
	operator := claim.authorizingClaimMatchValue.claimMatchOperator
	is_string(operator)
	not operator in allowed
	finding := result.fail(
		array.concat(path, ["authorizingClaimMatchValue", "claimMatchOperator"]),
		"value",
		concat("", [
			"claimMatchOperator ", operator, " does not fit inboundTokenClaimValueType ",
			claim.inboundTokenClaimValueType, "; use ", concat(" or ", sort(allowed)), ".",
		]),
	)
}
