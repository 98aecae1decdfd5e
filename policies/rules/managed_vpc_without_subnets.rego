# METADATA
# title: managed-vpc-without-subnets
# description: A managed VPC resource lists no subnet
# custom:
#   code: PM201
#   level: error
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.managed_vpc_without_subnets

import data.pmlint.lib.result
import data.pmlint.lib.spec

report contains finding if {
	some [path, vpc] in spec.managed_vpcs
	vpc.subnetIds == []
	finding := result.fail(array.concat(path, ["subnetIds"]), "value", concat(" ", [
		"subnetIds is empty: the VPC Lattice resource gateway needs at least one subnet",
		"(two or more in different Availability Zones for resilience).",
	]))
}
