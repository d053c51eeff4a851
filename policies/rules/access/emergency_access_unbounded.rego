# METADATA
# title: Emergency access is time-limited and reviewed
# description: |
#   Break-glass access bypasses the normal checks, so each use is bounded
#   in time and reviewed afterwards. In an AccessMatrix for a system with
#   ePHI (ephi absent counts as true), an emergency_access entry whose
#   post_use_review is not true, or whose max_duration_hours is missing or
#   longer than the threshold, is a finding at that field. Default
#   threshold: 24 hours, a convention (the rule sets no number); set
#   thresholds.emergency_max_hours.
# custom:
#   id: SG-AC-015
#   citation: 164.312(a)(2)(ii)
#   safeguard: technical
#   specification: required
#   severity: medium
#   evidence: [AccessMatrix]
#   remediation: |
#     Make the break-glass account expire after at most the threshold (24
#     hours by default), have the security official review every use and
#     the records it touched, and record both in emergency_access.
package safeguard.rules.access.emergency_access_unbounded

import data.safeguard.lib

_limit := lib.param("emergency_max_hours")

deny contains lib.finding_at(msg, entry, "post_use_review") if {
	some matrix in input.access_matrices
	some entry in _entries(matrix)
	object.get(entry, "post_use_review", false) != true
	msg := sprintf("Emergency access %q in %s has post_use_review %v; every break-glass use must be reviewed", [entry.account, matrix.metadata.name, object.get(entry, "post_use_review", "not set")])
}

deny contains lib.finding_at(msg, entry, "max_duration_hours") if {
	some matrix in input.access_matrices
	some entry in _entries(matrix)
	not entry.max_duration_hours
	msg := sprintf("Emergency access %q in %s sets no max_duration_hours (threshold: %d hours)", [entry.account, matrix.metadata.name, _limit])
}

deny contains lib.finding_at(msg, entry, "max_duration_hours") if {
	some matrix in input.access_matrices
	some entry in _entries(matrix)
	entry.max_duration_hours > _limit
	msg := sprintf("Emergency access %q in %s lasts up to %d hours, longer than the %d-hour threshold", [entry.account, matrix.metadata.name, entry.max_duration_hours, _limit])
}

_entries(matrix) := object.get(matrix.spec, "emergency_access", []) if object.get(matrix.spec, "ephi", true) == true
