# METADATA
# title: Multi-factor authentication on every ePHI system (proposed)
# description: |
#   The January 2025 proposed rule (90 FR 898) would require multi-factor
#   authentication for access to relevant electronic information systems,
#   with narrow exceptions. An AccessMatrix for a system with ePHI (ephi
#   absent counts as true) whose mfa_required is not true is a finding under
#   the proposal. No threshold.
# custom:
#   id: SG-NP-008
#   citation: 164.312(d)
#   safeguard: technical
#   specification: required
#   severity: high
#   evidence: [AccessMatrix]
#   profiles: [hipaa-2025-nprm]
#   proposed: true
#   remediation: |
#     Require a second factor (authenticator app, security key or badge
#     plus PIN) for every interactive login to the system, and set
#     mfa_required to true.
package safeguard.rules.nprm.mfa_required

import data.safeguard.lib

deny contains lib.finding_at(msg, matrix.spec, "mfa_required") if {
	some matrix in input.access_matrices
	object.get(matrix.spec, "ephi", true) == true
	object.get(matrix.spec, "mfa_required", false) != true
	msg := sprintf("Access matrix %s covers a system with ePHI and does not require MFA; the proposed rule requires multi-factor authentication", [matrix.metadata.name])
}
