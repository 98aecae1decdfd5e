# METADATA
# description: Views of a CreatePaymentManager spec shared by the rules, each with its path.
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.lib.spec

import data.pmlint.lib.url

# METADATA
# description: Path of the custom JWT authorizer configuration.
jwt_path := ["authorizerConfiguration", "customJWTAuthorizer"]

# METADATA
# description: |
#   The parts of discoveryUrl (see lib/url), parsed once per evaluation for every rule that
#   reads them (complete rules are memoized; functions are not).
discovery_url := url.parse(jwt.discoveryUrl)

# METADATA
# description: The custom JWT authorizer configuration, when the spec has an object there.
jwt := input.authorizerConfiguration.customJWTAuthorizer if is_object(input.authorizerConfiguration.customJWTAuthorizer)

# Views are arrays, not sets: the Wasm target hashes every member put into a set, and these
# members hold whole sub-objects of the spec.

# METADATA
# description: Every private endpoint (the main one and each override's) as [path, endpoint].
private_endpoints := array.concat(
	[[array.concat(jwt_path, ["privateEndpoint"]), endpoint] |
		endpoint := jwt.privateEndpoint
		is_object(endpoint)
	],
	[[array.concat(jwt_path, ["privateEndpointOverrides", i, "privateEndpoint"]), endpoint] |
		some i, override in jwt.privateEndpointOverrides
		endpoint := override.privateEndpoint
		is_object(endpoint)
	],
)

# METADATA
# description: Every managedVpcResource as [path, resource].
managed_vpcs := [[array.concat(endpoint_path, ["managedVpcResource"]), vpc] |
	some [endpoint_path, endpoint] in private_endpoints
	vpc := endpoint.managedVpcResource
	is_object(vpc)
]

# METADATA
# description: Every tag map of the spec (the request's and each managed VPC resource's) as [path, tags].
tag_maps := array.concat(
	[[["tags"], tags] | tags := input.tags; is_object(tags)],
	[[array.concat(vpc_path, ["tags"]), vpc.tags] |
		some [vpc_path, vpc] in managed_vpcs
		is_object(vpc.tags)
	],
)

# METADATA
# description: Every string subnet id of every managed VPC resource as [path, id, vpc].
subnets := [[array.concat(vpc_path, ["subnetIds", i]), id, vpc] |
	some [vpc_path, vpc] in managed_vpcs
	some i, id in vpc.subnetIds
	is_string(id)
]

# METADATA
# description: Every string security group id of every managed VPC resource as [path, id, vpc].
security_groups := [[array.concat(vpc_path, ["securityGroupIds", i]), id, vpc] |
	some [vpc_path, vpc] in managed_vpcs
	some i, id in vpc.securityGroupIds
	is_string(id)
]

# METADATA
# description: Every custom claim as [path, claim].
claims := [[array.concat(jwt_path, ["customClaims", i]), claim] |
	some i, claim in jwt.customClaims
	is_object(claim)
]

# METADATA
# description: ARNs that must share roleArn's partition and account, as [path, arn].
related_arns := array.concat(
	[[["kmsKeyArn"], arn] | arn := input.kmsKeyArn],
	[[array.concat(endpoint_path, ["selfManagedLatticeResource", "resourceConfigurationIdentifier"]), arn] |
		some [endpoint_path, endpoint] in private_endpoints
		arn := endpoint.selfManagedLatticeResource.resourceConfigurationIdentifier
		startswith(arn, "arn:")
	],
)

# METADATA
# description: |
#   The parts of roleArn, computed once per evaluation for every rule that compares ARNs with
#   it (complete rules are memoized; functions are not).
role_arn_parts := arn_parts(input.roleArn)

# METADATA
# description: The related ARNs with their parts, as [path, parts]; see related_arns.
related_arn_parts := [[path, parts] |
	some [path, arn] in related_arns
	parts := arn_parts(arn)
]

# METADATA
# description: The parts of an ARN string (arn:partition:service:region:account:resource).
arn_parts(arn) := {"partition": parts[1], "service": parts[2], "region": parts[3], "account": parts[4]} if {
	is_string(arn)
	startswith(arn, "arn:")
	parts := split(arn, ":")
	count(parts) >= 6
}

# METADATA
# description: Indexes j of a list whose item equals an earlier item, with that earlier index.
repeats(list) := {[j, i] |
	is_array(list)
	count({item | some item in list}) < count(list) # one pass decides the common case: no repeats
	some j, item in list
	i := min({k | some k, other in list; other == item})
	i < j
}
