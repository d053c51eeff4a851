# METADATA
# title: Access is revoked promptly when employment ends
# description: |
#   A terminated workforce member's access to ePHI ends with the
#   employment. Each TrainingRoster member whose status is terminated needs
#   an access_revoked date (when every account was disabled) no later than
#   the termination date plus the allowed delay. A missing date, or a later
#   one, is a gap in termination procedures; the message gives the delay in
#   days. Default threshold: 1 day, a convention (the rule sets no deadline;
#   the January 2025 proposal says 1 hour); set thresholds.revocation_days.
# custom:
#   id: SG-WF-002
#   citation: 164.308(a)(3)(ii)(C)
#   safeguard: administrative
#   specification: addressable
#   severity: high
#   evidence: [TrainingRoster]
#   remediation: |
#     Disable every account of the member and record the date in
#     access_revoked. Make account removal a step of the HR termination
#     workflow so that it happens on the last day, and review what the
#     accounts did between termination and revocation.
package safeguard.rules.workforce.access_revocation_late

import data.safeguard.lib

_limit := lib.param("revocation_days")

deny contains lib.finding_at(msg, member, "access_revoked") if {
	some roster in input.training_rosters
	some member in roster.spec.workforce
	member.status == "terminated"
	not member.access_revoked
	msg := sprintf("Workforce member %s in %s is terminated but has no access_revoked date%s (allowed: %s)", [member.id, roster.metadata.name, _open_since(member), _days(_limit)])
}

deny contains lib.finding_at(msg, member, "access_revoked") if {
	some roster in input.training_rosters
	some member in roster.spec.workforce
	member.status == "terminated"
	delay := lib.days_between(member.terminated, member.access_revoked)
	delay > _limit
	msg := sprintf("Workforce member %s in %s had access revoked on %s, %s after termination on %s (allowed: %s)", [member.id, roster.metadata.name, member.access_revoked, _days(delay), member.terminated, _days(_limit)])
}

_open_since(member) := sprintf(", %s after termination on %s", [_days(lib.days_between(member.terminated, input.as_of)), member.terminated]) if member.terminated

else := ""

_days(n) := "1 day" if n == 1

else := sprintf("%d days", [n])
