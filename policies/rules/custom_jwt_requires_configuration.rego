# METADATA
# title: custom-jwt-requires-configuration
# description: A CUSTOM_JWT payment manager has no authorizerConfiguration
# custom:
#   code: PM101
#   level: error
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.custom_jwt_requires_configuration

import data.pmlint.lib.result

report contains finding if {
	input.authorizerType == "CUSTOM_JWT"
	not input.authorizerConfiguration
	finding := result.fail(["authorizerType"], "value", concat(" ", [
		"authorizerType is CUSTOM_JWT but the spec has no authorizerConfiguration;",
		"add authorizerConfiguration.customJWTAuthorizer with the identity provider's discoveryUrl.",
	]))
}
