# METADATA
# title: Facility access control and validation procedures
# description: |
#   A person's access to facilities is controlled and validated by their
#   role or function, visitors included, as is access to software programs
#   for testing and revision (addressable: implement it, or document why
#   not and an equivalent measure). A SecurityProgram without facility, or
#   whose access_control is false or not recorded, is a finding. No
#   threshold.
# custom:
#   id: SG-PG-019
#   citation: 164.310(a)(2)(iii)
#   safeguard: physical
#   specification: addressable
#   severity: medium
#   evidence: [SecurityProgram]
#   remediation: |
#     Control physical access to areas with ePHI systems (badges, keys,
#     locked server rooms) by role, review who holds access, and set
#     facility.access_control to true; or document why not and the
#     equivalent measure.
package safeguard.rules.program.facility_access_control

import data.safeguard.lib

deny contains lib.finding_at(msg, program.spec, "facility") if {
	some program in input.security_programs
	not program.spec.facility
	msg := sprintf("Security program %s: no facility is recorded, so facility.access_control is not true; control and validate access to facilities by role or function, or document why not and the equivalent measure", [program.metadata.name])
}

deny contains lib.finding_at(msg, facility, "access_control") if {
	some program in input.security_programs
	facility := program.spec.facility
	object.get(facility, "access_control", false) != true
	msg := sprintf("Security program %s: facility.access_control %s; control and validate access to facilities by role or function, or document why not and the equivalent measure", [program.metadata.name, _state(facility, "access_control")])
}

_state(section, key) := "is false" if section[key] == false

else := "is not recorded"
