# METADATA
# title: duplicate-claim-check
# description: Two custom claims check the same claim name
# custom:
#   code: PM109
#   level: warning
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.duplicate_claim_check

import data.pmlint.lib.result
import data.pmlint.lib.spec

report contains finding if {
	claims := spec.jwt.customClaims
	names := [name | some claim in claims; name := object.get(claim, "inboundTokenClaimName", null)]
	some [j, i] in spec.repeats(names)
	is_string(names[j])
	path := array.concat(spec.jwt_path, ["customClaims", j, "inboundTokenClaimName"])
	finding := result.fail(path, "value", concat("", [
		"customClaims[", format_int(j, 10), "] checks claim ", names[j], " again (first in customClaims[",
		format_int(i, 10), "]); every check must pass, so merge them into one.",
	]))
}
