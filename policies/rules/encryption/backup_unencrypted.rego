# METADATA
# title: Backups of ePHI are encrypted
# description: |
#   A backup copy is ePHI on media that moves and is kept for years; it needs
#   the same protection as the store it copies. A data store holding ePHI
#   (ephi absent counts as true), not itself of type backup, whose backup is
#   enabled but backup.encrypted is not true is a finding. No threshold. A
#   store with no backup, or backup off, is reported by SG-EN-008 instead.
# custom:
#   id: SG-EN-009
#   citation: 164.310(d)(2)(iv)
#   safeguard: physical
#   specification: addressable
#   severity: high
#   evidence: [EncryptionConfig]
#   remediation: |
#     Turn on encryption for the backups (AES, keys in a KMS or HSM, separate
#     from the source system's where possible), re-encrypt or expire the
#     existing unencrypted copies, and set backup.encrypted to true.
package safeguard.rules.encryption.backup_unencrypted

import data.safeguard.lib

deny contains lib.finding_at(msg, backup, "encrypted") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	object.get(store, "ephi", true) == true
	object.get(store, "type", "") != "backup"
	backup := store.backup
	backup.enabled == true
	object.get(backup, "encrypted", false) != true
	msg := sprintf("Backups of data store %q in %s hold ePHI and backup.encrypted is %v", [store.name, config.metadata.name, object.get(backup, "encrypted", "not set")])
}
