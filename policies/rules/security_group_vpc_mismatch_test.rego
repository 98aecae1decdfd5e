package pmlint.rules.security_group_vpc_mismatch_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.security_group_vpc_mismatch as rule

_spec := fixtures.vpc({"securityGroupIds": ["sg-0a1b2c3d", "sg-1b2c3d4e"]})

test_fail_group_of_another_vpc if {
	inventory := {"securityGroups": [
		{"GroupId": "sg-0a1b2c3d", "VpcId": "vpc-0a1b2c3d"},
		{"GroupId": "sg-1b2c3d4e", "VpcId": "vpc-99999999"},
	]}
	rule.report == {{
		"path": array.concat(fixtures.vpc_path, ["securityGroupIds", 1]), "at": "value",
		"message": "security group sg-1b2c3d4e is in vpc-99999999, not in vpcIdentifier \"vpc-0a1b2c3d\"; a resource gateway can only use security groups of its own VPC.",
	}} with input as _spec with data.inventory as fixtures.inventory(inventory)
}

test_success_same_vpc_or_no_inventory if {
	inventory := {"securityGroups": [{"GroupId": "sg-0a1b2c3d", "VpcId": "vpc-0a1b2c3d"}]}
	rule.report == set() with input as _spec with data.inventory as fixtures.inventory(inventory)
	rule.report == set() with input as _spec
}
