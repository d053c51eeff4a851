# METADATA
# title: Accounts of members on leave are reviewed
# description: |
#   Whether a workforce member's access is still appropriate is reviewed
#   when their situation changes. An active AccessMatrix account whose
#   TrainingRoster member (joined by workforce_id) is on leave is reported
#   as a warning: suspend it for the leave, or record why it stays active.
#   No threshold.
# custom:
#   id: SG-WF-004
#   citation: 164.308(a)(3)(ii)(B)
#   safeguard: administrative
#   specification: addressable
#   severity: medium
#   evidence: [AccessMatrix, TrainingRoster]
#   remediation: |
#     Disable the account for the length of the leave, or document the
#     reason it must stay active (on-call duty, for instance) and who
#     approved it. Tie leave in the HR system to account suspension.
package safeguard.rules.workforce.user_active_on_leave

import data.safeguard.lib

warn contains lib.finding_at(msg, user, "status") if {
	some matrix in input.access_matrices
	some user in matrix.spec.users
	object.get(user, "status", "active") == "active"
	member := lib.workforce_by_id[user.workforce_id]
	member.status == "leave"
	msg := sprintf("User %q in %s is active while workforce member %s is on leave", [user.id, matrix.metadata.name, member.id])
}
