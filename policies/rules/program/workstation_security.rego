# METADATA
# title: Workstation physical safeguards
# description: |
#   Physical safeguards restrict access to workstations that access ePHI
#   to authorized users. A SecurityProgram without workstations, or whose
#   physical_safeguards is false or not recorded, is a finding. No
#   threshold.
# custom:
#   id: SG-PG-023
#   citation: 164.310(c)
#   safeguard: physical
#   specification: required
#   severity: medium
#   evidence: [SecurityProgram]
#   remediation: |
#     Put physical safeguards on workstations with ePHI (cable locks,
#     locked rooms, privacy screens, kiosks out of public reach) and set
#     workstations.physical_safeguards to true.
package safeguard.rules.program.workstation_security

import data.safeguard.lib

deny contains lib.finding_at(msg, program.spec, "workstations") if {
	some program in input.security_programs
	not program.spec.workstations
	msg := sprintf("Security program %s: no workstations is recorded, so workstations.physical_safeguards is not true; physical safeguards that restrict workstations with ePHI to authorized users are required", [program.metadata.name])
}

deny contains lib.finding_at(msg, workstations, "physical_safeguards") if {
	some program in input.security_programs
	workstations := program.spec.workstations
	object.get(workstations, "physical_safeguards", false) != true
	msg := sprintf("Security program %s: workstations.physical_safeguards %s; physical safeguards that restrict workstations with ePHI to authorized users are required", [program.metadata.name, _state(workstations, "physical_safeguards")])
}

_state(section, key) := "is false" if section[key] == false

else := "is not recorded"
