# METADATA
# description: Builds every finding, so rules never shape one by hand.
package pmlint.lib.result

# METADATA
# description: |
#   A finding about the node at path (an array of member names and list indexes). at is "key"
#   to point at the member's key, "value" to point at its value. Which rule it belongs to comes
#   from the rule's package (policies/main.rego), so building a finding never needs the rule's
#   annotations: in Wasm, rego.metadata.chain() is built on every evaluation, finding or not.
fail(path, at, message) := {
	"path": path,
	"at": at,
	"message": message,
}

# METADATA
# description: |
#   Like fail, for a finding that belongs at whichever of several nodes comes last in the file
#   (JSON objects have no order once parsed; pmlint picks by source position).
fail_at_last(paths, at, message) := {
	"paths": paths,
	"at": at,
	"message": message,
}
