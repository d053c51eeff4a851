# METADATA
# title: ePHI data stores are encrypted in transit
# description: |
#   ePHI sent to and from a data store over a network is encrypted so that
#   it cannot be read or changed on the way (HHS guidance: TLS per NIST SP
#   800-52, or a VPN per SP 800-77 or 800-113). An EncryptionConfig data
#   store holding ePHI (ephi absent counts as true) with no in_transit
#   block, or whose in_transit.enabled is not true, is a finding.
#   Addressable: an organisation that chose an equivalent measure documents
#   why. No threshold.
# custom:
#   id: SG-EN-006
#   citation: 164.312(e)(2)(ii)
#   safeguard: technical
#   specification: addressable
#   severity: high
#   evidence: [EncryptionConfig]
#   remediation: |
#     Require TLS 1.2 or later on every connection to the data store (refuse
#     plaintext connections), or reach it only through an encrypted VPN, and
#     record it as in_transit.
package safeguard.rules.encryption.in_transit_disabled

import data.safeguard.lib

deny contains lib.finding_at(msg, store, "in_transit") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	object.get(store, "ephi", true) == true
	not store.in_transit
	msg := sprintf("Data store %q in %s holds ePHI with no in_transit encryption", [store.name, config.metadata.name])
}

deny contains lib.finding_at(msg, in_transit, "enabled") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	object.get(store, "ephi", true) == true
	in_transit := store.in_transit
	object.get(in_transit, "enabled", false) != true
	msg := sprintf("Data store %q in %s holds ePHI and in_transit.enabled is %v; encryption in transit is off", [store.name, config.metadata.name, object.get(in_transit, "enabled", "not set")])
}
