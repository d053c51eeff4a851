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

# Per member only lookups and one comprehension, no helper function: this
# runs for every member of a large workforce. set() stands for an absent
# job_function (a string when present, the contract says): evidence holds no
# sets, so it is no key of by.
deny contains lib.finding_at(msg, member, "ephi_access_granted") if {
	some i, roster in input.training_rosters
	required := _required[i]
	some member in roster.spec.workforce
	granted := member.ephi_access_granted
	granted >= _window_start
	object.get(member, "status", "active") != "terminated"
	ids := object.get(required.by, object.get(member, "job_function", set()), required.all)
	first := min([c.completed | some c in object.get(member, "completions", []); c.course in ids])
	granted < first
	course := min([c.course | some c in member.completions; c.course in ids; c.completed == first])
	msg := sprintf("Workforce member %s in %s was given ePHI access on %s, %d days before first completing required training (%s on %s)", [member.id, roster.metadata.name, granted, lib.days_between(granted, first), course, first])
}
