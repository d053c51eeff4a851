# METADATA
# title: ePHI data stores are encrypted at rest
# description: |
#   ePHI at rest is encrypted so that a lost disk, snapshot or bucket does not
#   expose it (HHS guidance: encryption consistent with NIST SP 800-111 makes
#   ePHI secured). An EncryptionConfig data store holding ePHI (ephi absent
#   counts as true) with no at_rest block, or whose at_rest.enabled is not
#   true, is a finding. Addressable: an organisation that chose an equivalent
#   measure documents why. No threshold.
# custom:
#   id: SG-EN-001
#   citation: 164.312(a)(2)(iv)
#   safeguard: technical
#   specification: addressable
#   severity: high
#   evidence: [EncryptionConfig]
#   remediation: |
#     Turn on encryption at rest for the data store (AES in an approved mode,
#     keys in a KMS or HSM), or move the data to a store that has it. If
#     encryption is not reasonable and appropriate, document why and the
#     equivalent measure in the risk analysis.
package safeguard.rules.encryption.at_rest_disabled

import data.safeguard.lib

deny contains lib.finding_at(msg, store, "at_rest") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	object.get(store, "ephi", true) == true
	not store.at_rest
	msg := sprintf("Data store %q in %s holds ePHI with no at_rest encryption", [store.name, config.metadata.name])
}

deny contains lib.finding_at(msg, at_rest, "enabled") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	object.get(store, "ephi", true) == true
	at_rest := store.at_rest
	object.get(at_rest, "enabled", false) != true
	msg := sprintf("Data store %q in %s holds ePHI and at_rest.enabled is %v; encryption at rest is off", [store.name, config.metadata.name, object.get(at_rest, "enabled", "not set")])
}
