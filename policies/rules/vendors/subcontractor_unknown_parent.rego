# METADATA
# title: Subcontractors name a known vendor
# description: |
#   A subcontractor handles ePHI under the contract of the business
#   associate it works for, so the inventory must say which one. A vendor
#   whose subcontractor_of names no vendor id of any BusinessAssociates
#   inventory is a link to nothing, reported at the subcontractor_of field;
#   the chain of assurances cannot be checked (SG-BA-011). No threshold.
# custom:
#   id: SG-BA-010
#   citation: 164.314(a)(2)(iii)
#   safeguard: organizational
#   specification: required
#   severity: medium
#   evidence: [BusinessAssociates]
#   remediation: |
#     Correct subcontractor_of to the id of the business associate the
#     vendor works for, or add that business associate (with its BAA) to
#     the inventory.
package safeguard.rules.vendors.subcontractor_unknown_parent

import data.safeguard.lib

deny contains lib.finding_at(msg, vendor, "subcontractor_of") if {
	lib.has_vendors
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	parent := vendor.subcontractor_of
	not lib.vendors_by_id[parent]
	msg := sprintf("Vendor %q in %s is a subcontractor of %q, which is not a vendor of any BusinessAssociates inventory", [vendor.id, inventory.metadata.name, parent])
}
