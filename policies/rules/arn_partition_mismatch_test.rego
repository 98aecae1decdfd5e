package pmlint.rules.arn_partition_mismatch_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.arn_partition_mismatch as rule

_kms(partition) := concat("", ["arn:", partition, ":kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"])

_rcfg(partition) := concat("", ["arn:", partition, ":vpc-lattice:us-east-1:123456789012:resourceconfiguration/rcfg-0a1b2c3d4e5f6a7b8"])

_override(rcfg) := {"domain": "jwks.example.com", "privateEndpoint": {"selfManagedLatticeResource": {"resourceConfigurationIdentifier": rcfg}}}

test_fail_kms_and_lattice_in_other_partitions if {
	spec := object.union(
		fixtures.jwt({
			"privateEndpoint": {"selfManagedLatticeResource": {"resourceConfigurationIdentifier": _rcfg("aws-cn")}},
			"privateEndpointOverrides": [_override(_rcfg("aws")), _override("rcfg-0a1b2c3d4e5f6a7b8")],
		}),
		{"kmsKeyArn": _kms("aws-us-gov")},
	)
	rule.report == {
		{
			"path": ["kmsKeyArn"], "at": "value",
			"message": "kmsKeyArn is in partition aws-us-gov but roleArn is in aws; resources of one payment manager must be in the same partition.",
		},
		{
			"path": array.concat(fixtures.jwt_path, ["privateEndpoint", "selfManagedLatticeResource", "resourceConfigurationIdentifier"]),
			"at": "value",
			"message": "resourceConfigurationIdentifier is in partition aws-cn but roleArn is in aws; resources of one payment manager must be in the same partition.",
		},
	} with input as spec
}

test_success_same_partition if {
	spec := object.union(fixtures.jwt({}), {"roleArn": "arn:aws-cn:iam::123456789012:role/R", "kmsKeyArn": _kms("aws-cn")})
	rule.report == set() with input as spec
}

test_success_role_not_an_arn if {
	spec := object.union(fixtures.jwt({}), {"roleArn": "R", "kmsKeyArn": _kms("aws-cn")})
	rule.report == set() with input as spec
}
