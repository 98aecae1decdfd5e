package pmlint.rules.override_requires_self_managed_lattice_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.override_requires_self_managed_lattice as rule

_lattice := {"selfManagedLatticeResource": {"resourceConfigurationIdentifier": "rcfg-0a1b2c3d4e5f6a7b8"}}

_managed := {"managedVpcResource": {"vpcIdentifier": "vpc-0a1b2c3d", "subnetIds": [], "endpointIpAddressType": "IPV4"}}

test_fail_managed_vpc_override if {
	spec := fixtures.jwt({"privateEndpointOverrides": [
		{"domain": "a.example.com", "privateEndpoint": _lattice},
		{"domain": "b.example.com", "privateEndpoint": _managed},
	]})
	rule.report == {{
		"path": array.concat(fixtures.jwt_path, ["privateEndpointOverrides", 1, "privateEndpoint", "managedVpcResource"]),
		"at": "key",
		"message": "privateEndpointOverrides support only selfManagedLatticeResource; create a VPC Lattice resource configuration for this domain and reference it instead.",
	}} with input as spec
}

test_success_lattice_overrides_and_managed_main_endpoint if {
	spec := fixtures.jwt({"privateEndpoint": _managed, "privateEndpointOverrides": [{"domain": "a.example.com", "privateEndpoint": _lattice}]})
	rule.report == set() with input as spec
}
