# METADATA
# title: Contingency plan has a data backup plan
# description: |
#   Retrievable exact copies of ePHI are created and maintained under a
#   data backup plan. A SecurityProgram without contingency_plan, or whose
#   data_backup is false or not recorded, is a finding. No threshold.
# custom:
#   id: SG-PG-011
#   citation: 164.308(a)(7)(ii)(A)
#   safeguard: administrative
#   specification: required
#   severity: high
#   evidence: [SecurityProgram]
#   remediation: |
#     Write a data backup plan naming every system with ePHI, how often it
#     is copied, where the copies are kept and how they are protected, and
#     set contingency_plan.data_backup to true once it is in place.
package safeguard.rules.program.backup_plan

import data.safeguard.lib

deny contains lib.finding_at(msg, program.spec, "contingency_plan") if {
	some program in input.security_programs
	not program.spec.contingency_plan
	msg := sprintf("Security program %s: no contingency_plan is recorded, so contingency_plan.data_backup is not true; a data backup plan that keeps retrievable exact copies of ePHI is required", [program.metadata.name])
}

deny contains lib.finding_at(msg, plan, "data_backup") if {
	some program in input.security_programs
	plan := program.spec.contingency_plan
	object.get(plan, "data_backup", false) != true
	msg := sprintf("Security program %s: contingency_plan.data_backup %s; a data backup plan that keeps retrievable exact copies of ePHI is required", [program.metadata.name, _state(plan, "data_backup")])
}

_state(section, key) := "is false" if section[key] == false

else := "is not recorded"
