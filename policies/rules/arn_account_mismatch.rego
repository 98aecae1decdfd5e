# METADATA
# title: arn-account-mismatch
# description: The KMS key or a Lattice resource configuration is in another account than the role
# custom:
#   code: PM302
#   level: warning
#   options:
#     trusted-accounts:
#       description: >-
#         Accounts whose KMS keys and Lattice resource configurations any role may use, such as a
#         central security or network account: no finding for them.
#       type: array
#       items:
#         type: string
#         pattern: "^[0-9]{12}$"
#       default: []
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.arn_account_mismatch

import data.pmlint.lib.result
import data.pmlint.lib.spec

# Set in .pmlint.yaml (rules.PM302.trusted-accounts); pmlint passes it as data.options.
default trusted_accounts := []

trusted_accounts := data.options.PM302["trusted-accounts"]

report contains finding if {
	role := spec.role_arn_parts
	role.account != ""
	some [path, parts] in spec.related_arn_parts
	parts.account != role.account
	not parts.account in trusted_accounts
	finding := result.fail(path, "value", concat("", [
		path[count(path) - 1], " is in account ", parts.account, " but roleArn is in ", role.account,
		"; cross-account use needs resource policies (KMS key policy, Lattice resource share) that allow it.",
	]))
}
