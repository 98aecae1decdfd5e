package pmlint.rules.workload_configuration_unsupported_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.workload_configuration_unsupported as rule

test_fail_workload_configuration if {
	rule.report == {{
		"path": array.concat(fixtures.jwt_path, ["allowedWorkloadConfiguration"]), "at": "key",
		"message": "allowedWorkloadConfiguration is documented only for AgentCore Runtime targets; a payment manager may reject or ignore it.",
	}} with input as fixtures.jwt({"allowedWorkloadConfiguration": {"workloadIdentities": ["agent"]}})
}

test_success_without_it if {
	rule.report == set() with input as fixtures.jwt({})
}
