# METADATA
# title: Compliance audit at least every 12 months (proposed)
# description: |
#   The January 2025 proposed rule (90 FR 898) would require a compliance
#   audit against the Security Rule at least every 12 months. A
#   SecurityProgram without evaluation, or whose evaluation.last_completed
#   is missing or older than the threshold, is a finding under the proposal.
#   Default threshold: 365 days, the proposal's 12 months; set
#   thresholds.compliance_audit_days.
# custom:
#   id: SG-NP-009
#   citation: 164.308(a)(8)
#   safeguard: administrative
#   specification: required
#   severity: medium
#   evidence: [SecurityProgram]
#   profiles: [hipaa-2025-nprm]
#   proposed: true
#   remediation: |
#     Audit compliance with every standard and implementation specification
#     at least yearly, record the date in evaluation.last_completed, and
#     track the gaps it finds into the risk management plan.
package safeguard.rules.nprm.compliance_audit

import data.safeguard.lib

_days := lib.param("compliance_audit_days")

_cutoff := lib.days_before(_days)

deny contains lib.finding_at(msg, program.spec, "evaluation") if {
	some program in input.security_programs
	not program.spec.evaluation
	msg := sprintf("Security program %s records no evaluation; the proposed rule requires a compliance audit at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, evaluation, "last_completed") if {
	some program in input.security_programs
	evaluation := program.spec.evaluation
	not evaluation.last_completed
	msg := sprintf("Evaluation of security program %s has no last_completed date; the proposed rule requires a compliance audit at least every %d days", [program.metadata.name, _days])
}

deny contains lib.finding_at(msg, evaluation, "last_completed") if {
	some program in input.security_programs
	evaluation := program.spec.evaluation
	evaluation.last_completed < _cutoff
	msg := sprintf("Last compliance audit (evaluation) of security program %s was on %s, more than %d days ago; the proposed rule requires one at least every %d days", [program.metadata.name, evaluation.last_completed, _days, _days])
}
