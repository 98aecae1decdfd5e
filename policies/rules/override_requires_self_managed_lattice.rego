# METADATA
# title: override-requires-self-managed-lattice
# description: A private endpoint override uses a managed VPC resource
# custom:
#   code: PM110
#   level: error
# schemas:
#   - input: schema["create-payment-manager.schema"]
package pmlint.rules.override_requires_self_managed_lattice

import data.pmlint.lib.result
import data.pmlint.lib.spec

report contains finding if {
	some i, override in spec.jwt.privateEndpointOverrides
	override.privateEndpoint.managedVpcResource
	path := array.concat(spec.jwt_path, ["privateEndpointOverrides", i, "privateEndpoint", "managedVpcResource"])
	finding := result.fail(path, "key", concat(" ", [
		"privateEndpointOverrides support only selfManagedLatticeResource;",
		"create a VPC Lattice resource configuration for this domain and reference it instead.",
	]))
}
