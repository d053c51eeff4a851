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

deny contains lib.finding_at(msg, user, "workforce_id") if {
	some matrix in input.access_matrices
	some user in _people(matrix)
	object.get(user, "workforce_id", null) == null
	msg := sprintf("User %q in %s is an active person's account with no workforce_id; it cannot be traced to a workforce member", [user.id, matrix.metadata.name])
}

deny contains lib.finding_at(msg, user, "workforce_id") if {
	lib.has_roster
	some matrix in input.access_matrices
	some user in _people(matrix)
	id := user.workforce_id
	id != null
	not lib.workforce_by_id[id]
	msg := sprintf("User %q in %s has workforce_id %q, which is not a member of any TrainingRoster", [user.id, matrix.metadata.name, id])
}

# The active human users of a matrix for a system with ePHI.
_people(matrix) := {user |
	object.get(matrix.spec, "ephi", true) == true
	some user in object.get(matrix.spec, "users", [])
	object.get(user, "type", "human") == "human"
	object.get(user, "status", "active") == "active"
}
