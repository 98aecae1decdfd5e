package pmlint.rules.role_arn_wildcard_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.role_arn_wildcard as rule

_finding := {
	"path": ["roleArn"], "at": "value",
	"message": "roleArn contains a wildcard (* or ?); the payment manager assumes exactly one role, so name it in full.",
}

test_fail_wildcards if {
	rule.report == {_finding} with input as object.union(fixtures.iam, {"roleArn": "arn:aws:iam::123456789012:role/*"})
	rule.report == {_finding} with input as object.union(fixtures.iam, {"roleArn": "arn:aws:iam::123456789012:role/Pay?"})
}

test_success_plain_role if {
	rule.report == set() with input as fixtures.iam
}
