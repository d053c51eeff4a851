# METADATA
# title: Business associates verify their safeguards in writing yearly (proposed)
# description: |
#   The January 2025 proposed rule (90 FR 898) would require business
#   associates to verify in writing, at least every 12 months, that they
#   have deployed the required technical safeguards (a written analysis by
#   a subject-matter expert and a certification). A vendor with ePHI access
#   (ephi_access absent counts as true) whose BAA is not terminated and
#   whose attestation is missing, of type none, or dated missing or older
#   than the threshold is a finding under the proposal. Default threshold:
#   365 days, the proposal's 12 months; set thresholds.ba_verification_days.
# custom:
#   id: SG-NP-006
#   citation: 164.308(b)(3)
#   safeguard: administrative
#   specification: required
#   severity: medium
#   evidence: [BusinessAssociates]
#   profiles: [hipaa-2025-nprm]
#   proposed: true
#   remediation: |
#     Ask the vendor for a yearly written verification of its technical
#     safeguards (a SOC 2 Type II, HITRUST or ISO 27001 report, or an
#     expert's written analysis with a certification), record its type and
#     date, and make the yearly verification a term of the BAA.
package safeguard.rules.nprm.ba_verification

import data.safeguard.lib

_days := lib.param("ba_verification_days")

_cutoff := lib.days_before(_days)

_in_scope(vendor) if {
	object.get(vendor, "ephi_access", true) == true
	object.get(vendor, ["baa", "status"], "none") != "terminated"
}

deny contains lib.finding_at(msg, vendor, "attestation") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	not vendor.attestation
	msg := sprintf("Vendor %q in %s has ePHI access and no attestation; the proposed rule requires a written verification of its safeguards at least every %d days", [vendor.id, inventory.metadata.name, _days])
}

deny contains lib.finding_at(msg, attestation, "type") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	attestation := vendor.attestation
	object.get(attestation, "type", "none") == "none"
	msg := sprintf("Vendor %q in %s has ePHI access and its attestation type is none; the proposed rule requires a written verification of its safeguards at least every %d days", [vendor.id, inventory.metadata.name, _days])
}

deny contains lib.finding_at(msg, attestation, "date") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	attestation := vendor.attestation
	object.get(attestation, "type", "none") != "none"
	not attestation.date
	msg := sprintf("Attestation of vendor %q in %s has no date; the proposed rule requires a written verification of its safeguards at least every %d days", [vendor.id, inventory.metadata.name, _days])
}

deny contains lib.finding_at(msg, attestation, "date") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	attestation := vendor.attestation
	object.get(attestation, "type", "none") != "none"
	attestation.date < _cutoff
	msg := sprintf("Attestation of vendor %q in %s (%s) is dated %s, more than %d days ago; the proposed rule requires a written verification of its safeguards at least every %d days", [vendor.id, inventory.metadata.name, attestation.type, attestation.date, _days, _days])
}
