# METADATA
# title: Audit logs are reviewed regularly
# description: |
#   Records of information system activity (audit logs, access reports) are
#   reviewed regularly, or they catch nothing. An AccessMatrix for a system
#   with ePHI (ephi absent counts as true) whose enabled audit_logging has
#   no last_reviewed date, or one more than the threshold before the
#   assessment date, is a finding at last_reviewed. Logging that is missing
#   or off is SG-AC-005. Default threshold: 30 days, monthly review being
#   the convention (the rule sets no frequency); set
#   thresholds.audit_review_days.
# custom:
#   id: SG-AC-008
#   citation: 164.308(a)(1)(ii)(D)
#   safeguard: administrative
#   specification: required
#   severity: medium
#   evidence: [AccessMatrix]
#   remediation: |
#     Review the system's audit logs (access to VIP and employee records,
#     after-hours access, failed log-ins, exports), keep a record of each
#     review and what it found, and update audit_logging.last_reviewed.
package safeguard.rules.access.audit_review_stale

import data.safeguard.lib

_limit := lib.param("audit_review_days")

deny contains lib.finding_at(msg, logging, "last_reviewed") if {
	some matrix in input.access_matrices
	logging := _enabled_logging(matrix)
	not logging.last_reviewed
	msg := sprintf("Audit logs of %s have no last_reviewed date; activity must be reviewed at least every %d days", [matrix.metadata.name, _limit])
}

deny contains lib.finding_at(msg, logging, "last_reviewed") if {
	some matrix in input.access_matrices
	logging := _enabled_logging(matrix)
	reviewed := logging.last_reviewed
	lib.older_than(reviewed, _limit)
	msg := sprintf("Audit logs of %s were last reviewed on %s, %d days ago (threshold: %d days)", [matrix.metadata.name, reviewed, lib.days_between(reviewed, input.as_of), _limit])
}

_enabled_logging(matrix) := logging if {
	object.get(matrix.spec, "ephi", true) == true
	logging := matrix.spec.audit_logging
	logging.enabled == true
}
