# METADATA
# title: Facility maintenance records
# description: |
#   Repairs and modifications to the physical components of a facility
#   that are related to security (hardware, walls, doors, locks) are
#   documented (addressable: implement it, or document why not and an
#   equivalent measure). A SecurityProgram without facility, or whose
#   maintenance_records is false or not recorded, is a finding. No
#   threshold.
# custom:
#   id: SG-PG-021
#   citation: 164.310(a)(2)(iv)
#   safeguard: physical
#   specification: addressable
#   severity: low
#   evidence: [SecurityProgram]
#   remediation: |
#     Record each repair or change to locks, doors, badge readers, cameras
#     and walls around ePHI systems (what, when, by whom), and set
#     facility.maintenance_records to true; or document why not and the
#     equivalent measure.
package safeguard.rules.program.facility_maintenance_records

import data.safeguard.lib

deny contains lib.finding_at(msg, program.spec, "facility") if {
	some program in input.security_programs
	not program.spec.facility
	msg := sprintf("Security program %s: no facility is recorded, so facility.maintenance_records is not true; document repairs and modifications to security-related physical components (doors, locks, walls), or document why not and the equivalent measure", [program.metadata.name])
}

deny contains lib.finding_at(msg, facility, "maintenance_records") if {
	some program in input.security_programs
	facility := program.spec.facility
	object.get(facility, "maintenance_records", false) != true
	msg := sprintf("Security program %s: facility.maintenance_records %s; document repairs and modifications to security-related physical components (doors, locks, walls), or document why not and the equivalent measure", [program.metadata.name, _state(facility, "maintenance_records")])
}

_state(section, key) := "is false" if section[key] == false

else := "is not recorded"
