# METADATA
# title: Executed BAAs are on file with their signing date
# description: |
#   A BAA is documentation the organisation must keep in written (or
#   electronic) form and be able to produce. An executed BAA of a vendor
#   with ePHI access (absent counts as true) with no document (where the
#   signed agreement is kept) or no signed date is a finding, one per
#   missing field. No threshold; keep BAAs 6 years after they end
#   (164.316(b)(2)(i), SG-RT-001).
# custom:
#   id: SG-BA-014
#   citation: 164.316(b)(1)
#   safeguard: documentation
#   specification: required
#   severity: medium
#   evidence: [BusinessAssociates]
#   remediation: |
#     File the countersigned BAA where it can be produced on request and
#     record its location as document and its signing date as signed.
package safeguard.rules.vendors.baa_undocumented

import data.safeguard.lib

_in_scope(vendor) if {
	object.get(vendor, "ephi_access", true) == true
	object.get(vendor, ["baa", "status"], "missing") == "executed"
}

deny contains lib.finding_at(msg, baa, "document") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	baa := vendor.baa
	not baa.document
	msg := sprintf("Executed BAA of vendor %q in %s names no document; keep the signed agreement on file", [vendor.id, inventory.metadata.name])
}

deny contains lib.finding_at(msg, baa, "signed") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	baa := vendor.baa
	not baa.signed
	msg := sprintf("Executed BAA of vendor %q in %s has no signed date", [vendor.id, inventory.metadata.name])
}
