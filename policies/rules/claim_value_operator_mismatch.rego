# METADATA
# title: claim-value-operator-mismatch
# description: A custom claim's match value member does not fit its operator
# custom:
#   code: PM107
#   level: error
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.claim_value_operator_mismatch

import data.pmlint.lib.result
import data.pmlint.lib.spec

_needs := {
	"EQUALS": "matchValueString",
	"CONTAINS": "matchValueString",
	"CONTAINS_ANY": "matchValueStringList",
}

report contains finding if {
	some [path, claim] in spec.claims
	match := claim.authorizingClaimMatchValue
	needed := _needs[match.claimMatchOperator]
	is_object(match.claimMatchValue)
	members := object.keys(match.claimMatchValue)
	count(members) == 1 # PM009 reports a union with no member or several
	not needed in members
	finding := result.fail(
		array.concat(path, ["authorizingClaimMatchValue", "claimMatchValue"]),
		"key",
		concat("", [
			"claimMatchOperator ", match.claimMatchOperator, " needs claimMatchValue.", needed,
			", not ", concat(", ", sort(members)), ".",
		]),
	)
}
