# METADATA
# title: unknown-network-resource
# description: A subnet, security group or VPC id is not in the inventory given with --context
# custom:
#   code: PM501
#   level: warning
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.unknown_network_resource

import data.pmlint.lib.inventory
import data.pmlint.lib.result
import data.pmlint.lib.spec

_unknown contains [path, id, "subnet", "describe-subnets"] if {
	data.inventory.subnets
	some [path, id, _] in spec.subnets
	not inventory.subnets[id]
}

_unknown contains [path, id, "security group", "describe-security-groups"] if {
	data.inventory.securityGroups
	some [path, id, _] in spec.security_groups
	not inventory.security_groups[id]
}

_unknown contains [array.concat(vpc_path, ["vpcIdentifier"]), vpc.vpcIdentifier, "VPC", "describe-vpcs"] if {
	data.inventory.vpcs
	some [vpc_path, vpc] in spec.managed_vpcs
	is_string(vpc.vpcIdentifier)
	not inventory.vpcs[vpc.vpcIdentifier]
}

report contains finding if {
	some [path, id, kind, source] in _unknown
	finding := result.fail(path, "value", concat("", [
		kind, " ", id, " is not in the ", source, " inventory given with --context;",
		" check the id, the account and the region.",
	]))
}
