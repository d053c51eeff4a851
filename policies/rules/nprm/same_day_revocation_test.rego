package safeguard.rules.nprm.same_day_revocation_test

import data.safeguard.rules.nprm.same_day_revocation as rule

_input(member) := {"as_of": "2026-11-01", "training_rosters": [{"metadata": {"name": "staff"}, "spec": {"workforce": [member]}}]}

test_next_day_revocation_is_denied if {
	member := {"id": "E1", "status": "terminated", "terminated": "2026-10-01", "access_revoked": "2026-10-02"}
	r := rule.deny with input as _input(member)
	r == {{"msg": "Workforce member E1 in staff was terminated on 2026-10-01 but access was revoked on 2026-10-02, 1 day(s) later; the proposed rule requires revocation within 1 hour", "at": member, "field": "access_revoked"}}
}

test_same_day_revocation_passes if {
	r := rule.deny with input as _input({"id": "E1", "status": "terminated", "terminated": "2026-10-01", "access_revoked": "2026-10-01"})
	r == set()
}

test_missing_revocation_is_left_to_sg_wf_002 if {
	r := rule.deny with input as _input({"id": "E1", "status": "terminated", "terminated": "2026-10-01"})
	r == set()
}
