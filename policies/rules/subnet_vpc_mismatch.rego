# METADATA
# title: subnet-vpc-mismatch
# description: A subnet belongs to another VPC than vpcIdentifier
# custom:
#   code: PM502
#   level: error
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.subnet_vpc_mismatch

import data.pmlint.lib.inventory
import data.pmlint.lib.result
import data.pmlint.lib.spec

report contains finding if {
	some [path, id, vpc] in spec.subnets
	subnet := inventory.subnets[id]
	is_string(subnet.VpcId)
	subnet.VpcId != vpc.vpcIdentifier
	finding := result.fail(path, "value", concat("", [
		"subnet ", id, " is in ", subnet.VpcId, ", not in vpcIdentifier ", json.marshal(vpc.vpcIdentifier),
		"; use subnets of that VPC.",
	]))
}
