# METADATA
# title: Permissions name known record types
# description: |
#   A role's permissions say which records it may touch, and each record
#   type has a retention schedule that says how long it is kept and how it
#   is destroyed. A permission whose resource is not a records[].type of
#   any RetentionSchedule is a link to nothing, reported at the resource
#   field: either the name is wrong or records exist that nobody scheduled.
#   Checked only when the evidence holds a RetentionSchedule. No threshold.
# custom:
#   id: SG-AC-012
#   citation: 164.308(a)(4)(ii)(B)
#   safeguard: administrative
#   specification: addressable
#   severity: low
#   evidence: [AccessMatrix, RetentionSchedule]
#   remediation: |
#     Correct the resource to the record type's name in the retention
#     schedule, or add the record type (retention, stores, disposal) to the
#     RetentionSchedule.
package safeguard.rules.access.permission_resource_unknown

import data.safeguard.lib

deny contains lib.finding_at(msg, permission, "resource") if {
	lib.has_retention
	some matrix in input.access_matrices
	some role in object.get(matrix.spec, "roles", [])
	some permission in object.get(role, "permissions", [])
	not lib.records_by_type[permission.resource]
	msg := sprintf("Role %q in %s grants access to %q, which is not a record type of any RetentionSchedule", [role.name, matrix.metadata.name, permission.resource])
}
