# METADATA
# description: |
#   The single entrypoint pmlint evaluates: every finding of every rule package under
#   data.pmlint.rules. A new rule needs no change here.
package pmlint.main

# METADATA
# description: |
#   All findings for the input spec, each with "rule": the name of the package that reported it
#   (pmlint maps it to the code its METADATA declares).
# entrypoint: true
findings contains object.union(finding, {"rule": name}) if {
	some name
	some finding in data.pmlint.rules[name].report
}
