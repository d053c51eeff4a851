# METADATA
# title: Workstation use policy
# description: |
#   Policies and procedures specify the proper functions to be performed
#   on workstations that access ePHI, the manner in which they are
#   performed, and the physical surroundings of those workstations. A
#   SecurityProgram without workstations, or whose use_policy is false or
#   not recorded, is a finding. No threshold.
# custom:
#   id: SG-PG-022
#   citation: 164.310(b)
#   safeguard: physical
#   specification: required
#   severity: medium
#   evidence: [SecurityProgram]
#   remediation: |
#     Write a workstation use policy (what each class of workstation may
#     be used for, screen placement, locking when away, no ePHI on
#     personal devices), train the workforce on it, and set
#     workstations.use_policy to true.
package safeguard.rules.program.workstation_use

import data.safeguard.lib

deny contains lib.finding_at(msg, program.spec, "workstations") if {
	some program in input.security_programs
	not program.spec.workstations
	msg := sprintf("Security program %s: no workstations is recorded, so workstations.use_policy is not true; a policy on the proper use and surroundings of workstations that access ePHI is required", [program.metadata.name])
}

deny contains lib.finding_at(msg, workstations, "use_policy") if {
	some program in input.security_programs
	workstations := program.spec.workstations
	object.get(workstations, "use_policy", false) != true
	msg := sprintf("Security program %s: workstations.use_policy %s; a policy on the proper use and surroundings of workstations that access ePHI is required", [program.metadata.name, _state(workstations, "use_policy")])
}

_state(section, key) := "is false" if section[key] == false

else := "is not recorded"
