# METADATA
# title: No ePHI access without any training
# description: |
#   Every member of the workforce with access to ePHI is trained. An active
#   TrainingRoster member with an ephi_access_granted date and no training
#   completion at all has access and no record of any training. No
#   threshold.
# custom:
#   id: SG-TR-007
#   citation: 164.308(a)(5)
#   safeguard: administrative
#   specification: required
#   severity: high
#   evidence: [TrainingRoster]
#   remediation: |
#     Train the member now (security awareness first) or suspend their ePHI
#     access until they are; if they were trained, add the completions to
#     the roster.
package safeguard.rules.training.ephi_access_untrained

import data.safeguard.lib

deny contains lib.finding_at(msg, member, "completions") if {
	some roster in input.training_rosters
	some member in roster.spec.workforce

	# The selective test first: almost every member has a completion.
	count(object.get(member, "completions", [])) == 0
	object.get(member, "status", "active") == "active"
	member.ephi_access_granted
	msg := sprintf("Workforce member %s in %s has had ePHI access since %s and no training completion at all", [member.id, roster.metadata.name, member.ephi_access_granted])
}
