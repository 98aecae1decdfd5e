package pmlint.rules.tag_keys_differ_only_in_case_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.tag_keys_differ_only_in_case as rule

test_fail_case_variants if {
	spec := object.union(fixtures.iam, {"tags": {"Team": "a", "team": "b", "env": "c"}})
	rule.report == {{
		"paths": [["tags", "Team"], ["tags", "team"]], "at": "key",
		"message": "Tag keys Team, team differ only in case; tag keys are case-sensitive, so both are kept and tools that ignore case see one tag. Keep one.",
	}} with input as spec
}

test_success_distinct_keys_and_separate_maps if {
	rule.report == set() with input as object.union(fixtures.iam, {"tags": {"team": "a", "env": "b"}})
	spec := object.union(fixtures.vpc({"tags": {"Team": "x"}}), {"tags": {"team": "y"}})
	rule.report == set() with input as spec
}
