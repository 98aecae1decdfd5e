# METADATA
# title: redundant-override-domain
# description: A private endpoint override repeats a domain, or names the discovery URL's own host
# custom:
#   code: PM111
#   level: warning
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.redundant_override_domain

import data.pmlint.lib.result
import data.pmlint.lib.spec

_domains := [d | some override in spec.jwt.privateEndpointOverrides; d := _norm(object.get(override, "domain", null))]

_norm(d) := lower(trim_suffix(d, ".")) if is_string(d)

_norm(d) := null if not is_string(d)

_discovery_host := spec.discovery_url.host

_path(i) := array.concat(spec.jwt_path, ["privateEndpointOverrides", i, "domain"])

report contains finding if {
	some [j, i] in spec.repeats(_domains)
	_domains[j] != null
	finding := result.fail(_path(j), "value", concat("", [
		"domain ", _domains[j], " is already overridden by privateEndpointOverrides[", format_int(i, 10),
		"]; remove this override.",
	]))
}

report contains finding if {
	some i, domain in _domains
	domain == _discovery_host
	finding := result.fail(_path(i), "value", concat("", [
		"domain ", domain, " is the discoveryUrl host, which privateEndpoint already covers;",
		" overrides are for other domains of the identity provider (token or JWKS endpoints).",
	]))
}
