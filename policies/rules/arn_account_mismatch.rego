# METADATA
# title: arn-account-mismatch
# description: The KMS key or a Lattice resource configuration is in another account than the role
# custom:
#   code: PM302
#   level: warning
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.arn_account_mismatch

import data.pmlint.lib.result
import data.pmlint.lib.spec

report contains finding if {
	role := spec.arn_parts(input.roleArn)
	role.account != ""
	some [path, arn] in spec.related_arns
	parts := spec.arn_parts(arn)
	parts.account != role.account
	finding := result.fail(rego.metadata.chain(), path, "value", concat("", [
		path[count(path) - 1], " is in account ", parts.account, " but roleArn is in ", role.account,
		"; cross-account use needs resource policies (KMS key policy, Lattice resource share) that allow it.",
	]))
}
