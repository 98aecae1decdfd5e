# METADATA
# title: discovery-url-unsafe-host
# description: The discovery URL names a local or private host, or carries user info, a query or a fragment
# custom:
#   code: PM105
#   level: warning
#   security_severity: "5.3"
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.discovery_url_unsafe_host

import data.pmlint.lib.result
import data.pmlint.lib.spec
import data.pmlint.lib.url

_private_ranges := [
	["127.0.0.0/8", "a loopback address"],
	["10.0.0.0/8", "a private address"],
	["172.16.0.0/12", "a private address"],
	["192.168.0.0/16", "a private address"],
	["169.254.0.0/16", "a link-local address"],
	["0.0.0.0/8", "an unspecified address"],
	["100.64.0.0/10", "a carrier-grade NAT address"],
	["::1/128", "a loopback address"],
	["fe80::/10", "a link-local address"],
	["fc00::/7", "a private (unique local) address"],
	["::/128", "an unspecified address"],
]

_path := array.concat(spec.jwt_path, ["discoveryUrl"])

_url := spec.discovery_url

_problem contains "names user information before the host" if _url.userinfo

_problem contains "has a query string" if _url.query

_problem contains "has a fragment" if _url.fragment

_problem contains "points at localhost" if _url.host == "localhost"

_problem contains "points at localhost" if endswith(_url.host, ".localhost")

_problem contains concat(" ", ["points at", kind]) if {
	_is_ip_literal(_url.host)
	some [cidr, kind] in _private_ranges
	net.cidr_contains(cidr, _url.host)
}

_is_ip_literal(host) if url.is_ipv4(host)

_is_ip_literal(host) if url.is_ipv6(host)

report contains finding if {
	some problem in _problem
	finding := result.fail(_path, "value", concat("", [
		"discoveryUrl ", problem, "; AgentCore must reach the identity provider at a public, ",
		"plain https://host/path URL (use privateEndpoint for a private identity provider).",
	]))
}
