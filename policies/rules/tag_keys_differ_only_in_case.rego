# METADATA
# title: tag-keys-differ-only-in-case
# description: Two tag keys of one map differ only in letter case
# custom:
#   code: PM402
#   level: warning
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.tag_keys_differ_only_in_case

import data.pmlint.lib.result
import data.pmlint.lib.spec

report contains finding if {
	some [path, tags] in spec.tag_maps
	folded_keys := {lower(k) | some k, _ in tags}
	count(folded_keys) < count(tags) # one pass decides the common case: no two keys fold together
	some folded in folded_keys
	keys := sort([k | some k, _ in tags; lower(k) == folded])
	count(keys) > 1
	paths := [array.concat(path, [k]) | some k in keys]
	finding := result.fail_at_last(paths, "key", concat("", [
		"Tag keys ", concat(", ", keys), " differ only in case; tag keys are case-sensitive,",
		" so both are kept and tools that ignore case see one tag. Keep one.",
	]))
}
