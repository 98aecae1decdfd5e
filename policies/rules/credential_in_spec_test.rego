package pmlint.rules.credential_in_spec_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.credential_in_spec as rule

_finding(path, label, kind) := {
	"path": path, "at": "value",
	"message": concat("", [
		label, " contains what looks like ", kind, "; never put secrets in a spec:",
		" remove it, and rotate the credential if it was ever committed.",
	]),
}

_describe(text) := r if {
	r := rule.report with input as object.union(fixtures.iam, {"description": text})
}

test_fail_each_kind_in_description if {
	_describe("key AKIAIOSFODNN7EXAMPLE here") == {_finding(["description"], "description", "an AWS access key id")}
	_describe("sk_live_4eC39HqLyjWDarjtT1zdp7dc") == {_finding(["description"], "description", "a Stripe secret or restricted API key")}
	_describe("rk_test_51H8abcdefghijklmnop") == {_finding(["description"], "description", "a Stripe secret or restricted API key")}
	_describe("-----BEGIN RSA PRIVATE KEY-----\nMIIE...") == {_finding(["description"], "description", "a PEM private key")}
	_describe("-----BEGIN PRIVATE KEY-----") == {_finding(["description"], "description", "a PEM private key")}
	_describe("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc") == {_finding(["description"], "description", "a JSON Web Token")}
}

test_fail_several_kinds_in_one_text if {
	_describe("AKIAIOSFODNN7EXAMPLE and sk_live_4eC39HqLyjWDarjtT1zdp7dc") == {
		_finding(["description"], "description", "an AWS access key id"),
		_finding(["description"], "description", "a Stripe secret or restricted API key"),
	}
}

test_fail_tag_values if {
	spec := object.union(fixtures.vpc({"tags": {"k": "ASIAIOSFODNN7EXAMPLE"}}), {"tags": {"stripe": "sk_test_abcdefghijkl"}})
	rule.report == {
		_finding(["tags", "stripe"], "The value of tag stripe", "a Stripe secret or restricted API key"),
		_finding(array.concat(fixtures.vpc_path, ["tags", "k"]), "The value of tag k", "an AWS access key id"),
	} with input as spec
}

test_fail_the_shortest_credentials if {
	# The length shortcut must let through the shortest text each check matches.
	_describe("sk_live_0123456789") == {_finding(["description"], "description", "a Stripe secret or restricted API key")}
	_describe("eyJhbGci.eyJ12345.") == {_finding(["description"], "description", "a JSON Web Token")}
	_describe("AKIAIOSFODNN7EXAMPLE") == {_finding(["description"], "description", "an AWS access key id")}
}

test_success_ordinary_text if {
	_describe("Payments for the checkout agent (task sk_live rollout), key id AKIA-style docs") == set()
	_describe("ASKIAIOSFODNN7EXAMPLEX is not a key") == set()
	_describe("-----BEGIN PUBLIC KEY-----") == set()
	_describe("AKIAIOSFODNN7EXAMPL") == set()
	_describe("eyJhbGciOiJIUzI1NiJ9 is a header, not a token") == set()
	_describe("xsk_live_4eC39HqLyjWDarjtT1zdp7dc") == set()
	rule.report == set() with input as fixtures.iam
}
