# METADATA
# title: Encryption keys of ePHI stores are managed
# description: |
#   Encryption protects ePHI only as well as its keys are kept: keys held in
#   a KMS, an HSM, the provider's key service or the application's own key
#   store can be controlled, rotated and revoked. A data store holding ePHI
#   (ephi absent counts as true) with at_rest encryption enabled whose
#   at_rest.key_management is missing or none is a finding. No threshold. A
#   store whose at_rest is missing or off is reported by SG-EN-001 instead.
# custom:
#   id: SG-EN-003
#   citation: 164.312(a)(2)(iv)
#   safeguard: technical
#   specification: addressable
#   severity: high
#   evidence: [EncryptionConfig]
#   remediation: |
#     Move the data encryption keys into a key management service or HSM,
#     restrict who can use them, and record the choice as
#     at_rest.key_management.
package safeguard.rules.encryption.key_management_missing

import data.safeguard.lib

deny contains lib.finding_at(msg, at_rest, "key_management") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	object.get(store, "ephi", true) == true
	at_rest := store.at_rest
	at_rest.enabled == true
	object.get(at_rest, "key_management", "none") == "none"
	msg := sprintf("Data store %q in %s encrypts ePHI at rest with key_management %s; keep the keys in a KMS or HSM", [store.name, config.metadata.name, object.get(at_rest, "key_management", "not set")])
}
