# METADATA
# title: Backups of ePHI are restore-tested
# description: |
#   A backup that has never been restored is not known to work; testing the
#   contingency plan includes restoring data from backup. A data store
#   holding ePHI (ephi absent counts as true), not itself of type backup,
#   whose backup is enabled but whose backup.last_restore_test is missing or
#   older than the threshold is a finding. Default threshold: 365 days, a
#   yearly restore test by convention (the rule sets no frequency); set
#   thresholds.restore_test_days. A store with no backup, or backup off, is
#   reported by SG-EN-008 instead.
# custom:
#   id: SG-EN-010
#   citation: 164.308(a)(7)(ii)(D)
#   safeguard: administrative
#   specification: addressable
#   severity: medium
#   evidence: [EncryptionConfig]
#   remediation: |
#     Restore the data store from its backup into an isolated environment,
#     check the data is complete and readable, fix what failed, and record
#     the date as backup.last_restore_test.
package safeguard.rules.encryption.restore_test_stale

import data.safeguard.lib

_days := lib.param("restore_test_days")

_cutoff := lib.days_before(_days)

_in_scope(store) if {
	object.get(store, "ephi", true) == true
	object.get(store, "type", "") != "backup"
	store.backup.enabled == true
}

deny contains lib.finding_at(msg, backup, "last_restore_test") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	_in_scope(store)
	backup := store.backup
	not backup.last_restore_test
	msg := sprintf("Backups of data store %q in %s have no last_restore_test; restore-test them at least every %d days", [store.name, config.metadata.name, _days])
}

deny contains lib.finding_at(msg, backup, "last_restore_test") if {
	some config in input.encryption_configs
	some store in config.spec.data_stores
	_in_scope(store)
	backup := store.backup
	backup.last_restore_test < _cutoff
	msg := sprintf("Backups of data store %q in %s were last restore-tested on %s, more than %d days ago", [store.name, config.metadata.name, backup.last_restore_test, _days])
}
