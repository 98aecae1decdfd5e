package pmlint.lib.inventory_test

import data.pmlint.lib.fixtures
import data.pmlint.lib.inventory

test_kinds_keyed_by_id if {
	# pmlint keys the describe output by id (Inventory.java); fixtures.inventory does the same.
	inventory.subnets == {"subnet-1": {"SubnetId": "subnet-1"}} with data.inventory as fixtures.inventory({"subnets": [{"SubnetId": "subnet-1"}]})
	inventory.security_groups == {"sg-1": {"GroupId": "sg-1"}} with data.inventory as fixtures.inventory({"securityGroups": [{"GroupId": "sg-1"}]})
	inventory.vpcs == {"vpc-1": {"VpcId": "vpc-1"}} with data.inventory as fixtures.inventory({"vpcs": [{"VpcId": "vpc-1"}]})
}

test_ipv6_association if {
	inventory.has_ipv6({"Ipv6CidrBlockAssociationSet": [{"Ipv6CidrBlockState": {"State": "associated"}}]})
	not inventory.has_ipv6({"Ipv6CidrBlockAssociationSet": [{"Ipv6CidrBlockState": {"State": "disassociated"}}]})
	not inventory.has_ipv6({})
	inventory.ipv6_only({"Ipv6Native": true})
	not inventory.ipv6_only({"Ipv6Native": false})
}
