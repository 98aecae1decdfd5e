# METADATA
# title: reserved-managed-vpc-tag
# description: A managed VPC resource's tags use the reserved key BedrockAgentCoreGatewayManaged
# custom:
#   code: PM202
#   level: error
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.reserved_managed_vpc_tag

import data.pmlint.lib.result
import data.pmlint.lib.spec

_reserved := "BedrockAgentCoreGatewayManaged"

report contains finding if {
	some [path, vpc] in spec.managed_vpcs
	_reserved in object.keys(vpc.tags)
	finding := result.fail(array.concat(path, ["tags", _reserved]), "key", concat(" ", [
		"The tag key BedrockAgentCoreGatewayManaged is reserved: AgentCore sets it on the resources",
		"it manages, and the request is rejected; use another key.",
	]))
}
