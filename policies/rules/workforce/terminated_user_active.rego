# METADATA
# title: Terminated workforce members have no active accounts
# description: |
#   When employment ends, access to ePHI ends. An account that is still
#   active while its workforce record says terminated is a gap in
#   termination procedures. Joins AccessMatrix users to TrainingRoster
#   members by workforce_id.
# custom:
#   id: SG-WF-001
#   citation: 164.308(a)(3)(ii)(C)
#   safeguard: administrative
#   specification: addressable
#   severity: critical
#   evidence: [AccessMatrix, TrainingRoster]
#   remediation: |
#     Disable the account now, then review its activity since the
#     termination date. Tie account removal to the HR termination workflow.
package safeguard.rules.workforce.terminated_user_active

import data.safeguard.lib

deny contains lib.finding_at(msg, user, "status") if {
	some matrix in input.access_matrices
	some user in matrix.spec.users
	object.get(user, "status", "active") == "active"
	member := lib.workforce_by_id[user.workforce_id]
	member.status == "terminated"
	msg := sprintf("User %q in %s is active, but workforce member %s was terminated%s", [user.id, matrix.metadata.name, member.id, _since(member)])
}

_since(member) := sprintf(" on %s", [member.terminated]) if member.terminated

else := ""
