package safeguard.rules.training.ephi_access_untrained_test

import data.safeguard.rules.training.ephi_access_untrained as rule

_input(member) := {"as_of": "2026-11-01", "training_rosters": [{"metadata": {"name": "staff"}, "spec": {"workforce": [member]}}]}

test_untrained_member_with_access_is_denied if {
	member := {"id": "E1", "status": "active", "ephi_access_granted": "2026-03-01", "completions": []}
	r := rule.deny with input as _input(member)
	r == {{"msg": "Workforce member E1 in staff has had ePHI access since 2026-03-01 and no training completion at all", "at": member, "field": "completions"}}
}

test_missing_completions_list_is_denied if {
	member := {"id": "E1", "status": "active", "ephi_access_granted": "2026-03-01"}
	r := rule.deny with input as _input(member)
	r == {{"msg": "Workforce member E1 in staff has had ePHI access since 2026-03-01 and no training completion at all", "at": member, "field": "completions"}}
}

test_trained_member_passes if {
	r := rule.deny with input as _input({"id": "E1", "status": "active", "ephi_access_granted": "2026-03-01", "completions": [{"course": "security-awareness", "completed": "2026-02-20"}]})
	r == set()
}

test_member_without_access_passes if {
	r := rule.deny with input as _input({"id": "E1", "status": "active"})
	r == set()
}
