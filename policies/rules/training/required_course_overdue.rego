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

# Per roster, computed once rather than per member: each course with its
# frequency, oldest current completion date and the set it is required for.
_courses[i] := [{"course": course, "freq": f, "cutoff": lib.days_before(f), "for": {x | some x in object.get(course, "required_for", [])}} |
	some course in object.get(roster.spec, "courses", [])
	f := _freq(course)
] if {
	some i, roster in input.training_rosters
}

deny contains lib.finding_at(msg, last, "completed") if {
	some i, roster in input.training_rosters
	some member in roster.spec.workforce
	object.get(member, "status", "active") == "active"
	some c in _courses[i]
	_applies(c.for, member)
	course := c.course
	taken := [t | some t in object.get(member, "completions", []); t.course == course.id; t.completed]
	latest := max({t.completed | some t in taken})
	latest < c.cutoff
	some last in taken
	last.completed == latest
	msg := sprintf("Workforce member %s in %s last completed required course %s on %s, %d days ago; it is due every %d days", [member.id, roster.metadata.name, course.id, latest, lib.days_between(latest, input.as_of), c.freq])
}

_applies(required_for, _) if "all" in required_for

_applies(required_for, member) if member.job_function in required_for
