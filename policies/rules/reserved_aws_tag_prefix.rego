# METADATA
# title: reserved-aws-tag-prefix
# description: A tag key starts with aws:, the prefix AWS reserves
# custom:
#   code: PM401
#   level: error
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.reserved_aws_tag_prefix

import data.pmlint.lib.result
import data.pmlint.lib.spec

report contains finding if {
	some [path, tags] in spec.tag_maps
	some key, _ in tags
	startswith(lower(key), "aws:")
	finding := result.fail(array.concat(path, [key]), "key", concat("", [
		"Tag key ", key, " starts with aws:, a prefix reserved for AWS (in any case); AWS rejects it.",
	]))
}
