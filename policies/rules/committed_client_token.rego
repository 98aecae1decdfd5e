# METADATA
# title: committed-client-token
# description: The spec file holds a clientToken
# custom:
#   code: PM403
#   level: warning
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.committed_client_token

import data.pmlint.lib.result

report contains finding if {
	"clientToken" in object.keys(input)
	finding := result.fail(["clientToken"], "key", concat(" ", [
		"clientToken is an idempotency token: the service silently ignores a request whose token it",
		"has seen, so re-applying this spec (after a delete, in another stage) does nothing.",
		"Remove it and let the CLI generate one per call.",
	]))
}
