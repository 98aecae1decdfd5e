package pmlint.rules.arn_account_mismatch_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.arn_account_mismatch as rule

_kms(account) := concat("", ["arn:aws:kms:us-east-1:", account, ":key/1234abcd-12ab-34cd-56ef-1234567890ab"])

test_fail_other_account if {
	rule.report == {{
		"path": ["kmsKeyArn"], "at": "value",
		"message": "kmsKeyArn is in account 210987654321 but roleArn is in 123456789012; cross-account use needs resource policies (KMS key policy, Lattice resource share) that allow it.",
	}} with input as object.union(fixtures.iam, {"kmsKeyArn": _kms("210987654321")})
}

test_fail_other_account_lattice if {
	rcfg := "arn:aws:vpc-lattice:us-east-1:210987654321:resourceconfiguration/rcfg-0a1b2c3d4e5f6a7b8"
	spec := fixtures.jwt({"privateEndpoint": {"selfManagedLatticeResource": {"resourceConfigurationIdentifier": rcfg}}})
	count(rule.report) == 1 with input as spec
}

test_success_same_account_or_no_role_account if {
	rule.report == set() with input as object.union(fixtures.iam, {"kmsKeyArn": _kms("123456789012")})
	spec := object.union(fixtures.iam, {"roleArn": "arn:aws:iam:::role/R", "kmsKeyArn": _kms("210987654321")})
	rule.report == set() with input as spec
}

test_success_trusted_account if {
	spec := object.union(fixtures.iam, {"kmsKeyArn": _kms("210987654321")})
	rule.report == set() with input as spec with data.options.PM302 as {"trusted-accounts": ["210987654321"]}
	count(rule.report) == 1 with input as spec with data.options.PM302 as {"trusted-accounts": ["999999999999"]}
}
