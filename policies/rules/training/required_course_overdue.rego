# METADATA
# title: Required training is current
# description: |
#   Training is refreshed periodically. For each active TrainingRoster
#   member and each course required for them (required_for lists their
#   job_function, or all), the latest completion must be no older than the
#   course's frequency_days. Default threshold, for a course without
#   frequency_days: 365 days, the annual refresher the guides assume (the
#   rule sets no frequency); set thresholds.training_days. A course never
#   completed is SG-TR-001.
# custom:
#   id: SG-TR-002
#   citation: 164.308(a)(5)(ii)(A)
#   safeguard: administrative
#   specification: addressable
#   severity: medium
#   evidence: [TrainingRoster]
#   remediation: |
#     Have the member retake the course and record the completion. Send
#     reminders before a completion goes stale, and track due dates in the
#     learning system.
package safeguard.rules.training.required_course_overdue

import data.safeguard.lib

_freq(course) := object.get(course, "frequency_days", lib.param("training_days"))

# The oldest current completion date for each frequency in use, computed once.
_cutoffs[f] := lib.days_before(f) if {
	some roster in input.training_rosters
	some course in object.get(roster.spec, "courses", [])
	f := _freq(course)
}

deny contains lib.finding_at(msg, last, "completed") if {
	some roster in input.training_rosters
	some member in roster.spec.workforce
	object.get(member, "status", "active") == "active"
	some course in object.get(roster.spec, "courses", [])
	_applies(course, member)
	taken := [c | some c in object.get(member, "completions", []); c.course == course.id; c.completed]
	latest := max({c.completed | some c in taken})
	freq := _freq(course)
	latest < _cutoffs[freq]
	some last in taken
	last.completed == latest
	msg := sprintf("Workforce member %s in %s last completed required course %s on %s, %d days ago; it is due every %d days", [member.id, roster.metadata.name, course.id, latest, lib.days_between(latest, input.as_of), freq])
}

_applies(course, _) if "all" in object.get(course, "required_for", [])

_applies(course, member) if member.job_function in object.get(course, "required_for", [])
