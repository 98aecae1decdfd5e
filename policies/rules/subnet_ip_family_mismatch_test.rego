package pmlint.rules.subnet_ip_family_mismatch_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.subnet_ip_family_mismatch as rule

_v4 := {"SubnetId": "subnet-0a1b2c3d", "VpcId": "vpc-0a1b2c3d"}

_dual := {
	"SubnetId": "subnet-1b2c3d4e", "VpcId": "vpc-0a1b2c3d",
	"Ipv6CidrBlockAssociationSet": [{"Ipv6CidrBlock": "2600:1f18::/64", "Ipv6CidrBlockState": {"State": "associated"}}],
}

_v6_only := object.union(_dual, {"Ipv6Native": true})

test_fail_ipv6_endpoint_on_ipv4_subnet if {
	rule.report == {{
		"path": array.concat(fixtures.vpc_path, ["subnetIds", 0]), "at": "value",
		"message": "endpointIpAddressType is IPV6 but subnet subnet-0a1b2c3d has no associated IPv6 CIDR block; associate one or use a dual-stack subnet.",
	}} with input as fixtures.vpc({"endpointIpAddressType": "IPV6"}) with data.inventory as fixtures.inventory({"subnets": [_v4, _dual]})
}

test_fail_ipv4_endpoint_on_ipv6_only_subnet if {
	rule.report == {{
		"path": array.concat(fixtures.vpc_path, ["subnetIds", 1]), "at": "value",
		"message": "endpointIpAddressType is IPV4 but subnet subnet-1b2c3d4e is IPv6-only; use an IPv4 or dual-stack subnet, or set endpointIpAddressType to IPV6.",
	}} with input as fixtures.vpc({}) with data.inventory as fixtures.inventory({"subnets": [_v4, _v6_only]})
}

test_success_matching_families if {
	rule.report == set() with input as fixtures.vpc({}) with data.inventory as fixtures.inventory({"subnets": [_v4, _dual]})
	rule.report == set() with input as fixtures.vpc({"endpointIpAddressType": "IPV6", "subnetIds": ["subnet-1b2c3d4e"]})
		with data.inventory as fixtures.inventory({"subnets": [_v4, _dual]})
	rule.report == set() with input as fixtures.vpc({"endpointIpAddressType": "IPV6"})
}
