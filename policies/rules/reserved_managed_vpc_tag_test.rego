package pmlint.rules.reserved_managed_vpc_tag_test

import data.pmlint.lib.fixtures
import data.pmlint.rules.reserved_managed_vpc_tag as rule

test_fail_reserved_key if {
	rule.report == {{
		"path": array.concat(fixtures.vpc_path, ["tags", "BedrockAgentCoreGatewayManaged"]), "at": "key",
		"message": "The tag key BedrockAgentCoreGatewayManaged is reserved: AgentCore sets it on the resources it manages, and the request is rejected; use another key.",
	}} with input as fixtures.vpc({"tags": {"BedrockAgentCoreGatewayManaged": "true", "team": "p"}})
}

test_success_other_keys_and_request_tags if {
	rule.report == set() with input as fixtures.vpc({"tags": {"team": "p"}})
	spec := object.union(fixtures.vpc({}), {"tags": {"BedrockAgentCoreGatewayManaged": "x"}})
	rule.report == set() with input as spec
}
