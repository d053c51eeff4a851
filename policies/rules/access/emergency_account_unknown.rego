# METADATA
# title: Emergency access names an emergency account
# description: |
#   The emergency access procedure obtains ePHI through accounts set aside
#   for it (break-glass accounts), kept apart from everyday logins so their
#   use stands out. An emergency_access entry whose account is not a user
#   id of the same AccessMatrix is a link to nothing; one whose account is
#   a user of type human or service (type absent counts as human) turns an
#   everyday login into the break-glass path. Both are reported at the
#   entry's account field. No threshold.
# custom:
#   id: SG-AC-014
#   citation: 164.312(a)(2)(ii)
#   safeguard: technical
#   specification: required
#   severity: medium
#   evidence: [AccessMatrix]
#   remediation: |
#     Create a dedicated user of type emergency for break-glass access
#     (disabled until needed, its use alerted on) and name it in
#     emergency_access, or correct the account to the existing one.
package safeguard.rules.access.emergency_account_unknown

import data.safeguard.lib

# [matrix index, user id, type] for every user, built once: a set, so that
# a duplicate id (reported by the reader) cannot make the lookup conflict.
_user_types contains [i, user.id, object.get(user, "type", "human")] if {
	some i, matrix in input.access_matrices
	some user in object.get(matrix.spec, "users", [])
}

deny contains lib.finding_at(msg, entry, "account") if {
	some i, matrix in input.access_matrices
	some entry in object.get(matrix.spec, "emergency_access", [])
	count(_types(i, entry.account)) == 0
	msg := sprintf("Emergency access %q in %s names no user of the matrix", [entry.account, matrix.metadata.name])
}

deny contains lib.finding_at(msg, entry, "account") if {
	some i, matrix in input.access_matrices
	some entry in object.get(matrix.spec, "emergency_access", [])
	types := _types(i, entry.account)
	count(types) > 0
	not "emergency" in types
	msg := sprintf("Emergency access %q in %s is a user of type %s, not emergency; break-glass access needs an account of its own", [entry.account, matrix.metadata.name, concat(", ", sort(types))])
}

# The types of the user with the id in matrix i: a lookup per type of the enum.
_types(i, id) := {t | some t in ["human", "service", "emergency"]; [i, id, t] in _user_types}
