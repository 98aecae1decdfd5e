# Inputs shared by the rule tests (a _test file, so it never ships in the bundle).
package pmlint.lib.fixtures

iam := {
	"name": "P",
	"authorizerType": "AWS_IAM",
	"roleArn": "arn:aws:iam::123456789012:role/R",
}

discovery := "https://idp.example.com/.well-known/openid-configuration"

# A CUSTOM_JWT spec whose authorizer has the given members besides discoveryUrl.
jwt(members) := object.union(
	object.union(iam, {"authorizerType": "CUSTOM_JWT"}),
	{"authorizerConfiguration": {"customJWTAuthorizer": object.union({"discoveryUrl": discovery, "allowedAudience": ["a"]}, members)}},
)

# A CUSTOM_JWT spec whose private endpoint is a managed VPC resource with the given members.
vpc(members) := jwt({"privateEndpoint": {"managedVpcResource": object.union(
	{"vpcIdentifier": "vpc-0a1b2c3d", "subnetIds": ["subnet-0a1b2c3d", "subnet-1b2c3d4e"], "endpointIpAddressType": "IPV4"},
	members,
)}})

jwt_path := ["authorizerConfiguration", "customJWTAuthorizer"]

vpc_path := array.concat(jwt_path, ["privateEndpoint", "managedVpcResource"])

# The data.inventory pmlint builds from describe output (policy/Inventory.java): each kind keyed
# by resource id. Tests write the describe-shaped lists and key them here.
inventory(described) := {kind: {item[id]: item | some item in described[kind]} |
	some [kind, id] in [["subnets", "SubnetId"], ["securityGroups", "GroupId"], ["vpcs", "VpcId"]]
	described[kind]
}
