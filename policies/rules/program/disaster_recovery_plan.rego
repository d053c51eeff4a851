# METADATA
# title: Contingency plan has a disaster recovery plan
# description: |
#   Procedures restore any loss of data after an emergency or other
#   occurrence that damages systems containing ePHI. A SecurityProgram
#   without contingency_plan, or whose disaster_recovery is false or not
#   recorded, is a finding. No threshold.
# custom:
#   id: SG-PG-012
#   citation: 164.308(a)(7)(ii)(B)
#   safeguard: administrative
#   specification: required
#   severity: high
#   evidence: [SecurityProgram]
#   remediation: |
#     Write a disaster recovery plan: who declares a disaster, the order
#     in which systems are restored, from which backups, and within what
#     time; set contingency_plan.disaster_recovery to true once it is in
#     place.
package safeguard.rules.program.disaster_recovery_plan

import data.safeguard.lib

deny contains lib.finding_at(msg, program.spec, "contingency_plan") if {
	some program in input.security_programs
	not program.spec.contingency_plan
	msg := sprintf("Security program %s: no contingency_plan is recorded, so contingency_plan.disaster_recovery is not true; a disaster recovery plan to restore any loss of data is required", [program.metadata.name])
}

deny contains lib.finding_at(msg, plan, "disaster_recovery") if {
	some program in input.security_programs
	plan := program.spec.contingency_plan
	object.get(plan, "disaster_recovery", false) != true
	msg := sprintf("Security program %s: contingency_plan.disaster_recovery %s; a disaster recovery plan to restore any loss of data is required", [program.metadata.name, _state(plan, "disaster_recovery")])
}

_state(section, key) := "is false" if section[key] == false

else := "is not recorded"
