# METADATA
# title: single-availability-zone
# description: Every subnet of a managed VPC resource is in one Availability Zone
# custom:
#   code: PM505
#   level: warning
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.single_availability_zone

import data.pmlint.lib.inventory
import data.pmlint.lib.result
import data.pmlint.lib.spec

report contains finding if {
	some [path, vpc] in spec.managed_vpcs
	zones := {zone | some id in vpc.subnetIds; zone := _zone(inventory.subnets[id])}
	known := [id | some id in vpc.subnetIds; inventory.subnets[id]]
	count(known) >= 2 # one subnet is PM204's
	count(zones) == 1
	some zone in zones
	finding := result.fail(array.concat(path, ["subnetIds"]), "key", concat("", [
		"Every subnet in subnetIds is in ", zone, "; spread them over two or more Availability Zones",
		" so the resource gateway survives a zone outage.",
	]))
}

_zone(subnet) := subnet.AvailabilityZone
