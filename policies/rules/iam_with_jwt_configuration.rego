# METADATA
# title: iam-with-jwt-configuration
# description: An AWS_IAM payment manager also has an authorizerConfiguration
# custom:
#   code: PM102
#   level: warning
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.iam_with_jwt_configuration

import data.pmlint.lib.result

report contains finding if {
	input.authorizerType == "AWS_IAM"
	input.authorizerConfiguration
	finding := result.fail(["authorizerConfiguration"], "key", concat(" ", [
		"authorizerType is AWS_IAM, so authorizerConfiguration is not used;",
		"remove it, or set authorizerType to CUSTOM_JWT if JWT authorization is meant.",
	]))
}
