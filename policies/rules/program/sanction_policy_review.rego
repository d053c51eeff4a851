# METADATA
# title: Sanction policy is reviewed periodically
# description: |
#   Security documentation is reviewed periodically and updated as the
#   environment changes; the sanction policy applied to workforce members
#   who break security policies is part of it. A SecurityProgram without
#   sanction_policy, or whose last_reviewed date is missing or older than
#   the threshold, is a finding. Default threshold: 365 days, a yearly
#   review by convention (the rule says periodically); set
#   thresholds.policy_review_days.
# custom:
#   id: SG-PG-008
#   citation: 164.316(b)(2)(iii)
#   safeguard: documentation
#   specification: required
#   severity: medium
#   evidence: [SecurityProgram]
#   remediation: |
#     Review the sanction policy at least yearly (and after an incident
#     that tested it), update it where needed, and record the date as
#     sanction_policy.last_reviewed.
package safeguard.rules.program.sanction_policy_review

import data.safeguard.lib

_days := lib.param("policy_review_days")

_cutoff := lib.days_before(_days)

deny contains lib.finding_at(msg, program.spec, "sanction_policy") if {
	some program in input.security_programs
	not program.spec.sanction_policy
	msg := sprintf("Security program %s: no sanction_policy is recorded; the sanction policy must be reviewed at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, policy, "last_reviewed") if {
	some program in input.security_programs
	policy := program.spec.sanction_policy
	not policy.last_reviewed
	msg := sprintf("Security program %s: sanction_policy.last_reviewed is not recorded; the sanction policy must be reviewed at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, policy, "last_reviewed") if {
	some program in input.security_programs
	policy := program.spec.sanction_policy
	policy.last_reviewed < _cutoff
	msg := sprintf("Security program %s: sanction_policy.last_reviewed is %s, more than %d days before %s; the sanction policy must be reviewed at least every %d days", [program.metadata.name, policy.last_reviewed, _days, input.as_of, _days])
}
