package pmlint.rules.unknown_network_resource_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.unknown_network_resource as rule

_spec := fixtures.vpc({"securityGroupIds": ["sg-0a1b2c3d"]})

_inventory := {
	"subnets": [{"SubnetId": "subnet-0a1b2c3d", "VpcId": "vpc-0a1b2c3d"}],
	"securityGroups": [{"GroupId": "sg-99999999", "VpcId": "vpc-0a1b2c3d"}],
	"vpcs": [{"VpcId": "vpc-11111111"}],
}

test_fail_unknown_ids if {
	rule.report == {
		{
			"path": array.concat(fixtures.vpc_path, ["subnetIds", 1]), "at": "value",
			"message": "subnet subnet-1b2c3d4e is not in the describe-subnets inventory given with --context; check the id, the account and the region.",
		},
		{
			"path": array.concat(fixtures.vpc_path, ["securityGroupIds", 0]), "at": "value",
			"message": "security group sg-0a1b2c3d is not in the describe-security-groups inventory given with --context; check the id, the account and the region.",
		},
		{
			"path": array.concat(fixtures.vpc_path, ["vpcIdentifier"]), "at": "value",
			"message": "VPC vpc-0a1b2c3d is not in the describe-vpcs inventory given with --context; check the id, the account and the region.",
		},
	} with input as _spec with data.inventory as fixtures.inventory(_inventory)
}

test_success_without_inventory if {
	rule.report == set() with input as _spec
}

test_success_known_ids if {
	inventory := {
		"subnets": [{"SubnetId": "subnet-0a1b2c3d"}, {"SubnetId": "subnet-1b2c3d4e"}],
		"securityGroups": [{"GroupId": "sg-0a1b2c3d"}],
		"vpcs": [{"VpcId": "vpc-0a1b2c3d"}],
	}
	rule.report == set() with input as _spec with data.inventory as fixtures.inventory(inventory)
}
