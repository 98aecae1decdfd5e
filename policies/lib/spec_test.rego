package pmlint.lib.spec_test

import data.pmlint.lib.spec

test_arn_parts if {
	spec.arn_parts("arn:aws-cn:iam::123456789012:role/R") == {
		"partition": "aws-cn", "service": "iam", "region": "", "account": "123456789012",
	}
}

test_arn_parts_of_non_arns_are_undefined if {
	not spec.arn_parts("rcfg-0a1b2c3d4e5f6a7b8")
	not spec.arn_parts(42)
}

test_repeats_report_later_copies if {
	spec.repeats(["a", "b", "a", "a"]) == {[2, 0], [3, 0]}
	spec.repeats(["a", "b"]) == set()
	spec.repeats("ab") == set()
}

test_private_endpoints_include_overrides if {
	eps := spec.private_endpoints with input as {"authorizerConfiguration": {"customJWTAuthorizer": {
		"privateEndpoint": {"managedVpcResource": {}},
		"privateEndpointOverrides": [{"domain": "d", "privateEndpoint": {"selfManagedLatticeResource": {}}}],
	}}}
	eps == [
		[["authorizerConfiguration", "customJWTAuthorizer", "privateEndpoint"], {"managedVpcResource": {}}],
		[
			["authorizerConfiguration", "customJWTAuthorizer", "privateEndpointOverrides", 0, "privateEndpoint"],
			{"selfManagedLatticeResource": {}},
		],
	]
}

test_tag_maps_include_managed_vpc_tags if {
	maps := spec.tag_maps with input as {"tags": {"a": "b"}, "authorizerConfiguration": {"customJWTAuthorizer": {
		"privateEndpoint": {"managedVpcResource": {"tags": {"c": "d"}}},
	}}}
	maps == [
		[["tags"], {"a": "b"}],
		[["authorizerConfiguration", "customJWTAuthorizer", "privateEndpoint", "managedVpcResource", "tags"], {"c": "d"}],
	]
}
