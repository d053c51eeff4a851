package safeguard.rules.vendors.baa_required_clauses_test

import data.safeguard.rules.vendors.baa_required_clauses as rule

_input(vendor) := {"as_of": "2026-11-01", "business_associates": [{"metadata": {"name": "vendors"}, "spec": {"vendors": [vendor]}}]}

_all := {"safeguards": true, "subcontractors": true, "incident_reporting": true, "return_or_destroy": true, "termination_for_violation": true, "hhs_access": true}

test_missing_clauses_are_denied_one_each if {
	clauses := {"safeguards": true, "subcontractors": true, "incident_reporting": true, "return_or_destroy": false, "hhs_access": true}
	r := rule.deny with input as _input({"id": "acme", "ephi_access": true, "baa": {"status": "executed", "clauses": clauses}})
	r == {
		{"msg": "BAA of vendor \"acme\" in vendors lacks clauses.return_or_destroy (false): return or destroy all PHI at termination, 164.504(e)(2)(ii)(J)", "at": clauses, "field": "return_or_destroy"},
		{"msg": "BAA of vendor \"acme\" in vendors lacks clauses.termination_for_violation (missing): termination if the vendor violates a material term, 164.504(e)(2)(iii)", "at": clauses, "field": "termination_for_violation"},
	}
}

test_hhs_access_false_is_denied if {
	clauses := object.union(_all, {"hhs_access": false})
	r := rule.deny with input as _input({"id": "acme", "baa": {"status": "pending", "clauses": clauses}})
	r == {{"msg": "BAA of vendor \"acme\" in vendors lacks clauses.hhs_access (false): books and records available to the Secretary of HHS, 164.504(e)(2)(ii)(I)", "at": clauses, "field": "hhs_access"}}
}

test_baa_without_clauses_is_denied_per_element if {
	baa := {"status": "executed"}
	r := rule.deny with input as _input({"id": "acme", "ephi_access": true, "baa": baa})
	r == {
		{"msg": "BAA of vendor \"acme\" in vendors records no clauses, so lacks clauses.return_or_destroy: return or destroy all PHI at termination, 164.504(e)(2)(ii)(J)", "at": baa, "field": "clauses"},
		{"msg": "BAA of vendor \"acme\" in vendors records no clauses, so lacks clauses.termination_for_violation: termination if the vendor violates a material term, 164.504(e)(2)(iii)", "at": baa, "field": "clauses"},
		{"msg": "BAA of vendor \"acme\" in vendors records no clauses, so lacks clauses.hhs_access: books and records available to the Secretary of HHS, 164.504(e)(2)(ii)(I)", "at": baa, "field": "clauses"},
	}
}

test_complete_baa_passes if {
	r := rule.deny with input as _input({"id": "acme", "ephi_access": true, "baa": {"status": "executed", "clauses": _all}})
	r == set()
}

test_vendor_without_ephi_access_passes if {
	r := rule.deny with input as _input({"id": "printer-co", "ephi_access": false, "baa": {"status": "executed", "clauses": {}}})
	r == set()
}
