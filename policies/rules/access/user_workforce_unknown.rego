# METADATA
# title: Every person's account belongs to a known workforce member
# description: |
#   Access by the workforce is authorised and supervised, which needs each
#   account to be traced to the person who holds it. An active human user
#   (type absent counts as human, status absent as active) of an
#   AccessMatrix for a system with ePHI (ephi absent counts as true) with no
#   workforce_id is a finding at the user; one whose workforce_id names no
#   member of any TrainingRoster is a link to nothing at the workforce_id
#   field, checked only when the evidence holds a TrainingRoster. What the
#   member's record says (terminated, on leave) is SG-WF-001 and SG-WF-004.
#   Service and emergency accounts are not this check. No threshold.
# custom:
#   id: SG-AC-013
#   citation: 164.308(a)(3)(ii)(A)
#   safeguard: administrative
#   specification: addressable
#   severity: medium
#   evidence: [AccessMatrix, TrainingRoster]
#   remediation: |
#     Record the workforce id of the person who holds the account; if no
#     single person does (a shared or leftover login), disable it. If the
#     person is missing from the roster, add them, with their training.
package safeguard.rules.access.user_workforce_unknown

import data.safeguard.lib

# One pass over the users, the selective test first: almost every account
# names a known member, so type and status are looked at, and the message
# made, only for the few that do not.
deny contains lib.finding_at(_message(id, user, matrix), user, "workforce_id") if {
	some matrix in input.access_matrices
	object.get(matrix.spec, "ephi", true) == true
	some user in object.get(matrix.spec, "users", [])
	id := object.get(user, "workforce_id", null)
	not lib.workforce_by_id[id]
	object.get(user, "type", "human") == "human"
	object.get(user, "status", "active") == "active"
}

_message(null, user, matrix) := sprintf("User %q in %s is an active person's account with no workforce_id; it cannot be traced to a workforce member", [user.id, matrix.metadata.name])

# A link to nothing only when there is a roster to link to.
_message(id, user, matrix) := sprintf("User %q in %s has workforce_id %q, which is not a member of any TrainingRoster", [user.id, matrix.metadata.name, id]) if {
	id != null
	lib.has_roster
}
