# METADATA
# title: Log-in attempts are recorded
# description: |
#   Log-in attempts to systems with ePHI are monitored and discrepancies
#   reported, which needs the attempts to be recorded first. An AccessMatrix
#   for a system with ePHI (ephi absent counts as true) whose enabled
#   audit_logging.events lacks login is a finding at events. Logging that is
#   missing or off is SG-AC-005. No threshold. Addressable: an organisation
#   that monitors log-ins elsewhere (an identity provider) documents it.
# custom:
#   id: SG-AC-007
#   citation: 164.308(a)(5)(ii)(C)
#   safeguard: administrative
#   specification: addressable
#   severity: medium
#   evidence: [AccessMatrix]
#   remediation: |
#     Record successful and failed log-ins (in the system or the identity
#     provider in front of it), alert on repeated failures, and add login to
#     audit_logging.events.
package safeguard.rules.access.login_events_not_logged

import data.safeguard.lib

deny contains lib.finding_at(msg, logging, "events") if {
	some matrix in input.access_matrices
	object.get(matrix.spec, "ephi", true) == true
	logging := matrix.spec.audit_logging
	logging.enabled == true
	not "login" in object.get(logging, "events", [])
	msg := sprintf("Audit logging of %s does not record login events; log-in attempts cannot be monitored", [matrix.metadata.name])
}
