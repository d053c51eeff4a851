# METADATA
# title: ePHI systems require multi-factor authentication
# description: |
#   A system with ePHI verifies that a person seeking access is the one
#   claimed. A password alone is the weakest form of that proof, and the
#   guides (NIST SP 800-63B, HHS's cybersecurity performance goals) expect a
#   second factor for interactive access to ePHI. An AccessMatrix for a
#   system with ePHI (ephi absent counts as true) whose mfa_required is not
#   true is a finding. Per-user exceptions are SG-AC-003. No threshold.
# custom:
#   id: SG-AC-002
#   citation: 164.312(d)
#   safeguard: technical
#   specification: required
#   severity: high
#   evidence: [AccessMatrix]
#   remediation: |
#     Require a second factor (authenticator app, security key, or badge
#     plus PIN) for every interactive login to the system, and set
#     mfa_required to true.
package safeguard.rules.access.mfa_not_required

import data.safeguard.lib

deny contains lib.finding_at(msg, matrix.spec, "mfa_required") if {
	some matrix in input.access_matrices
	object.get(matrix.spec, "ephi", true) == true
	object.get(matrix.spec, "mfa_required", false) != true
	msg := sprintf("Access matrix %s covers a system with ePHI and mfa_required is %v; person authentication needs more than a password", [matrix.metadata.name, object.get(matrix.spec, "mfa_required", "not set")])
}
