# METADATA
# title: Subcontractors work under a BAA that flows the terms down
# description: |
#   A business associate may let a subcontractor handle ePHI only under a
#   contract that binds it to the same terms, and its own BAA must require
#   that (164.314(a)(2)(i)(B), (a)(2)(iii)). A vendor with ePHI access
#   (absent counts as true) whose subcontractor_of names a vendor whose BAA
#   is not executed, or whose executed BAA lacks clauses.subcontractors, is
#   a broken chain of assurances, reported at the subcontractor_of field.
#   Joins vendors to vendors through the vendor index; an unknown parent is
#   SG-BA-010. No threshold.
# custom:
#   id: SG-BA-011
#   citation: 164.314(a)(2)(iii)
#   safeguard: organizational
#   specification: required
#   severity: high
#   evidence: [BusinessAssociates]
#   remediation: |
#     Execute (or amend) the BAA with the business associate the
#     subcontractor works for so that it requires subcontractor agreements
#     with the same terms, and obtain the subcontractor BAA.
package safeguard.rules.vendors.subcontractor_chain_broken

import data.safeguard.lib

deny contains lib.finding_at(msg, vendor, "subcontractor_of") if {
	lib.has_vendors
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	object.get(vendor, "ephi_access", true) == true
	parent := lib.vendors_by_id[vendor.subcontractor_of]
	status := object.get(parent, ["baa", "status"], "missing")
	status != "executed"
	msg := sprintf("Vendor %q in %s works under %q, whose BAA status is %s, not executed; the chain of subcontractor assurances is broken", [vendor.id, inventory.metadata.name, parent.id, status])
}

deny contains lib.finding_at(msg, vendor, "subcontractor_of") if {
	lib.has_vendors
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	object.get(vendor, "ephi_access", true) == true
	parent := lib.vendors_by_id[vendor.subcontractor_of]
	object.get(parent, ["baa", "status"], "missing") == "executed"
	object.get(parent, ["baa", "clauses", "subcontractors"], false) != true
	msg := sprintf("Vendor %q in %s works under %q, whose BAA does not require subcontractors to agree to the same terms (clauses.subcontractors); the chain of subcontractor assurances is broken", [vendor.id, inventory.metadata.name, parent.id])
}
