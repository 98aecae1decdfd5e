# METADATA
# description: Builds every finding, so rules never shape one by hand.
package pmlint.lib.result

# METADATA
# description: |
#   A finding of the rule whose METADATA is in chain, about the node at path (an array of
#   member names and list indexes). at is "key" to point at the member's key, "value" to point
#   at its value.
fail(chain, path, at, message) := {
	"code": _code(chain),
	"path": path,
	"at": at,
	"message": message,
}

# METADATA
# description: |
#   Like fail, for a finding that belongs at whichever of several nodes comes last in the file
#   (JSON objects have no order once parsed; pmlint picks by source position).
fail_at_last(chain, paths, at, message) := {
	"code": _code(chain),
	"paths": paths,
	"at": at,
	"message": message,
}

_code(chain) := code if {
	some entry in chain
	code := entry.annotations.custom.code
}
