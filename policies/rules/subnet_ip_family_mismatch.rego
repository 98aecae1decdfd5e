# METADATA
# title: subnet-ip-family-mismatch
# description: A subnet cannot carry the endpoint's IP address type
# custom:
#   code: PM503
#   level: error
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.subnet_ip_family_mismatch

import data.pmlint.lib.inventory
import data.pmlint.lib.result
import data.pmlint.lib.spec

report contains finding if {
	some [path, id, vpc] in spec.subnets
	subnet := inventory.subnets[id]
	vpc.endpointIpAddressType == "IPV6"
	not inventory.has_ipv6(subnet)
	finding := result.fail(path, "value", concat("", [
		"endpointIpAddressType is IPV6 but subnet ", id, " has no associated IPv6 CIDR block;",
		" associate one or use a dual-stack subnet.",
	]))
}

report contains finding if {
	some [path, id, vpc] in spec.subnets
	subnet := inventory.subnets[id]
	vpc.endpointIpAddressType == "IPV4"
	inventory.ipv6_only(subnet)
	finding := result.fail(path, "value", concat("", [
		"endpointIpAddressType is IPV4 but subnet ", id, " is IPv6-only;",
		" use an IPv4 or dual-stack subnet, or set endpointIpAddressType to IPV6.",
	]))
}
