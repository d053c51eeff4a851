# METADATA
# title: Facility security plan controls visitors
# description: |
#   The facility security plan safeguards the facility and its equipment
#   from unauthorized physical access, tampering and theft; a visitor log
#   is the common evidence of visitor control (addressable: implement it,
#   or document why not and an equivalent measure). A SecurityProgram
#   without facility, or whose visitor_log is false or not recorded, is a
#   finding. No threshold.
# custom:
#   id: SG-PG-020
#   citation: 164.310(a)(2)(ii)
#   safeguard: physical
#   specification: addressable
#   severity: low
#   evidence: [SecurityProgram]
#   remediation: |
#     Keep a facility security plan that covers visitors: sign them in and
#     out, escort them in areas with ePHI, keep the log, and set
#     facility.visitor_log to true; or document why not and the equivalent
#     measure.
package safeguard.rules.program.facility_visitor_control

import data.safeguard.lib

deny contains lib.finding_at(msg, program.spec, "facility") if {
	some program in input.security_programs
	not program.spec.facility
	msg := sprintf("Security program %s: no facility is recorded, so facility.visitor_log is not true; the facility security plan must control visitors (a visitor log), or document why not and the equivalent measure", [program.metadata.name])
}

deny contains lib.finding_at(msg, facility, "visitor_log") if {
	some program in input.security_programs
	facility := program.spec.facility
	object.get(facility, "visitor_log", false) != true
	msg := sprintf("Security program %s: facility.visitor_log %s; the facility security plan must control visitors (a visitor log), or document why not and the equivalent measure", [program.metadata.name, _state(facility, "visitor_log")])
}

_state(section, key) := "is false" if section[key] == false

else := "is not recorded"
