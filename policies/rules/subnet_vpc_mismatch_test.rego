package pmlint.rules.subnet_vpc_mismatch_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.subnet_vpc_mismatch as rule

test_fail_subnet_of_another_vpc if {
	inventory := {"subnets": [
		{"SubnetId": "subnet-0a1b2c3d", "VpcId": "vpc-0a1b2c3d"},
		{"SubnetId": "subnet-1b2c3d4e", "VpcId": "vpc-99999999"},
	]}
	rule.report == {{
		"path": array.concat(fixtures.vpc_path, ["subnetIds", 1]), "at": "value",
		"message": "subnet subnet-1b2c3d4e is in vpc-99999999, not in vpcIdentifier \"vpc-0a1b2c3d\"; use subnets of that VPC.",
	}} with input as fixtures.vpc({}) with data.inventory as fixtures.inventory(inventory)
}

test_success_same_vpc_unknown_subnet_or_no_inventory if {
	inventory := {"subnets": [{"SubnetId": "subnet-0a1b2c3d", "VpcId": "vpc-0a1b2c3d"}]}
	rule.report == set() with input as fixtures.vpc({}) with data.inventory as fixtures.inventory(inventory)
	rule.report == set() with input as fixtures.vpc({})
}
