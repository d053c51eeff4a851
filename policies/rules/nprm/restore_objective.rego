# METADATA
# title: Critical systems restorable within 72 hours (proposed)
# description: |
#   The January 2025 proposed rule (90 FR 898) would require the disaster
#   recovery plan to restore critical relevant electronic information
#   systems and data within 72 hours of a loss. A SecurityProgram whose
#   contingency_plan has no restore_objective_hours, or one above the
#   threshold, is a finding under the proposal. Default threshold: 72 hours,
#   the proposal's figure; set thresholds.restore_objective_hours.
# custom:
#   id: SG-NP-004
#   citation: 164.308(a)(7)(ii)(B)
#   safeguard: administrative
#   specification: required
#   severity: medium
#   evidence: [SecurityProgram]
#   profiles: [hipaa-2025-nprm]
#   proposed: true
#   remediation: |
#     Set a restore objective of at most 72 hours for the critical systems
#     named in the criticality analysis, design backups and recovery to meet
#     it, and prove it in the contingency plan test.
package safeguard.rules.nprm.restore_objective

import data.safeguard.lib

_limit := lib.param("restore_objective_hours")

deny contains lib.finding_at(msg, program.spec, "contingency_plan") if {
	some program in input.security_programs
	not program.spec.contingency_plan
	msg := sprintf("Security program %s has no contingency_plan, so no restore objective; the proposed rule requires restoring critical systems within %d hours", [program.metadata.name, _limit])
}

deny contains lib.finding_at(msg, plan, "restore_objective_hours") if {
	some program in input.security_programs
	plan := program.spec.contingency_plan
	not plan.restore_objective_hours
	msg := sprintf("Contingency plan of security program %s sets no restore_objective_hours; the proposed rule requires restoring critical systems within %d hours", [program.metadata.name, _limit])
}

deny contains lib.finding_at(msg, plan, "restore_objective_hours") if {
	some program in input.security_programs
	plan := program.spec.contingency_plan
	plan.restore_objective_hours > _limit
	msg := sprintf("Contingency plan of security program %s restores within %d hours, more than the %d hours the proposed rule requires", [program.metadata.name, plan.restore_objective_hours, _limit])
}
