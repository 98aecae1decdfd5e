# METADATA
# title: workload-configuration-unsupported
# description: The authorizer sets allowedWorkloadConfiguration, documented only for AgentCore Runtime
# custom:
#   code: PM113
#   level: warning
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.workload_configuration_unsupported

import data.pmlint.lib.result
import data.pmlint.lib.spec

report contains finding if {
	"allowedWorkloadConfiguration" in object.keys(spec.jwt)
	path := array.concat(spec.jwt_path, ["allowedWorkloadConfiguration"])
	finding := result.fail(path, "key", concat(" ", [
		"allowedWorkloadConfiguration is documented only for AgentCore Runtime targets;",
		"a payment manager may reject or ignore it.",
	]))
}
