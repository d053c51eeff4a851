# METADATA
# title: Every active member has completed the training required for them
# description: |
#   The organisation trains all of its workforce. For each active
#   TrainingRoster member, every course of the same roster whose required_for
#   lists the member's job_function (or all) needs at least one completion.
#   A required course with no completion is a gap in the training program.
#   No threshold (currency is SG-TR-002).
# custom:
#   id: SG-TR-001
#   citation: 164.308(a)(5)
#   safeguard: administrative
#   specification: required
#   severity: medium
#   evidence: [TrainingRoster]
#   remediation: |
#     Assign the missing course to the member and record the completion.
#     If the member already took it, add the completion to the roster.
package safeguard.rules.training.required_course_missing

import data.safeguard.lib

deny contains lib.finding_at(msg, member, "completions") if {
	some roster in input.training_rosters
	some member in roster.spec.workforce
	object.get(member, "status", "active") == "active"
	done := {c.course | some c in object.get(member, "completions", []); c.course}
	some course in object.get(roster.spec, "courses", [])
	_applies(course, member)
	not course.id in done
	msg := sprintf("Workforce member %s (%s) in %s has no completion of required course %s", [member.id, object.get(member, "job_function", "no job function"), roster.metadata.name, course.id])
}

_applies(course, _) if "all" in object.get(course, "required_for", [])

_applies(course, member) if member.job_function in object.get(course, "required_for", [])
