# METADATA
# title: BAAs bind the vendor to the Security Rule
# description: |
#   164.314(a)(2)(i) lists what a business associate contract must provide;
#   among them, that the business associate will comply with the Security
#   Rule (164.314(a)(2)(i)(A)). A BAA (executed or pending) of a vendor with
#   ePHI access (absent counts as true) whose clauses.safeguards is not
#   true, or that records no clauses at all, is a gap. No threshold.
# custom:
#   id: SG-BA-004
#   citation: 164.314(a)(2)(i)
#   safeguard: organizational
#   specification: required
#   severity: high
#   evidence: [BusinessAssociates]
#   remediation: |
#     Amend the BAA so the vendor agrees to comply with the applicable
#     requirements of the Security Rule (45 CFR Part 164, Subpart C) for the
#     ePHI it handles, and set clauses.safeguards to true.
package safeguard.rules.vendors.baa_safeguards_clause

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
	msg := sprintf("BAA of vendor %q in %s records no clauses; it must provide that the vendor will comply with the Security Rule (164.314(a)(2)(i)(A))", [vendor.id, inventory.metadata.name])
}

deny contains lib.finding_at(msg, clauses, "safeguards") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	clauses := vendor.baa.clauses
	value := object.get(clauses, "safeguards", "missing")
	value != true
	msg := sprintf("BAA of vendor %q in %s does not provide that the vendor will comply with the Security Rule (clauses.safeguards is %v; 164.314(a)(2)(i)(A))", [vendor.id, inventory.metadata.name, value])
}
