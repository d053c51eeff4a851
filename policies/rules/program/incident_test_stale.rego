# METADATA
# title: Incident response procedures are tested
# description: |
#   Security incidents are identified, responded to, mitigated and
#   documented; procedures that were never exercised tend to fail when
#   needed. A SecurityProgram without incident_response, or whose
#   last_tested date is missing or older than the threshold, is a finding.
#   Default threshold: 365 days, a yearly test (a tabletop exercise at the
#   least) by convention; set thresholds.incident_test_days.
# custom:
#   id: SG-PG-010
#   citation: 164.308(a)(6)(ii)
#   safeguard: administrative
#   specification: required
#   severity: medium
#   evidence: [SecurityProgram]
#   remediation: |
#     Exercise the incident response procedures at least yearly (a
#     tabletop of a ransomware or lost-laptop scenario), fix what the
#     exercise shows, and record the date as
#     incident_response.last_tested.
package safeguard.rules.program.incident_test_stale

import data.safeguard.lib

_days := lib.param("incident_test_days")

_cutoff := lib.days_before(_days)

deny contains lib.finding_at(msg, program.spec, "incident_response") if {
	some program in input.security_programs
	not program.spec.incident_response
	msg := sprintf("Security program %s: no incident_response is recorded; the incident response procedures must be tested at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, plan, "last_tested") if {
	some program in input.security_programs
	plan := program.spec.incident_response
	not plan.last_tested
	msg := sprintf("Security program %s: incident_response.last_tested is not recorded; the incident response procedures must be tested at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, plan, "last_tested") if {
	some program in input.security_programs
	plan := program.spec.incident_response
	plan.last_tested < _cutoff
	msg := sprintf("Security program %s: incident_response.last_tested is %s, more than %d days before %s; the incident response procedures must be tested at least every %d days", [program.metadata.name, plan.last_tested, _days, input.as_of, _days])
}
