# METADATA
# description: |
#   The single entrypoint pmlint evaluates: every finding of every rule package under
#   data.pmlint.rules. A new rule needs no change here.
package pmlint.main

# METADATA
# description: All findings for the input spec.
# entrypoint: true
findings contains finding if {
	some name
	some finding in data.pmlint.rules[name].report
}
