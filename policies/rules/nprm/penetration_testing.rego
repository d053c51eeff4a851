# METADATA
# title: Penetration test at least every 12 months (proposed)
# description: |
#   The January 2025 proposed rule (90 FR 898) would require penetration
#   testing at least every 12 months, as part of the evaluation of the
#   safeguards. A SecurityProgram without penetration_test, or whose
#   last_completed is missing or older than the threshold, is a finding
#   under the proposal. Default threshold: 365 days, the proposal's 12
#   months; set thresholds.penetration_test_days.
# custom:
#   id: SG-NP-003
#   citation: 164.308(a)(8)
#   safeguard: administrative
#   specification: required
#   severity: medium
#   evidence: [SecurityProgram]
#   profiles: [hipaa-2025-nprm]
#   proposed: true
#   remediation: |
#     Have a qualified tester run a penetration test of the systems that
#     hold ePHI at least yearly, record the date, and track the findings to
#     closure in the risk management plan.
package safeguard.rules.nprm.penetration_testing

import data.safeguard.lib

_days := lib.param("penetration_test_days")

_cutoff := lib.days_before(_days)

deny contains lib.finding_at(msg, program.spec, "penetration_test") if {
	some program in input.security_programs
	not program.spec.penetration_test
	msg := sprintf("Security program %s records no penetration_test; the proposed rule requires one at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, pentest, "last_completed") if {
	some program in input.security_programs
	pentest := program.spec.penetration_test
	not pentest.last_completed
	msg := sprintf("Penetration test of security program %s has no last_completed date; the proposed rule requires one at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, pentest, "last_completed") if {
	some program in input.security_programs
	pentest := program.spec.penetration_test
	pentest.last_completed < _cutoff
	msg := sprintf("Last penetration test of security program %s was on %s, more than %d days ago; the proposed rule requires one at least every %d days", [program.metadata.name, pentest.last_completed, _days, _days])
}
