# METADATA
# title: Access ends the day employment ends (proposed)
# description: |
#   The January 2025 proposed rule (90 FR 898) would require terminating a
#   workforce member's access to ePHI within 1 hour of the end of their
#   employment. The evidence records dates, not times, so under the proposal
#   a terminated TrainingRoster member whose access_revoked is later than
#   the terminated date is a finding. Fixed threshold: the same day (the
#   proposal's 1 hour at day resolution); a missing access_revoked is
#   SG-WF-002.
# custom:
#   id: SG-NP-005
#   citation: 164.308(a)(3)(ii)(C)
#   safeguard: administrative
#   specification: addressable
#   severity: high
#   evidence: [TrainingRoster]
#   profiles: [hipaa-2025-nprm]
#   proposed: true
#   remediation: |
#     Disable every account when the member is told their employment ends,
#     driven by the HR termination event rather than a ticket queue, and
#     record the date in access_revoked.
package safeguard.rules.nprm.same_day_revocation

import data.safeguard.lib

deny contains lib.finding_at(msg, member, "access_revoked") if {
	some roster in input.training_rosters
	some member in roster.spec.workforce
	member.status == "terminated"
	member.access_revoked > member.terminated
	msg := sprintf("Workforce member %s in %s was terminated on %s but access was revoked on %s, %d day(s) later; the proposed rule requires revocation within 1 hour", [member.id, roster.metadata.name, member.terminated, member.access_revoked, lib.days_between(member.terminated, member.access_revoked)])
}
