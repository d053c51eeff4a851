# METADATA
# title: Security awareness training reaches the whole workforce
# description: |
#   A security awareness and training program covers all members of the
#   workforce, management included. A TrainingRoster with no course whose
#   required_for lists all has no training that every member must take.
#   No threshold.
# custom:
#   id: SG-TR-004
#   citation: 164.308(a)(5)(ii)(A)
#   safeguard: administrative
#   specification: addressable
#   severity: high
#   evidence: [TrainingRoster]
#   remediation: |
#     Add a security awareness course with required_for [all] to the roster,
#     assign it to every member, and repeat it at least yearly.
package safeguard.rules.training.no_course_for_all

import data.safeguard.lib

deny contains lib.finding_at(msg, roster.spec, "courses") if {
	some roster in input.training_rosters
	not _has_course_for_all(roster)
	msg := sprintf("Training roster %s has no course required for all of the workforce (required_for: [all]); security awareness training must reach every member", [roster.metadata.name])
}

_has_course_for_all(roster) if {
	some course in roster.spec.courses
	"all" in object.get(course, "required_for", [])
}
