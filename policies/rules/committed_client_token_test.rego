package pmlint.rules.committed_client_token_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.committed_client_token as rule

test_fail_client_token if {
	rule.report == {{
		"path": ["clientToken"], "at": "key",
		"message": "clientToken is an idempotency token: the service silently ignores a request whose token it has seen, so re-applying this spec (after a delete, in another stage) does nothing. Remove it and let the CLI generate one per call.",
	}} with input as object.union(fixtures.iam, {"clientToken": "a"})
}

test_success_without_token if {
	rule.report == set() with input as fixtures.iam
}
