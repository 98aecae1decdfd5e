# METADATA
# description: |
#   The network inventory given with --context: the native output of aws ec2 describe-subnets,
#   describe-security-groups and describe-vpcs, merged by kind under data.inventory, each kind
#   keyed by resource id (pmlint builds the keys once per run, not once per document). A kind
#   that was not given is undefined, so the rules about it stay silent.
package pmlint.lib.inventory

# METADATA
# description: Subnets by SubnetId.
subnets := data.inventory.subnets

# METADATA
# description: Security groups by GroupId.
security_groups := data.inventory.securityGroups

# METADATA
# description: VPCs by VpcId.
vpcs := data.inventory.vpcs

# METADATA
# description: True when the subnet has an associated IPv6 CIDR block.
has_ipv6(subnet) if {
	some association in subnet.Ipv6CidrBlockAssociationSet
	association.Ipv6CidrBlockState.State == "associated"
}

# METADATA
# description: True when the subnet is IPv6-only (no IPv4 addresses).
ipv6_only(subnet) if subnet.Ipv6Native == true
