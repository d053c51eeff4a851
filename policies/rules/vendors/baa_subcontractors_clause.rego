# METADATA
# title: BAAs flow the terms down to subcontractors
# description: |
#   164.314(a)(2)(i) lists what a business associate contract must provide;
#   among them, that the business associate will ensure its subcontractors
#   agree to the same restrictions (164.314(a)(2)(i)(B)). A BAA (executed or
#   pending) of a vendor with ePHI access (absent counts as true) whose
#   clauses.subcontractors is not true, or that records no clauses at all,
#   is a gap. No threshold.
# custom:
#   id: SG-BA-005
#   citation: 164.314(a)(2)(i)
#   safeguard: organizational
#   specification: required
#   severity: medium
#   evidence: [BusinessAssociates]
#   remediation: |
#     Amend the BAA so the vendor must bind every subcontractor that
#     handles the ePHI to the same restrictions and conditions (a
#     subcontractor BAA), and set clauses.subcontractors to true.
package safeguard.rules.vendors.baa_subcontractors_clause

import data.safeguard.lib

_in_scope(vendor) if {
	object.get(vendor, "ephi_access", true) == true
	object.get(vendor, ["baa", "status"], "missing") in {"executed", "pending"}
}

deny contains lib.finding_at(msg, baa, "clauses") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	baa := vendor.baa
	not baa.clauses
	msg := sprintf("BAA of vendor %q in %s records no clauses; it must provide that the vendor will ensure its subcontractors agree to the same restrictions (164.314(a)(2)(i)(B))", [vendor.id, inventory.metadata.name])
}

deny contains lib.finding_at(msg, clauses, "subcontractors") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	clauses := vendor.baa.clauses
	value := object.get(clauses, "subcontractors", "missing")
	value != true
	msg := sprintf("BAA of vendor %q in %s does not provide that the vendor will ensure its subcontractors agree to the same restrictions (clauses.subcontractors is %v; 164.314(a)(2)(i)(B))", [vendor.id, inventory.metadata.name, value])
}
