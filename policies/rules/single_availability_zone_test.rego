package pmlint.rules.single_availability_zone_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.single_availability_zone as rule

_subnet(id, zone) := {"SubnetId": id, "VpcId": "vpc-0a1b2c3d", "AvailabilityZone": zone}

test_fail_one_zone if {
	inventory := {"subnets": [_subnet("subnet-0a1b2c3d", "eu-west-1a"), _subnet("subnet-1b2c3d4e", "eu-west-1a")]}
	rule.report == {{
		"path": array.concat(fixtures.vpc_path, ["subnetIds"]), "at": "key",
		"message": "Every subnet in subnetIds is in eu-west-1a; spread them over two or more Availability Zones so the resource gateway survives a zone outage.",
	}} with input as fixtures.vpc({}) with data.inventory as fixtures.inventory(inventory)
}

test_success_two_zones_one_known_or_no_inventory if {
	two := {"subnets": [_subnet("subnet-0a1b2c3d", "eu-west-1a"), _subnet("subnet-1b2c3d4e", "eu-west-1b")]}
	rule.report == set() with input as fixtures.vpc({}) with data.inventory as fixtures.inventory(two)
	one := {"subnets": [_subnet("subnet-0a1b2c3d", "eu-west-1a")]}
	rule.report == set() with input as fixtures.vpc({}) with data.inventory as fixtures.inventory(one)
	rule.report == set() with input as fixtures.vpc({})
}
