# METADATA
# title: arn-partition-mismatch
# description: The role, KMS key and Lattice resource configuration ARNs are in different AWS partitions
# custom:
#   code: PM301
#   level: error
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.arn_partition_mismatch

import data.pmlint.lib.result
import data.pmlint.lib.spec

report contains finding if {
	role := spec.role_arn_parts
	some [path, parts] in spec.related_arn_parts
	parts.partition != role.partition
	finding := result.fail(path, "value", concat("", [
		path[count(path) - 1], " is in partition ", parts.partition, " but roleArn is in ", role.partition,
		"; resources of one payment manager must be in the same partition.",
	]))
}
