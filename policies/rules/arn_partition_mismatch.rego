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
	role := spec.arn_parts(input.roleArn)
	some [path, arn] in spec.related_arns
	parts := spec.arn_parts(arn)
	parts.partition != role.partition
	finding := result.fail(path, "value", concat("", [
		path[count(path) - 1], " is in partition ", parts.partition, " but roleArn is in ", role.partition,
		"; resources of one payment manager must be in the same partition.",
	]))
}
