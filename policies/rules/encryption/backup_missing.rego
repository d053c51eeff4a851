# METADATA
# title: ePHI data stores are backed up
# description: |
#   The data backup plan creates and keeps retrievable exact copies of ePHI.
#   An EncryptionConfig data store holding ePHI (ephi absent counts as true)
#   that is not itself a backup (type backup) with no backup block, or whose
#   backup.enabled is not true, is a finding. No threshold.
# custom:
#   id: SG-EN-008
#   citation: 164.308(a)(7)(ii)(A)
#   safeguard: administrative
#   specification: required
#   severity: high
#   evidence: [EncryptionConfig]
#   remediation: |
#     Back up the data store on a schedule that meets the contingency plan,
#     keep a copy off the primary system, and record it as backup.
package safeguard.rules.encryption.backup_missing

import data.safeguard.lib

_in_scope(store) if {
	object.get(store, "ephi", true) == true
	object.get(store, "type", "") != "backup"
}

deny contains lib.finding_at(msg, store, "backup") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	_in_scope(store)
	not store.backup
	msg := sprintf("Data store %q in %s holds ePHI and has no backup", [store.name, config.metadata.name])
}

deny contains lib.finding_at(msg, backup, "enabled") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	_in_scope(store)
	backup := store.backup
	object.get(backup, "enabled", false) != true
	msg := sprintf("Data store %q in %s holds ePHI and backup.enabled is %v; its ePHI is not backed up", [store.name, config.metadata.name, object.get(backup, "enabled", "not set")])
}
