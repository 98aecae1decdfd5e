# METADATA
# title: duplicate-entries
# description: A list of audiences, clients, scopes, match values, subnets or security groups repeats a value
# custom:
#   code: PM108
#   level: warning
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.duplicate_entries

import data.pmlint.lib.result
import data.pmlint.lib.spec

# An array, not a set: a set would hash every list it holds on every evaluation.
_lists := array.concat(
	[[array.concat(spec.jwt_path, [name]), spec.jwt[name]] |
		some name in ["allowedAudience", "allowedClients", "allowedScopes"]
	],
	array.concat(
		[[path, list] |
			some [claim_path, claim] in spec.claims
			list := claim.authorizingClaimMatchValue.claimMatchValue.matchValueStringList
			path := array.concat(claim_path, ["authorizingClaimMatchValue", "claimMatchValue", "matchValueStringList"])
		],
		[[array.concat(vpc_path, [name]), vpc[name]] |
			some [vpc_path, vpc] in spec.managed_vpcs
			some name in ["subnetIds", "securityGroupIds"]
		],
	),
)

report contains finding if {
	some [path, list] in _lists
	some [j, i] in spec.repeats(list)
	finding := result.fail(array.concat(path, [j]), "value", concat("", [
		path[count(path) - 1], " repeats item ", format_int(i, 10), " (", _shown(list[j]),
		"); remove the copy.",
	]))
}

_shown(value) := value if is_string(value)

_shown(value) := json.marshal(value) if not is_string(value)
