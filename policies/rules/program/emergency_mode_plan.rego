# METADATA
# title: Contingency plan has an emergency mode operation plan
# description: |
#   Procedures keep the critical business processes that protect ePHI
#   running while operating in emergency mode. A SecurityProgram without
#   contingency_plan, or whose emergency_mode is false or not recorded, is
#   a finding. No threshold.
# custom:
#   id: SG-PG-013
#   citation: 164.308(a)(7)(ii)(C)
#   safeguard: administrative
#   specification: required
#   severity: medium
#   evidence: [SecurityProgram]
#   remediation: |
#     Write an emergency mode operation plan: how care and billing
#     continue during an outage (downtime procedures, paper forms, read-
#     only copies) and how ePHI stays protected meanwhile; set
#     contingency_plan.emergency_mode to true once it is in place.
package safeguard.rules.program.emergency_mode_plan

import data.safeguard.lib

deny contains lib.finding_at(msg, program.spec, "contingency_plan") if {
	some program in input.security_programs
	not program.spec.contingency_plan
	msg := sprintf("Security program %s: no contingency_plan is recorded, so contingency_plan.emergency_mode is not true; an emergency mode operation plan that keeps ePHI protected during an emergency is required", [program.metadata.name])
}

deny contains lib.finding_at(msg, plan, "emergency_mode") if {
	some program in input.security_programs
	plan := program.spec.contingency_plan
	object.get(plan, "emergency_mode", false) != true
	msg := sprintf("Security program %s: contingency_plan.emergency_mode %s; an emergency mode operation plan that keeps ePHI protected during an emergency is required", [program.metadata.name, _state(plan, "emergency_mode")])
}

_state(section, key) := "is false" if section[key] == false

else := "is not recorded"
