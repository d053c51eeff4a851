# METADATA
# title: Executed BAAs have not expired
# description: |
#   A BAA protects ePHI only while it is in force. An executed BAA of a
#   vendor with ePHI access (absent counts as true) whose expires date is
#   before the assessment date (--as-of) leaves the vendor holding ePHI
#   without a contract. A BAA with no expires date is evergreen and passes.
#   No threshold: the date of the contract itself.
# custom:
#   id: SG-BA-003
#   citation: 164.308(b)(3)
#   safeguard: administrative
#   specification: required
#   severity: high
#   evidence: [BusinessAssociates]
#   remediation: |
#     Renew the BAA (or amend it to renew automatically) and record the new
#     expires date; if the relationship has ended, have the vendor return or
#     destroy the ePHI and set ephi_access to false.
package safeguard.rules.vendors.baa_expired

import data.safeguard.lib

deny contains lib.finding_at(msg, baa, "expires") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	object.get(vendor, "ephi_access", true) == true
	baa := vendor.baa
	baa.status == "executed"
	lib.expired(baa.expires)
	msg := sprintf("BAA of vendor %q in %s expired on %s (as of %s); the vendor has ePHI access without a contract in force", [vendor.id, inventory.metadata.name, baa.expires, input.as_of])
}
