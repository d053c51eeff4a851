# METADATA
# title: Vendors with ePHI access have an executed BAA
# description: |
#   A vendor that creates, receives, maintains or transmits ePHI for the
#   organisation is a business associate and may do so only under a written
#   contract (a BAA) that is in force. A vendor whose ephi_access is true
#   (absent counts as true) and whose baa is missing, or whose baa.status is
#   anything but executed (pending, none, terminated, or missing), is a gap.
#   SG-BA-001 reports the data stores such a vendor hosts. No threshold.
# custom:
#   id: SG-BA-002
#   citation: 164.308(b)(3)
#   safeguard: administrative
#   specification: required
#   severity: high
#   evidence: [BusinessAssociates]
#   remediation: |
#     Execute a BAA with the vendor before it touches ePHI, or stop sharing
#     ePHI with it and set ephi_access to false. Record the executed BAA
#     (status, signed date, document) in the inventory.
package safeguard.rules.vendors.ephi_vendor_without_baa

import data.safeguard.lib

deny contains lib.finding_at(msg, vendor, "baa") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	object.get(vendor, "ephi_access", true) == true
	not vendor.baa
	msg := sprintf("Vendor %q in %s has ePHI access and no BAA; a business associate needs an executed written contract", [vendor.id, inventory.metadata.name])
}

deny contains lib.finding_at(msg, baa, "status") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	object.get(vendor, "ephi_access", true) == true
	baa := vendor.baa
	status := object.get(baa, "status", "missing")
	status != "executed"
	msg := sprintf("Vendor %q in %s has ePHI access, but its BAA status is %s, not executed", [vendor.id, inventory.metadata.name, status])
}
