package pmlint.rules.managed_vpc_without_subnets_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.managed_vpc_without_subnets as rule

test_fail_empty_subnets if {
	rule.report == {{
		"path": array.concat(fixtures.vpc_path, ["subnetIds"]), "at": "value",
		"message": "subnetIds is empty: the VPC Lattice resource gateway needs at least one subnet (two or more in different Availability Zones for resilience).",
	}} with input as fixtures.vpc({"subnetIds": []})
}

test_success_with_subnets if {
	rule.report == set() with input as fixtures.vpc({})
}
