# METADATA
# title: Training completions carry a signed policy acknowledgment
# description: |
#   Each training completion records that the member signed the policy
#   acknowledgment, the documented proof that the security policies and
#   procedures were made available to them. A completion of a member who is
#   not terminated whose acknowledged is not true (false or missing) is a
#   gap. No threshold.
# custom:
#   id: SG-TR-003
#   citation: 164.316(b)(2)(ii)
#   safeguard: documentation
#   specification: required
#   severity: low
#   evidence: [TrainingRoster]
#   remediation: |
#     Have the member sign the policy acknowledgment and set acknowledged to
#     true; make the signature part of completing the course.
package safeguard.rules.training.completion_not_acknowledged

import data.safeguard.lib

deny contains lib.finding_at(msg, completion, "acknowledged") if {
	some roster in input.training_rosters
	some member in roster.spec.workforce
	some completion in member.completions

	# The selective test first: few completions lack an acknowledgment, so
	# the member's status is looked at only for those.
	not completion.acknowledged == true
	object.get(member, "status", "active") != "terminated"
	msg := sprintf("Workforce member %s in %s completed %s%s without a signed policy acknowledgment", [member.id, roster.metadata.name, object.get(completion, "course", "a course"), _on(completion)])
}

_on(completion) := sprintf(" on %s", [completion.completed]) if completion.completed

else := ""
