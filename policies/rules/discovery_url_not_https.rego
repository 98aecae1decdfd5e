# METADATA
# title: discovery-url-not-https
# description: The OpenID Connect discovery URL does not use HTTPS
# custom:
#   code: PM104
#   level: error
#   security_severity: "7.4"
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.discovery_url_not_https

import data.pmlint.lib.result
import data.pmlint.lib.spec

report contains finding if {
	url := spec.jwt.discoveryUrl
	is_string(url)
	not startswith(lower(url), "https://")
	finding := result.fail(array.concat(spec.jwt_path, ["discoveryUrl"]), "value", concat(" ", [
		"discoveryUrl must use https://: AgentCore fetches the identity provider's keys from it",
		"and does not support HTTP endpoints.",
	]))
}
