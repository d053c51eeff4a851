# METADATA
# title: Periodic evaluation of the safeguards
# description: |
#   A periodic technical and nontechnical evaluation shows how well the
#   security policies and procedures meet the Security Rule, and is
#   repeated when the environment or operations change. A SecurityProgram
#   without evaluation, or whose last_completed date is missing or older
#   than the threshold, is a finding. Default threshold: 365 days, a
#   yearly evaluation by convention (the rule says periodic); set
#   thresholds.evaluation_days.
# custom:
#   id: SG-PG-016
#   citation: 164.308(a)(8)
#   safeguard: administrative
#   specification: required
#   severity: medium
#   evidence: [SecurityProgram]
#   remediation: |
#     Evaluate the safeguards against the Security Rule at least yearly
#     and after significant changes (internally or by an outside
#     assessor), track the gaps it finds, and record the date as
#     evaluation.last_completed.
package safeguard.rules.program.evaluation_stale

import data.safeguard.lib

_days := lib.param("evaluation_days")

_cutoff := lib.days_before(_days)

deny contains lib.finding_at(msg, program.spec, "evaluation") if {
	some program in input.security_programs
	not program.spec.evaluation
	msg := sprintf("Security program %s: no evaluation is recorded; the technical and nontechnical evaluation must be repeated at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, evaluation, "last_completed") if {
	some program in input.security_programs
	evaluation := program.spec.evaluation
	not evaluation.last_completed
	msg := sprintf("Security program %s: evaluation.last_completed is not recorded; the technical and nontechnical evaluation must be repeated at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, evaluation, "last_completed") if {
	some program in input.security_programs
	evaluation := program.spec.evaluation
	evaluation.last_completed < _cutoff
	msg := sprintf("Security program %s: evaluation.last_completed is %s, more than %d days before %s; the technical and nontechnical evaluation must be repeated at least every %d days", [program.metadata.name, evaluation.last_completed, _days, input.as_of, _days])
}
