# METADATA
# title: ePHI systems have an emergency access path
# description: |
#   Necessary ePHI can be obtained during an emergency, when the usual
#   logins or the identity provider are unavailable. An AccessMatrix for a
#   system with ePHI (ephi absent counts as true) with no emergency_access
#   entry is reported as a warning at emergency_access: the procedure may
#   live outside the system (a downtime report, a read-only replica), but
#   the matrix does not show it. No threshold.
# custom:
#   id: SG-AC-016
#   citation: 164.312(a)(2)(ii)
#   safeguard: technical
#   specification: required
#   severity: medium
#   evidence: [AccessMatrix]
#   remediation: |
#     Set up a break-glass account of type emergency (disabled until needed,
#     time-limited, reviewed after each use) and list it under
#     emergency_access, or document the system's other emergency access
#     procedure.
package safeguard.rules.access.emergency_access_missing

import data.safeguard.lib

warn contains lib.finding_at(msg, matrix.spec, "emergency_access") if {
	some matrix in input.access_matrices
	object.get(matrix.spec, "ephi", true) == true
	count(object.get(matrix.spec, "emergency_access", [])) == 0
	msg := sprintf("Access matrix %s covers a system with ePHI and lists no emergency_access; how ePHI is obtained in an emergency is not shown", [matrix.metadata.name])
}
