# METADATA
# title: Data stores name their host vendor
# description: |
#   Every host of a data store other than the organisation itself is a
#   vendor that must appear in the business associate inventory, so that
#   its BAA can be checked (SG-BA-001). An EncryptionConfig data store whose
#   hosted_by is not "self" and names no vendor id of any BusinessAssociates
#   inventory is a link to nothing, reported at the hosted_by field. Checked
#   only when the evidence holds a BusinessAssociates inventory. No
#   threshold.
# custom:
#   id: SG-BA-013
#   citation: 164.308(b)(3)
#   safeguard: administrative
#   specification: required
#   severity: high
#   evidence: [EncryptionConfig, BusinessAssociates]
#   remediation: |
#     Correct hosted_by to the vendor's id, or add the vendor (with its BAA
#     and attestation) to the BusinessAssociates inventory.
package safeguard.rules.vendors.store_host_unknown

import data.safeguard.lib

deny contains lib.finding_at(msg, store, "hosted_by") if {
	lib.has_vendors
	some config in input.encryption_configs
	some store in object.get(config.spec, "data_stores", [])
	host := store.hosted_by
	host != "self"
	not lib.vendors_by_id[host]
	msg := sprintf("Data store %q in %s is hosted by %q, which is not a vendor of any BusinessAssociates inventory", [store.name, config.metadata.name, host])
}
