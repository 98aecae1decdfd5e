# METADATA
# title: invalid-domain-name
# description: An override domain or routing domain is not a DNS host name
# custom:
#   code: PM112
#   level: error
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.invalid_domain_name

import data.pmlint.lib.result
import data.pmlint.lib.spec

_label_characters := "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"

_domains := array.concat(
	[[path, name] |
		some i, override in spec.jwt.privateEndpointOverrides
		name := override.domain
		path := array.concat(spec.jwt_path, ["privateEndpointOverrides", i, "domain"])
	],
	[[array.concat(vpc_path, ["routingDomain"]), vpc.routingDomain] |
		some [vpc_path, vpc] in spec.managed_vpcs
	],
)

report contains finding if {
	some [path, name] in _domains
	is_string(name)
	name != "" # an empty domain is PM008's
	not _valid(name)
	finding := result.fail(path, "value", concat("", [
		path[count(path) - 1], " must be a DNS host name: labels of 1 to 63 letters, digits and",
		" hyphens, separated by dots, not starting or ending with a hyphen, at most 253 characters",
		" (no scheme, port, path or wildcard).",
	]))
}

# Labels of 1-63 letters, digits and hyphens, not starting or ending with a hyphen. String
# builtins only: a regular expression costs a compile on every evaluation in the Wasm target.
_valid(name) if {
	count(name) <= 253
	every label in split(name, ".") {
		count(label) >= 1
		count(label) <= 63
		not startswith(label, "-")
		not endswith(label, "-")
		trim(label, _label_characters) == ""
	}
}
