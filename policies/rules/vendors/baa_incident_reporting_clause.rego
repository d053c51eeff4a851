# METADATA
# title: BAAs require security incidents and breaches to be reported
# description: |
#   164.314(a)(2)(i) lists what a business associate contract must provide;
#   among them, that the business associate will report security incidents,
#   including breaches of unsecured PHI (164.314(a)(2)(i)(C)). A BAA
#   (executed or pending) of a vendor with ePHI access (absent counts as
#   true) whose clauses.incident_reporting is not true, or that records no
#   clauses at all, is a gap. No threshold.
# custom:
#   id: SG-BA-006
#   citation: 164.314(a)(2)(i)
#   safeguard: organizational
#   specification: required
#   severity: high
#   evidence: [BusinessAssociates]
#   remediation: |
#     Amend the BAA so the vendor must report any security incident and any
#     breach of unsecured PHI to the organisation (164.410), and set
#     clauses.incident_reporting to true.
package safeguard.rules.vendors.baa_incident_reporting_clause

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
	msg := sprintf("BAA of vendor %q in %s records no clauses; it must provide that the vendor will report security incidents, including breaches of unsecured PHI (164.314(a)(2)(i)(C))", [vendor.id, inventory.metadata.name])
}

deny contains lib.finding_at(msg, clauses, "incident_reporting") if {
	some inventory in input.business_associates
	some vendor in inventory.spec.vendors
	_in_scope(vendor)
	clauses := vendor.baa.clauses
	value := object.get(clauses, "incident_reporting", "missing")
	value != true
	msg := sprintf("BAA of vendor %q in %s does not provide that the vendor will report security incidents, including breaches of unsecured PHI (clauses.incident_reporting is %v; 164.314(a)(2)(i)(C))", [vendor.id, inventory.metadata.name, value])
}
