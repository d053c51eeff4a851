# METADATA
# title: Users hold only roles the matrix defines
# description: |
#   Access is granted through documented roles, so that what a user may do
#   can be read from the matrix. A user (not disabled) who holds a role that
#   is not a roles[].name of the same AccessMatrix has access that no one
#   authorised on paper: a link to nothing, reported at the user's roles
#   field with every undefined role. No threshold.
# custom:
#   id: SG-AC-011
#   citation: 164.308(a)(4)(ii)(B)
#   safeguard: administrative
#   specification: addressable
#   severity: medium
#   evidence: [AccessMatrix]
#   remediation: |
#     Define the role in the matrix (its job function and permissions) if it
#     is real, or correct the user's roles to the role they were authorised
#     for.
package safeguard.rules.access.role_undefined

import data.safeguard.lib

# [matrix index, role name] for every role each matrix defines, built once.
_defined contains [i, role.name] if {
	some i, matrix in input.access_matrices
	some role in object.get(matrix.spec, "roles", [])
}

deny contains lib.finding_at(msg, user, "roles") if {
	some i, matrix in input.access_matrices
	some user in object.get(matrix.spec, "users", [])
	object.get(user, "status", "active") != "disabled"
	undefined := {role | some role in object.get(user, "roles", []); not [i, role] in _defined}
	count(undefined) > 0
	msg := sprintf("User %q in %s holds %s %s, which %s not defined in the matrix", [user.id, matrix.metadata.name, _noun(undefined), concat(", ", sort(undefined)), _verb(undefined)])
}

_noun(roles) := "role" if {
	count(roles) == 1
} else := "roles"

_verb(roles) := "is" if {
	count(roles) == 1
} else := "are"
