# METADATA
# title: jwt-without-checks
# description: A custom JWT authorizer checks no audience, client, scope or claim
# custom:
#   code: PM103
#   level: error
#   security_severity: "8.1"
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.jwt_without_checks

import data.pmlint.lib.result
import data.pmlint.lib.spec

_checks := {"allowedAudience", "allowedClients", "allowedScopes", "customClaims"}

report contains finding if {
	jwt := spec.jwt
	count({name | some name in _checks; jwt[name]}) == 0
	finding := result.fail(spec.jwt_path, "key", concat(" ", [
		"customJWTAuthorizer checks none of allowedAudience, allowedClients, allowedScopes or",
		"customClaims, so any token the identity provider signs is accepted; set at least one.",
	]))
}
