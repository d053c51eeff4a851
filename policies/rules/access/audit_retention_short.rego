# METADATA
# title: Audit logs are kept six years
# description: |
#   Audit logs and the reviews made of them are documentation of the
#   Security Rule's audit controls, and documentation is kept 6 years from
#   its creation (164.316(b)(2)(i)). An AccessMatrix for a system with ePHI
#   (ephi absent counts as true) whose enabled audit_logging has no
#   retention_days, or fewer days than the threshold, is a finding at
#   retention_days. Logging that is missing or off is SG-AC-005. Default
#   threshold: 2190 days (6 years); set thresholds.audit_retention_days.
# custom:
#   id: SG-AC-009
#   citation: 164.316(b)(2)(i)
#   safeguard: documentation
#   specification: required
#   severity: low
#   evidence: [AccessMatrix]
#   remediation: |
#     Keep the system's audit logs for at least 6 years (archive older
#     entries to cheaper immutable storage if need be), and record it in
#     audit_logging.retention_days.
package safeguard.rules.access.audit_retention_short

import data.safeguard.lib

_limit := lib.param("audit_retention_days")

deny contains lib.finding_at(msg, logging, "retention_days") if {
	some matrix in input.access_matrices
	logging := _enabled_logging(matrix)
	not logging.retention_days
	msg := sprintf("Audit logs of %s record no retention_days; they are documentation kept at least %d days", [matrix.metadata.name, _limit])
}

deny contains lib.finding_at(msg, logging, "retention_days") if {
	some matrix in input.access_matrices
	logging := _enabled_logging(matrix)
	days := logging.retention_days
	days < _limit
	msg := sprintf("Audit logs of %s are kept %d days, fewer than the %d-day threshold", [matrix.metadata.name, days, _limit])
}

_enabled_logging(matrix) := logging if {
	object.get(matrix.spec, "ephi", true) == true
	logging := matrix.spec.audit_logging
	logging.enabled == true
}
