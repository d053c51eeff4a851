# METADATA
# title: No shared logins for people
# description: |
#   Every person who uses a system with ePHI has a login of their own, so
#   that what they do can be traced to them. A human account marked shared
#   is a gap in unique user identification.
# custom:
#   id: SG-AC-001
#   citation: 164.312(a)(2)(i)
#   safeguard: technical
#   specification: required
#   severity: high
#   evidence: [AccessMatrix]
#   remediation: |
#     Give each person their own account and disable the shared one. If a
#     device must stay logged in (a nursing station), use fast user switching
#     or badge tap, not a shared password.
package safeguard.rules.access.shared_accounts

import data.safeguard.lib

deny contains lib.finding_at(msg, user, "shared") if {
	some matrix in input.access_matrices
	some user in matrix.spec.users
	user.shared == true
	object.get(user, "type", "human") == "human"
	msg := sprintf("User %q in %s is a shared login; each person needs a unique user id", [user.id, matrix.metadata.name])
}
