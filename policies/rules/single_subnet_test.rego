package pmlint.rules.single_subnet_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.single_subnet as rule

test_fail_one_subnet if {
	rule.report == {{
		"path": array.concat(fixtures.vpc_path, ["subnetIds"]), "at": "key",
		"message": "subnetIds has one subnet, so the resource gateway lives in one Availability Zone; add a subnet in another zone to survive a zone outage.",
	}} with input as fixtures.vpc({"subnetIds": ["subnet-0a1b2c3d"]})
}

test_success_two_subnets_or_none if {
	rule.report == set() with input as fixtures.vpc({})
	rule.report == set() with input as fixtures.vpc({"subnetIds": []})
}
