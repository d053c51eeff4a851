# METADATA
# title: Security training comes before ePHI access
# description: |
#   A workforce member is trained before being given access to ePHI. For
#   each member who is not terminated, the ephi_access_granted date is
#   compared with the member's first completion of any course the roster
#   requires for them (required_for lists their job_function, or all); access
#   granted before that first completion is a finding. Members with no
#   completion of a required course are left to SG-TR-001 and SG-TR-007.
#   Default: training before access is the convention the guides assume (the
#   rule sets no order). Access granted before the documentation retention
#   window (6 years, 164.316(b)(2)(i); thresholds.documentation_retention_years)
#   is not checked, since the training record of that time may have been
#   lawfully disposed of.
# custom:
#   id: SG-WF-003
#   citation: 164.308(a)(5)
#   safeguard: administrative
#   specification: required
#   severity: medium
#   evidence: [TrainingRoster]
#   remediation: |
#     Make completion of the security awareness course a precondition of the
#     access request, and check it when the account is created. For members
#     already given access, record why and when they were trained.
package safeguard.rules.workforce.access_before_training

import data.safeguard.lib

# The earliest grant date still inside the documentation retention window.
_window_start := time.format([time.add_date(lib.as_of_ns, 0 - lib.param("documentation_retention_years"), 0, 0), "UTC", "2006-01-02"])

deny contains lib.finding_at(msg, member, "ephi_access_granted") if {
	some roster in input.training_rosters
	some member in roster.spec.workforce
	object.get(member, "status", "active") != "terminated"
	granted := member.ephi_access_granted
	granted >= _window_start
	required := {c.id | some c in object.get(roster.spec, "courses", []); _applies(c, member)}
	first := min({c.completed | some c in object.get(member, "completions", []); c.course in required; c.completed})
	granted < first
	course := min({c.course | some c in member.completions; c.course in required; c.completed == first})
	msg := sprintf("Workforce member %s in %s was given ePHI access on %s, %d days before first completing required training (%s on %s)", [member.id, roster.metadata.name, granted, lib.days_between(granted, first), course, first])
}

_applies(course, _) if "all" in object.get(course, "required_for", [])

_applies(course, member) if member.job_function in object.get(course, "required_for", [])
