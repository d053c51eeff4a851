# METADATA
# title: Access is reviewed regularly
# description: |
#   Who has access to a system with ePHI is reviewed, and access that is no
#   longer needed is removed. For an AccessMatrix for a system with ePHI
#   (ephi absent counts as true), it is a finding when access_review is
#   missing; when its frequency_days is longer than the threshold; and when
#   last_completed is missing or more days before the assessment date than
#   the smaller of frequency_days and the threshold. Default threshold: 90
#   days, quarterly being the guides' convention (the rule sets no
#   frequency); set thresholds.access_review_days.
# custom:
#   id: SG-AC-010
#   citation: 164.308(a)(4)(ii)(C)
#   safeguard: administrative
#   specification: addressable
#   severity: medium
#   evidence: [AccessMatrix]
#   remediation: |
#     Review every account and role of the system with the managers of the
#     people who hold them, remove what is no longer needed, record the
#     date in access_review.last_completed, and schedule the next review.
package safeguard.rules.access.access_review_overdue

import data.safeguard.lib

_limit := lib.param("access_review_days")

deny contains lib.finding_at(msg, matrix.spec, "access_review") if {
	some matrix in _ephi_matrices
	not matrix.spec.access_review
	msg := sprintf("Access matrix %s records no access_review; access must be reviewed at least every %d days", [matrix.metadata.name, _limit])
}

deny contains lib.finding_at(msg, review, "frequency_days") if {
	some matrix in _ephi_matrices
	review := matrix.spec.access_review
	review.frequency_days > _limit
	msg := sprintf("Access reviews of %s are planned every %d days, longer than the %d-day threshold", [matrix.metadata.name, review.frequency_days, _limit])
}

deny contains lib.finding_at(msg, review, "last_completed") if {
	some matrix in _ephi_matrices
	review := matrix.spec.access_review
	not review.last_completed
	msg := sprintf("Access reviews of %s have no last_completed date (due every %d days)", [matrix.metadata.name, _due(review)])
}

deny contains lib.finding_at(msg, review, "last_completed") if {
	some matrix in _ephi_matrices
	review := matrix.spec.access_review
	done := review.last_completed
	lib.older_than(done, _due(review))
	msg := sprintf("Access review of %s was last completed on %s, %d days ago (due every %d days)", [matrix.metadata.name, done, lib.days_between(done, input.as_of), _due(review)])
}

_ephi_matrices contains matrix if {
	some matrix in input.access_matrices
	object.get(matrix.spec, "ephi", true) == true
}

# The review is due at the planned frequency, but never less often than the threshold.
_due(review) := min({review.frequency_days, _limit}) if {
	review.frequency_days > 0
} else := _limit
