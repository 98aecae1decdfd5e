# METADATA
# title: credential-in-spec
# description: The description or a tag holds what looks like a credential
# custom:
#   code: PM404
#   level: error
#   security_severity: "9.1"
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.credential_in_spec

import data.pmlint.lib.result
import data.pmlint.lib.spec

_upper_digits := "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

_alnum := "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

_base64url := concat("", [_alnum, "-_"])

# The shortest text any check below can match: a Stripe key (8-character prefix and at least 10
# more); an AWS key id is 20 characters, a PEM marker and a JWT longer still.
_shortest_credential := 18

# Detectors use string builtins only: a regular expression would link RE2 into the module and
# cost a compile on every evaluation in the Wasm target.

# AKIA... (an access key id): a known prefix and 16 upper-case letters or digits, standing alone.
_aws_key(text) if {
	some prefix in ["AKIA", "ASIA", "ABIA", "ACCA", "AROA", "AIDA"]
	contains(text, prefix) # cheap test first: most texts hold no candidate
	parts := split(text, prefix)
	some i, part in parts
	i > 0
	_only(substring(part, 0, 16), _upper_digits, 16)
	not _starts_with_any(substring(part, 16, 1), _upper_digits)
	not _ends_with_any(parts[i - 1], _upper_digits)
}

# sk_live_..., rk_test_...: Stripe secret and restricted keys.
_stripe_key(text) if {
	some prefix in ["sk_live_", "sk_test_", "rk_live_", "rk_test_"]
	contains(text, prefix)
	parts := split(text, prefix)
	some i, part in parts
	i > 0
	_only(substring(part, 0, 10), _alnum, 10)
	not _ends_with_any(parts[i - 1], _alnum)
}

# -----BEGIN [WORDS ]PRIVATE KEY-----
_private_key(text) if {
	contains(text, "PRIVATE KEY-----")
	some i, part in split(text, "-----BEGIN ")
	i > 0
	end := indexof(part, "PRIVATE KEY-----")
	end >= 0
	trim(substring(part, 0, end), concat("", [_upper_digits, " "])) == ""
}

# eyJ<header>.eyJ<payload>.<signature>: a JSON Web Token.
_jwt(text) if {
	contains(text, ".eyJ")
	parts := split(text, ".eyJ")
	some i, part in parts
	i > 0
	header := _last_word(parts[i - 1])
	startswith(header, "eyJ")
	count(header) >= 8
	dot := indexof(part, ".")
	dot >= 5
	_only(substring(part, 0, dot), _base64url, dot)
}

_kinds(text) := (({"an AWS access key id" | _aws_key(text)} | {"a Stripe secret or restricted API key" | _stripe_key(text)}) | {"a PEM private key" | _private_key(text)}) | {"a JSON Web Token" | _jwt(text)}

_only(text, characters, length) if {
	count(text) == length
	trim(text, characters) == ""
}

_starts_with_any(text, characters) if {
	text != ""
	trim_left(substring(text, 0, 1), characters) == ""
}

_ends_with_any(text, characters) if {
	text != ""
	trim_right(substring(text, count(text) - 1, 1), characters) == ""
}

# The run of base64url characters that ends text.
_last_word(text) := substring(text, count(text) - n, n) if {
	n := count(text) - count(trim_right(text, _base64url))
}

_texts := array.concat(
	[[["description"], text] | text := input.description],
	[[array.concat(path, [key]), value] |
		some [path, tags] in spec.tag_maps
		some key, value in tags
	],
)

report contains finding if {
	some [path, text] in _texts
	is_string(text)
	count(text) >= _shortest_credential # most tag values are shorter than any credential
	some kind in _kinds(text)
	finding := result.fail(path, "value", concat("", [
		_label(path), " contains what looks like ", kind, "; never put secrets in a spec:",
		" remove it, and rotate the credential if it was ever committed.",
	]))
}

_label(path) := "description" if path == ["description"]

_label(path) := concat("", ["The value of tag ", path[count(path) - 1]]) if path != ["description"]
