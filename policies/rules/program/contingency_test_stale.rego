# METADATA
# title: Contingency plan is tested and revised
# description: |
#   Testing and revision procedures for the contingency plan (addressable:
#   implement them, or document why not and an equivalent measure). A
#   SecurityProgram without contingency_plan, or whose last_tested date is
#   missing or older than the threshold, is a finding. Default threshold:
#   365 days, a yearly test by convention (the rule says periodic); set
#   thresholds.contingency_test_days.
# custom:
#   id: SG-PG-014
#   citation: 164.308(a)(7)(ii)(D)
#   safeguard: administrative
#   specification: addressable
#   severity: medium
#   evidence: [SecurityProgram]
#   remediation: |
#     Test the backup, disaster recovery and emergency mode plans at least
#     yearly (restore from backup, fail over, run on paper), revise them
#     for what the test found, and record the date as
#     contingency_plan.last_tested.
package safeguard.rules.program.contingency_test_stale

import data.safeguard.lib

_days := lib.param("contingency_test_days")

_cutoff := lib.days_before(_days)

deny contains lib.finding_at(msg, program.spec, "contingency_plan") if {
	some program in input.security_programs
	not program.spec.contingency_plan
	msg := sprintf("Security program %s: no contingency_plan is recorded; the contingency plan must be tested and revised at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, plan, "last_tested") if {
	some program in input.security_programs
	plan := program.spec.contingency_plan
	not plan.last_tested
	msg := sprintf("Security program %s: contingency_plan.last_tested is not recorded; the contingency plan must be tested and revised at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, plan, "last_tested") if {
	some program in input.security_programs
	plan := program.spec.contingency_plan
	plan.last_tested < _cutoff
	msg := sprintf("Security program %s: contingency_plan.last_tested is %s, more than %d days before %s; the contingency plan must be tested and revised at least every %d days", [program.metadata.name, plan.last_tested, _days, input.as_of, _days])
}
