# METADATA
# title: Backups of ePHI are immutable
# description: |
#   Ransomware encrypts or deletes the backups first; a backup that cannot
#   be changed or deleted during its retention (object lock, WORM, a vault
#   lock) keeps an unaltered copy of ePHI: a mechanism that corroborates
#   ePHI was not altered or destroyed without authorization (addressable:
#   implement it, or document why not and an equivalent measure). A data
#   store holding ePHI (ephi absent counts as true), not itself of type
#   backup, whose backup is enabled but backup.immutable is not true is
#   reported as a warning. No threshold. A store with no backup, or backup
#   off, is reported by SG-EN-008 instead.
# custom:
#   id: SG-EN-011
#   citation: 164.312(c)(2)
#   safeguard: technical
#   specification: addressable
#   severity: medium
#   evidence: [EncryptionConfig]
#   remediation: |
#     Keep at least one copy of the backups immutable (object lock in
#     compliance mode, a locked backup vault or WORM media) or offline, with
#     deletion rights separate from the production administrators, and set
#     backup.immutable to true.
package safeguard.rules.encryption.backup_not_immutable

import data.safeguard.lib

warn contains lib.finding_at(msg, backup, "immutable") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	object.get(store, "ephi", true) == true
	object.get(store, "type", "") != "backup"
	backup := store.backup
	backup.enabled == true
	object.get(backup, "immutable", false) != true
	msg := sprintf("Backups of data store %q in %s hold ePHI and backup.immutable is %v; ransomware can alter or delete them", [store.name, config.metadata.name, object.get(backup, "immutable", "not set")])
}
