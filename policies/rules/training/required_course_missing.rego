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

# Per roster, computed once rather than per member: the ids of the courses
# required for all, and for each job function some required_for names, the
# ids of the courses required for it (those for all included).
_required[i] := {"all": for_all, "by": by} if {
	some i, roster in input.training_rosters
	courses := object.get(roster.spec, "courses", [])
	for_all := [course.id | some course in courses; "all" in object.get(course, "required_for", [])]
	by := {f: array.concat(for_all, [c.id | some c in courses; f in object.get(c, "required_for", []); not "all" in object.get(c, "required_for", [])]) |
		some course in courses
		some f in object.get(course, "required_for", [])
	}
}

# Per member only lookups, no helper function: this runs for every member of
# a large workforce, and a call per member costs more than the check. set()
# stands for an absent job_function (a string when present, the contract
# says): evidence holds no sets, so it is no key of by.
deny contains lib.finding_at(msg, member, "completions") if {
	some i, roster in input.training_rosters
	required := _required[i]
	some member in roster.spec.workforce
	object.get(member, "status", "active") == "active"
	done := [c.course | some c in object.get(member, "completions", [])]
	some id in object.get(required.by, object.get(member, "job_function", set()), required.all)
	not id in done
	msg := sprintf("Workforce member %s (%s) in %s has no completion of required course %s", [member.id, object.get(member, "job_function", "no job function"), roster.metadata.name, id])
}
