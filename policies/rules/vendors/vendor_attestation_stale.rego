# METADATA
# title: Vendors with ePHI access give current security assurances
# description: |
#   The organisation may let a business associate handle ePHI only after
#   obtaining satisfactory assurances that it will safeguard it; a current
#   independent attestation (SOC 2 Type II, HITRUST, ISO 27001) or a
#   security questionnaire is the usual evidence. A vendor with ePHI access
#   (absent counts as true) whose BAA is not terminated and whose
#   attestation is missing, of type none, or dated missing or older than
#   the threshold is reported as a warning. Default threshold: 365 days, a
#   yearly attestation by convention (the rule sets no frequency); set
#   thresholds.attestation_days. SG-NP-006 holds the same evidence to the
#   January 2025 proposal's yearly written verification.
# custom:
#   id: SG-BA-012
#   citation: 164.308(b)(1)
#   safeguard: administrative
#   specification: required
#   severity: medium
#   evidence: [BusinessAssociates]
#   remediation: |
#     Obtain the vendor's current SOC 2 Type II, HITRUST or ISO 27001 report
#     (or a completed security questionnaire), review it, and record its
#     type and date in the inventory.
package safeguard.rules.vendors.vendor_attestation_stale

import data.safeguard.lib

_days := lib.param("attestation_days")

_cutoff := lib.days_before(_days)

_in_scope(vendor) if {
	object.get(vendor, "ephi_access", true) == true
	object.get(vendor, ["baa", "status"], "missing") != "terminated"
}

warn contains lib.finding_at(msg, vendor, "attestation") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	not vendor.attestation
	msg := sprintf("Vendor %q in %s has ePHI access and no security attestation; obtain satisfactory assurances at least every %d days", [vendor.id, inventory.metadata.name, _days])
}

warn contains lib.finding_at(msg, attestation, "type") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	attestation := vendor.attestation
	object.get(attestation, "type", "none") == "none"
	msg := sprintf("Vendor %q in %s has ePHI access and its attestation type is none; obtain satisfactory assurances at least every %d days", [vendor.id, inventory.metadata.name, _days])
}

warn contains lib.finding_at(msg, attestation, "date") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	attestation := vendor.attestation
	object.get(attestation, "type", "none") != "none"
	not attestation.date
	msg := sprintf("Attestation of vendor %q in %s (%s) has no date; obtain satisfactory assurances at least every %d days", [vendor.id, inventory.metadata.name, attestation.type, _days])
}

warn contains lib.finding_at(msg, attestation, "date") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	attestation := vendor.attestation
	object.get(attestation, "type", "none") != "none"
	attestation.date < _cutoff
	msg := sprintf("Attestation of vendor %q in %s (%s) is dated %s, more than %d days ago", [vendor.id, inventory.metadata.name, attestation.type, attestation.date, _days])
}
