# METADATA
# title: role-arn-wildcard
# description: The role ARN contains a wildcard
# custom:
#   code: PM303
#   level: error
#   security_severity: "6.5"
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.role_arn_wildcard

import data.pmlint.lib.result

report contains finding if {
	is_string(input.roleArn)
	some wildcard in ["*", "?"]
	contains(input.roleArn, wildcard)
	finding := result.fail(["roleArn"], "value", concat(" ", [
		"roleArn contains a wildcard (* or ?); the payment manager assumes exactly one role,",
		"so name it in full.",
	]))
}
