# METADATA
# title: Removable media are encrypted
# description: |
#   USB drives, external disks and other removable media carry ePHI out of
#   the building and are the devices most easily lost; the device and media
#   controls govern their movement, and encryption (NIST SP 800-111) keeps a
#   lost one from being a breach of unsecured PHI. An EncryptionConfig
#   endpoint of device_type removable_media whose full_disk_encryption is
#   not true is a finding, more severe than SG-EN-012 (which skips
#   removable media). No threshold.
# custom:
#   id: SG-EN-017
#   citation: 164.310(d)(1)
#   safeguard: physical
#   specification: required
#   severity: critical
#   evidence: [EncryptionConfig]
#   remediation: |
#     Allow only encrypted removable media (hardware-encrypted drives, or
#     device management that blocks writes to unencrypted media), track them
#     in the media accountability log, and set full_disk_encryption to true.
package safeguard.rules.encryption.removable_media_unencrypted

import data.safeguard.lib

deny contains lib.finding_at(msg, endpoint, "full_disk_encryption") if {
	some config in input.encryption_configs
	some endpoint in config.spec.endpoints
	endpoint.device_type == "removable_media"
	object.get(endpoint, "full_disk_encryption", false) != true
	msg := sprintf("Removable media %q in %s have full_disk_encryption %v; ePHI leaves the building unencrypted", [endpoint.name, config.metadata.name, object.get(endpoint, "full_disk_encryption", "not set")])
}
