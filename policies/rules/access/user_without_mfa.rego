# METADATA
# title: People log in to ePHI systems with a second factor
# description: |
#   Each person who logs in to a system with ePHI proves who they are with
#   more than a password. An active human user (type absent counts as
#   human, status absent as active) recorded with mfa false, in an
#   AccessMatrix for a system with ePHI (ephi absent counts as true), is a
#   finding, whatever the system-wide mfa_required says: an exemption is a
#   gap of its own. Service and emergency accounts and disabled users are
#   not this check. No threshold.
# custom:
#   id: SG-AC-003
#   citation: 164.312(d)
#   safeguard: technical
#   specification: required
#   severity: high
#   evidence: [AccessMatrix]
#   remediation: |
#     Enrol the user in multi-factor authentication and remove the
#     exemption. If a device cannot take a second factor, record the
#     compensating measure in the risk analysis.
package safeguard.rules.access.user_without_mfa

import data.safeguard.lib

deny contains lib.finding_at(msg, user, "mfa") if {
	some matrix in input.access_matrices
	object.get(matrix.spec, "ephi", true) == true
	some user in object.get(matrix.spec, "users", [])
	user.mfa == false
	object.get(user, "type", "human") == "human"
	object.get(user, "status", "active") == "active"
	msg := sprintf("User %q in %s is an active person logging in to a system with ePHI with mfa false; person authentication needs a second factor", [user.id, matrix.metadata.name])
}
