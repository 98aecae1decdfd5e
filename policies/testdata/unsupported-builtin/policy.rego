# A policy that needs a builtin the Wasm target does not implement natively (time.now_ns).
# bin/build-policies checks that building it with pmlint's capabilities fails.
package pmlint.main

findings contains {"code": "PM999", "path": [], "at": "value", "message": "late"} if {
	time.now_ns() > 0
}
