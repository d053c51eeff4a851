# METADATA
# title: Encryption keys of ePHI stores are rotated
# description: |
#   A data encryption key used too long protects too much data and stays
#   exposed too long if it leaks. A data store holding ePHI (ephi absent
#   counts as true) with at_rest encryption enabled whose
#   at_rest.key_rotation_days is missing or above the threshold is a
#   finding. Default threshold: 365 days, the yearly rotation convention and
#   a cloud KMS default (NIST SP 800-57 Part 1 allows cryptoperiods of up to
#   2 years for symmetric data-encryption keys); set
#   thresholds.key_rotation_days. A store whose at_rest is missing or off is
#   reported by SG-EN-001 instead.
# custom:
#   id: SG-EN-004
#   citation: 164.312(a)(2)(iv)
#   safeguard: technical
#   specification: addressable
#   severity: medium
#   evidence: [EncryptionConfig]
#   remediation: |
#     Turn on automatic key rotation in the key management service, at least
#     yearly, and record the period as at_rest.key_rotation_days.
package safeguard.rules.encryption.key_rotation_long

import data.safeguard.lib

_limit := lib.param("key_rotation_days")

deny contains lib.finding_at(msg, at_rest, "key_rotation_days") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	object.get(store, "ephi", true) == true
	at_rest := store.at_rest
	at_rest.enabled == true
	not at_rest.key_rotation_days
	msg := sprintf("Data store %q in %s sets no key_rotation_days for its ePHI encryption keys; rotate them at least every %d days", [store.name, config.metadata.name, _limit])
}

deny contains lib.finding_at(msg, at_rest, "key_rotation_days") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	object.get(store, "ephi", true) == true
	at_rest := store.at_rest
	at_rest.enabled == true
	at_rest.key_rotation_days > _limit
	msg := sprintf("Data store %q in %s rotates its ePHI encryption keys every %d days, more than %d days", [store.name, config.metadata.name, at_rest.key_rotation_days, _limit])
}
