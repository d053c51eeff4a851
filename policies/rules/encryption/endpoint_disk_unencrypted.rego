# METADATA
# title: Endpoints encrypt their disks
# description: |
#   Laptops, desktops, phones and tablets that hold or cache ePHI are lost and
#   stolen; full-disk encryption (NIST SP 800-111) keeps a lost device from
#   being a breach of unsecured PHI. An EncryptionConfig endpoint whose
#   full_disk_encryption is not true is a finding. Removable media are
#   reported by SG-EN-017 instead, so they are not counted twice. No
#   threshold.
# custom:
#   id: SG-EN-012
#   citation: 164.312(a)(2)(iv)
#   safeguard: technical
#   specification: addressable
#   severity: high
#   evidence: [EncryptionConfig]
#   remediation: |
#     Turn on full-disk encryption (BitLocker, FileVault, the platform's
#     device encryption) through device management, escrow the recovery keys,
#     and set full_disk_encryption to true once every device is covered.
package safeguard.rules.encryption.endpoint_disk_unencrypted

import data.safeguard.lib

deny contains lib.finding_at(msg, endpoint, "full_disk_encryption") if {
	some config in input.encryption_configs
	some endpoint in config.spec.endpoints
	object.get(endpoint, "device_type", "") != "removable_media"
	object.get(endpoint, "full_disk_encryption", false) != true
	msg := sprintf("Endpoint %q (%s) in %s has full_disk_encryption %v; a lost device exposes its ePHI", [endpoint.name, object.get(endpoint, "device_type", "device type not set"), config.metadata.name, object.get(endpoint, "full_disk_encryption", "not set")])
}
