package pmlint.lib.result_test

import data.pmlint.lib.result

chain := [{"path": ["data", "x"], "annotations": {"custom": {"code": "PM999"}}}]

test_fail_shapes_the_finding if {
	result.fail(chain, ["a", 0], "key", "m") == {"code": "PM999", "path": ["a", 0], "at": "key", "message": "m"}
}

test_fail_at_last_keeps_every_candidate if {
	result.fail_at_last(chain, [["a"], ["A"]], "key", "m") == {
		"code": "PM999", "paths": [["a"], ["A"]], "at": "key", "message": "m",
	}
}
