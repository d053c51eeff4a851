package safeguard.rules.vendors.subcontractor_chain_broken_test

import data.safeguard.rules.vendors.subcontractor_chain_broken as rule

_input(vendors) := {"as_of": "2026-11-01", "business_associates": [{"metadata": {"name": "vendors"}, "spec": {"vendors": vendors}}]}

_sub := {"id": "northwind-dr", "ephi_access": true, "subcontractor_of": "acme-cloud"}

test_parent_with_pending_baa_is_denied if {
	r := rule.deny with input as _input([{"id": "acme-cloud", "baa": {"status": "pending", "clauses": {"subcontractors": true}}}, _sub])
	r == {{"msg": "Vendor \"northwind-dr\" in vendors works under \"acme-cloud\", whose BAA status is pending, not executed; the chain of subcontractor assurances is broken", "at": _sub, "field": "subcontractor_of"}}
}

test_parent_without_baa_is_denied if {
	r := rule.deny with input as _input([{"id": "acme-cloud"}, _sub])
	r == {{"msg": "Vendor \"northwind-dr\" in vendors works under \"acme-cloud\", whose BAA status is missing, not executed; the chain of subcontractor assurances is broken", "at": _sub, "field": "subcontractor_of"}}
}

test_parent_baa_without_subcontractor_clause_is_denied if {
	r := rule.deny with input as _input([{"id": "acme-cloud", "baa": {"status": "executed", "clauses": {"safeguards": true, "subcontractors": false}}}, _sub])
	r == {{"msg": "Vendor \"northwind-dr\" in vendors works under \"acme-cloud\", whose BAA does not require subcontractors to agree to the same terms (clauses.subcontractors); the chain of subcontractor assurances is broken", "at": _sub, "field": "subcontractor_of"}}
}

test_parent_with_executed_flow_down_baa_passes if {
	r := rule.deny with input as _input([{"id": "acme-cloud", "baa": {"status": "executed", "clauses": {"subcontractors": true}}}, _sub])
	r == set()
}

test_unknown_parent_is_not_this_rule if {
	r := rule.deny with input as _input([_sub])
	r == set()
}
