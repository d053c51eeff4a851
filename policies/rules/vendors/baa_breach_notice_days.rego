# METADATA
# title: BAAs set a breach notice period within the legal limit
# description: |
#   The BAA must require the business associate to report breaches of
#   unsecured PHI (164.314(a)(2)(i)(C)), and a business associate must
#   notify the covered entity no later than 60 days after discovery
#   (164.410); a contract may shorten it, since the covered entity's own
#   60-day clock to notify individuals runs meanwhile. A BAA (executed or
#   pending) of a vendor with ePHI access (absent counts as true) whose
#   breach_notice_days is missing or above the threshold is a finding.
#   Default threshold: 60 days, 164.410; set thresholds.breach_notice_days
#   to hold vendors to a shorter period.
# custom:
#   id: SG-BA-008
#   citation: 164.314(a)(2)(i)
#   safeguard: organizational
#   specification: required
#   severity: medium
#   evidence: [BusinessAssociates]
#   remediation: |
#     Amend the BAA to set how many days the vendor has to report a breach
#     after discovery (60 at most; many organisations ask for 5 to 30) and
#     record it as breach_notice_days.
package safeguard.rules.vendors.baa_breach_notice_days

import data.safeguard.lib

_days := lib.param("breach_notice_days")

_in_scope(vendor) if {
	object.get(vendor, "ephi_access", true) == true
	object.get(vendor, ["baa", "status"], "missing") in {"executed", "pending"}
}

deny contains lib.finding_at(msg, baa, "breach_notice_days") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	baa := vendor.baa
	not baa.breach_notice_days
	msg := sprintf("BAA of vendor %q in %s sets no breach_notice_days; the vendor must report breaches within at most %d days of discovery", [vendor.id, inventory.metadata.name, _days])
}

deny contains lib.finding_at(msg, baa, "breach_notice_days") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	baa := vendor.baa
	days := baa.breach_notice_days
	days > _days
	msg := sprintf("BAA of vendor %q in %s gives the vendor %d days to report a breach, more than %d", [vendor.id, inventory.metadata.name, days, _days])
}
