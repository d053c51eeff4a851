# METADATA
# title: Audit logs record reads and writes of ePHI
# description: |
#   Audit controls record activity in systems with ePHI, and the activity
#   that matters first is access to the records: who read them and who
#   changed them. An AccessMatrix for a system with ePHI (ephi absent counts
#   as true) whose enabled audit_logging.events lacks read or write is a
#   finding at events. Logging that is missing or off is SG-AC-005; login
#   events are SG-AC-007. No threshold.
# custom:
#   id: SG-AC-006
#   citation: 164.312(b)
#   safeguard: technical
#   specification: required
#   severity: medium
#   evidence: [AccessMatrix]
#   remediation: |
#     Configure the system to log every read and every change of patient
#     records (user, record, time), and add read and write to
#     audit_logging.events.
package safeguard.rules.access.audit_events_incomplete

import data.safeguard.lib

deny contains lib.finding_at(msg, logging, "events") if {
	some matrix in input.access_matrices
	object.get(matrix.spec, "ephi", true) == true
	logging := matrix.spec.audit_logging
	logging.enabled == true
	events := {e | some e in object.get(logging, "events", [])}
	missing := {"read", "write"} - events
	count(missing) > 0
	msg := sprintf("Audit logging of %s does not record %s events (records: %s); access to ePHI must be recorded", [matrix.metadata.name, concat(", ", sort(missing)), _list(events)])
}

_list(events) := concat(", ", sort(events)) if {
	count(events) > 0
} else := "none"
