package pmlint.lib.result_test

import data.pmlint.lib.result

test_fail_shapes_the_finding if {
	result.fail(["a", 0], "key", "m") == {"path": ["a", 0], "at": "key", "message": "m"}
}

test_fail_at_last_keeps_every_candidate if {
	result.fail_at_last([["a"], ["A"]], "key", "m") == {"paths": [["a"], ["A"]], "at": "key", "message": "m"}
}
