# METADATA
# title: Vendors hosting ePHI have an executed BAA
# description: |
#   A vendor that stores ePHI for the organisation is a business associate
#   and needs a written contract that meets 164.314(a) before it holds any
#   ePHI. Joins EncryptionConfig data stores to BusinessAssociates vendors
#   by hosted_by; a data store hosted by a vendor whose BAA is not executed
#   is a gap.
# custom:
#   id: SG-BA-001
#   citation: 164.308(b)(3)
#   safeguard: administrative
#   specification: required
#   severity: critical
#   evidence: [EncryptionConfig, BusinessAssociates]
#   remediation: |
#     Execute a BAA with the vendor, or move the data store to a host that
#     has one. Until then, treat the data as exposed in the risk analysis.
package safeguard.rules.vendors.store_host_without_baa

import data.safeguard.lib

deny contains lib.finding_at(msg, store, "hosted_by") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	object.get(store, "ephi", true) == true
	store.hosted_by != "self"
	vendor := lib.vendors_by_id[store.hosted_by]
	status := object.get(vendor, ["baa", "status"], "none")
	status != "executed"
	msg := sprintf("Data store %q holds ePHI at vendor %q, whose BAA is %s, not executed", [store.name, vendor.id, status])
}
