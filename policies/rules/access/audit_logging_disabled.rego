# METADATA
# title: ePHI systems record activity in audit logs
# description: |
#   A system with ePHI has hardware, software or procedural mechanisms that
#   record and examine activity in it. An AccessMatrix for a system with
#   ePHI (ephi absent counts as true) without audit_logging, or whose
#   audit_logging.enabled is not true, is a finding. What is logged, how
#   long it is kept and whether it is reviewed are SG-AC-006 to SG-AC-009.
#   No threshold.
# custom:
#   id: SG-AC-005
#   citation: 164.312(b)
#   safeguard: technical
#   specification: required
#   severity: high
#   evidence: [AccessMatrix]
#   remediation: |
#     Turn on the system's audit log (or forward its events to a log
#     platform) so that every access to ePHI is recorded with who, what and
#     when, and record it under audit_logging with enabled true.
package safeguard.rules.access.audit_logging_disabled

import data.safeguard.lib

deny contains lib.finding_at(msg, matrix.spec, "audit_logging") if {
	some matrix in input.access_matrices
	object.get(matrix.spec, "ephi", true) == true
	not matrix.spec.audit_logging
	msg := sprintf("Access matrix %s records no audit_logging; activity in a system with ePHI must be recorded", [matrix.metadata.name])
}

deny contains lib.finding_at(msg, logging, "enabled") if {
	some matrix in input.access_matrices
	object.get(matrix.spec, "ephi", true) == true
	logging := matrix.spec.audit_logging
	object.get(logging, "enabled", false) != true
	msg := sprintf("Audit logging of %s has enabled %v; activity in a system with ePHI must be recorded", [matrix.metadata.name, object.get(logging, "enabled", "not set")])
}
