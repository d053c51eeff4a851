package safeguard.rules.vendors.baa_incident_reporting_clause_test

import data.safeguard.rules.vendors.baa_incident_reporting_clause as rule

_input(vendor) := {"as_of": "2026-11-01", "business_associates": [{"metadata": {"name": "vendors"}, "spec": {"vendors": [vendor]}}]}

_all := {"safeguards": true, "subcontractors": true, "incident_reporting": true, "return_or_destroy": true, "termination_for_violation": true, "hhs_access": true}

test_clause_false_is_denied if {
	clauses := object.union(_all, {"incident_reporting": false})
	r := rule.deny with input as _input({"id": "acme", "ephi_access": true, "baa": {"status": "executed", "clauses": clauses}})
	r == {{"msg": "BAA of vendor \"acme\" in vendors does not provide that the vendor will report security incidents, including breaches of unsecured PHI (clauses.incident_reporting is false; 164.314(a)(2)(i)(C))", "at": clauses, "field": "incident_reporting"}}
}

test_clause_missing_in_pending_baa_is_denied if {
	clauses := object.remove(_all, {"incident_reporting"})
	r := rule.deny with input as _input({"id": "acme", "baa": {"status": "pending", "clauses": clauses}})
	r == {{"msg": "BAA of vendor \"acme\" in vendors does not provide that the vendor will report security incidents, including breaches of unsecured PHI (clauses.incident_reporting is missing; 164.314(a)(2)(i)(C))", "at": clauses, "field": "incident_reporting"}}
}

test_baa_without_clauses_is_denied if {
	baa := {"status": "executed", "signed": "2024-03-01"}
	r := rule.deny with input as _input({"id": "acme", "ephi_access": true, "baa": baa})
	r == {{"msg": "BAA of vendor \"acme\" in vendors records no clauses; it must provide that the vendor will report security incidents, including breaches of unsecured PHI (164.314(a)(2)(i)(C))", "at": baa, "field": "clauses"}}
}

test_baa_with_the_clause_passes if {
	r := rule.deny with input as _input({"id": "acme", "ephi_access": true, "baa": {"status": "executed", "clauses": _all}})
	r == set()
}

test_terminated_baa_and_vendor_without_ephi_access_pass if {
	r1 := rule.deny with input as _input({"id": "old", "baa": {"status": "terminated", "clauses": {}}})
	r1 == set()
	r2 := rule.deny with input as _input({"id": "printer-co", "ephi_access": false, "baa": {"status": "executed", "clauses": {}}})
	r2 == set()
}
