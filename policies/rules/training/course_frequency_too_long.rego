# METADATA
# title: Courses repeat at least as often as the refresher interval
# description: |
#   Training is refreshed periodically. A TrainingRoster course whose
#   frequency_days is longer than the refresher interval is reported as a
#   warning. Default threshold: 365 days, the annual refresher the guides
#   assume (the rule sets no frequency); set thresholds.training_days.
# custom:
#   id: SG-TR-006
#   citation: 164.308(a)(5)(ii)(A)
#   safeguard: administrative
#   specification: addressable
#   severity: medium
#   evidence: [TrainingRoster]
#   remediation: |
#     Shorten the course's frequency_days to the refresher interval, or
#     document why a longer interval is reasonable and appropriate and set
#     thresholds.training_days to match.
package safeguard.rules.training.course_frequency_too_long

import data.safeguard.lib

_limit := lib.param("training_days")

warn contains lib.finding_at(msg, course, "frequency_days") if {
	some roster in input.training_rosters
	some course in object.get(roster.spec, "courses", [])
	course.frequency_days > _limit
	msg := sprintf("Course %s in %s repeats every %d days, longer than the %d-day refresher interval", [course.id, roster.metadata.name, course.frequency_days, _limit])
}
