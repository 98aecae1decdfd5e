package pmlint.rules.reserved_aws_tag_prefix_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.reserved_aws_tag_prefix as rule

test_fail_aws_prefix_in_request_and_vpc_tags if {
	spec := object.union(fixtures.vpc({"tags": {"AWS:team": "p"}}), {"tags": {"aws:cloudformation:stack-name": "s", "ok": "v"}})
	rule.report == {
		{
			"path": ["tags", "aws:cloudformation:stack-name"], "at": "key",
			"message": "Tag key aws:cloudformation:stack-name starts with aws:, a prefix reserved for AWS (in any case); AWS rejects it.",
		},
		{
			"path": array.concat(fixtures.vpc_path, ["tags", "AWS:team"]), "at": "key",
			"message": "Tag key AWS:team starts with aws:, a prefix reserved for AWS (in any case); AWS rejects it.",
		},
	} with input as spec
}

test_success_other_keys if {
	rule.report == set() with input as object.union(fixtures.iam, {"tags": {"awsome": "x", "team:aws": "y"}})
}
