# METADATA
# title: Security policies and procedures are reviewed periodically
# description: |
#   Security policies and procedures are reviewed periodically and updated
#   in response to environmental or operational changes. A SecurityProgram
#   without policies, or whose last_reviewed date is missing or older than
#   the threshold, is a finding. Default threshold: 365 days, a yearly
#   review by convention (the rule says periodically); set
#   thresholds.policy_review_days.
# custom:
#   id: SG-PG-017
#   citation: 164.316(b)(2)(iii)
#   safeguard: documentation
#   specification: required
#   severity: medium
#   evidence: [SecurityProgram]
#   remediation: |
#     Review the written security policies and procedures at least yearly
#     and after significant changes, update what no longer matches
#     practice, and record the date as policies.last_reviewed.
package safeguard.rules.program.policies_review

import data.safeguard.lib

_days := lib.param("policy_review_days")

_cutoff := lib.days_before(_days)

deny contains lib.finding_at(msg, program.spec, "policies") if {
	some program in input.security_programs
	not program.spec.policies
	msg := sprintf("Security program %s: no policies section is recorded; the security policies and procedures must be reviewed and updated at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, policies, "last_reviewed") if {
	some program in input.security_programs
	policies := program.spec.policies
	not policies.last_reviewed
	msg := sprintf("Security program %s: policies.last_reviewed is not recorded; the security policies and procedures must be reviewed and updated at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, policies, "last_reviewed") if {
	some program in input.security_programs
	policies := program.spec.policies
	policies.last_reviewed < _cutoff
	msg := sprintf("Security program %s: policies.last_reviewed is %s, more than %d days before %s; the security policies and procedures must be reviewed and updated at least every %d days", [program.metadata.name, policies.last_reviewed, _days, input.as_of, _days])
}
