# METADATA
# title: Sessions log off automatically
# description: |
#   An unattended session on a system with ePHI ends by itself after a
#   period of inactivity. An AccessMatrix for a system with ePHI (ephi
#   absent counts as true) without session_timeout_minutes, with 0 or less
#   (no automatic logoff), or with more than the threshold is a finding at
#   that field. Default threshold: 15 minutes, the common convention (the
#   rule sets no number); set thresholds.session_timeout_minutes.
#   Addressable: an organisation that chose an equivalent measure (badge
#   tap-out, proximity lock) documents why.
# custom:
#   id: SG-AC-004
#   citation: 164.312(a)(2)(iii)
#   safeguard: technical
#   specification: addressable
#   severity: medium
#   evidence: [AccessMatrix]
#   remediation: |
#     Configure the system to end or lock idle sessions after at most the
#     threshold (15 minutes by default) and record it in
#     session_timeout_minutes. Shared workstations in clinical areas may need
#     a shorter timeout together with fast re-authentication.
package safeguard.rules.access.session_timeout

import data.safeguard.lib

_limit := lib.param("session_timeout_minutes")

deny contains lib.finding_at(msg, matrix.spec, "session_timeout_minutes") if {
	some matrix in _ephi_matrices
	not matrix.spec.session_timeout_minutes
	msg := sprintf("Access matrix %s records no session_timeout_minutes, so automatic logoff is not shown (threshold: %d minutes)", [matrix.metadata.name, _limit])
}

deny contains lib.finding_at(msg, matrix.spec, "session_timeout_minutes") if {
	some matrix in _ephi_matrices
	minutes := matrix.spec.session_timeout_minutes
	minutes <= 0
	msg := sprintf("Access matrix %s has session_timeout_minutes %d, which turns automatic logoff off (threshold: %d minutes)", [matrix.metadata.name, minutes, _limit])
}

deny contains lib.finding_at(msg, matrix.spec, "session_timeout_minutes") if {
	some matrix in _ephi_matrices
	minutes := matrix.spec.session_timeout_minutes
	minutes > _limit
	msg := sprintf("Access matrix %s logs idle sessions off after %d minutes, more than the %d-minute threshold", [matrix.metadata.name, minutes, _limit])
}

_ephi_matrices contains matrix if {
	some matrix in input.access_matrices
	object.get(matrix.spec, "ephi", true) == true
}
