# METADATA
# title: single-subnet
# description: A managed VPC resource has one subnet only, so no zone redundancy
# custom:
#   code: PM204
#   level: note
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.single_subnet

import data.pmlint.lib.result
import data.pmlint.lib.spec

report contains finding if {
	some [path, vpc] in spec.managed_vpcs
	is_array(vpc.subnetIds)
	count(vpc.subnetIds) == 1
	finding := result.fail(array.concat(path, ["subnetIds"]), "key", concat(" ", [
		"subnetIds has one subnet, so the resource gateway lives in one Availability Zone;",
		"add a subnet in another zone to survive a zone outage.",
	]))
}
