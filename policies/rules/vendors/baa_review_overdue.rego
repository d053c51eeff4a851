# METADATA
# title: Executed BAAs are reviewed periodically
# description: |
#   A BAA is kept current with the services the vendor provides and the
#   ePHI it handles. An executed BAA of a vendor with ePHI access (absent
#   counts as true) whose last_reviewed date is missing or older than the
#   threshold is reported as a warning. Default threshold: 365 days, a
#   yearly review by convention (the rule sets no frequency); set
#   thresholds.baa_review_days.
# custom:
#   id: SG-BA-009
#   citation: 164.308(b)(3)
#   safeguard: administrative
#   specification: required
#   severity: medium
#   evidence: [BusinessAssociates]
#   remediation: |
#     Review the BAA against the vendor's current services, subcontractors
#     and data flows, amend it where needed, and record the review date as
#     last_reviewed.
package safeguard.rules.vendors.baa_review_overdue

import data.safeguard.lib

_days := lib.param("baa_review_days")

_cutoff := lib.days_before(_days)

_in_scope(vendor) if {
	object.get(vendor, "ephi_access", true) == true
	object.get(vendor, ["baa", "status"], "missing") == "executed"
}

warn contains lib.finding_at(msg, baa, "last_reviewed") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	baa := vendor.baa
	not baa.last_reviewed
	msg := sprintf("BAA of vendor %q in %s has no last_reviewed date; review it at least every %d days", [vendor.id, inventory.metadata.name, _days])
}

warn contains lib.finding_at(msg, baa, "last_reviewed") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	baa := vendor.baa
	baa.last_reviewed < _cutoff
	msg := sprintf("BAA of vendor %q in %s was last reviewed on %s, more than %d days ago", [vendor.id, inventory.metadata.name, baa.last_reviewed, _days])
}
