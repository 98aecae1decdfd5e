package pmlint.main_test

import data.pmlint.lib.fixtures
import data.pmlint.main

test_findings_name_their_rule_package if {
	main.findings == {{
		"rule": "committed_client_token",
		"path": ["clientToken"], "at": "key",
		"message": "clientToken is an idempotency token: the service silently ignores a request whose token it has seen, so re-applying this spec (after a delete, in another stage) does nothing. Remove it and let the CLI generate one per call.",
	}} with input as object.union(fixtures.iam, {"clientToken": "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7"})
}

test_no_findings_for_a_clean_spec if {
	main.findings == set() with input as fixtures.iam
}
