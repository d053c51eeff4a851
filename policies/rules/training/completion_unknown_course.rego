# METADATA
# title: Completions name a course of the roster
# description: |
#   A training record proves training only when it names a course the
#   program defines. A completion whose course is not among the courses of
#   its own TrainingRoster is a link to nothing, reported at the course
#   field. A roster that defines no courses at all is not checked here
#   (SG-TR-004 reports it). No threshold.
# custom:
#   id: SG-TR-005
#   citation: 164.308(a)(5)
#   safeguard: administrative
#   specification: required
#   severity: low
#   evidence: [TrainingRoster]
#   remediation: |
#     Correct the course id of the completion, or add the course (with its
#     frequency_days and required_for) to the roster.
package safeguard.rules.training.completion_unknown_course

import data.safeguard.lib

deny contains lib.finding_at(msg, completion, "course") if {
	some roster in input.training_rosters
	known := {c.id | some c in object.get(roster.spec, "courses", []); c.id}
	count(known) > 0
	some member in roster.spec.workforce
	some completion in member.completions

	# A set lookup, not a membership call: this runs for every completion.
	# Every element of known is truthy (the c.id test), so a hit passes.
	not known[completion.course]
	msg := sprintf("Completion by workforce member %s in %s names course %q, which the roster does not define", [member.id, roster.metadata.name, completion.course])
}
