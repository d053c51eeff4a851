# METADATA
# title: BAAs hold the other required contract terms
# description: |
#   Besides the Security Rule terms, a business associate contract must hold
#   the elements of 164.504(e): return or destruction of all PHI at
#   termination (164.504(e)(2)(ii)(J)), termination by the covered entity
#   when the business associate violates a material term (164.504(e)(2)(iii))
#   and the business associate's books and records made available to the
#   Secretary of HHS (164.504(e)(2)(ii)(I)). For a BAA (executed or pending)
#   of a vendor with ePHI access (absent counts as true), each of
#   clauses.return_or_destroy, clauses.termination_for_violation and
#   clauses.hhs_access that is not true is one finding; a BAA that records
#   no clauses at all gets one finding per element. No threshold.
# custom:
#   id: SG-BA-007
#   citation: 164.308(b)(3)
#   safeguard: administrative
#   specification: required
#   severity: medium
#   evidence: [BusinessAssociates]
#   remediation: |
#     Amend the BAA (most model BAAs, such as HHS's sample provisions, hold
#     all three terms) and set the clause to true in the inventory.
package safeguard.rules.vendors.baa_required_clauses

import data.safeguard.lib

_elements := {
	"return_or_destroy": "return or destroy all PHI at termination, 164.504(e)(2)(ii)(J)",
	"termination_for_violation": "termination if the vendor violates a material term, 164.504(e)(2)(iii)",
	"hhs_access": "books and records available to the Secretary of HHS, 164.504(e)(2)(ii)(I)",
}

_in_scope(vendor) if {
	object.get(vendor, "ephi_access", true) == true
	object.get(vendor, ["baa", "status"], "missing") in {"executed", "pending"}
}

deny contains lib.finding_at(msg, clauses, clause) if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	clauses := vendor.baa.clauses
	some clause, element in _elements
	value := object.get(clauses, clause, "missing")
	value != true
	msg := sprintf("BAA of vendor %q in %s lacks clauses.%s (%v): %s", [vendor.id, inventory.metadata.name, clause, value, element])
}

deny contains lib.finding_at(msg, baa, "clauses") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	baa := vendor.baa
	not baa.clauses
	some clause, element in _elements
	msg := sprintf("BAA of vendor %q in %s records no clauses, so lacks clauses.%s: %s", [vendor.id, inventory.metadata.name, clause, element])
}
