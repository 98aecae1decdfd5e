# METADATA
# title: security-group-vpc-mismatch
# description: A security group belongs to another VPC than vpcIdentifier
# custom:
#   code: PM504
#   level: error
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.security_group_vpc_mismatch

import data.pmlint.lib.inventory
import data.pmlint.lib.result
import data.pmlint.lib.spec

report contains finding if {
	some [path, id, vpc] in spec.security_groups
	group := inventory.security_groups[id]
	is_string(group.VpcId)
	group.VpcId != vpc.vpcIdentifier
	finding := result.fail(path, "value", concat("", [
		"security group ", id, " is in ", group.VpcId, ", not in vpcIdentifier ", json.marshal(vpc.vpcIdentifier),
		"; a resource gateway can only use security groups of its own VPC.",
	]))
}
