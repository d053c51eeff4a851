# METADATA
# title: Portable endpoints can be wiped remotely
# description: |
#   Laptops, phones and tablets leave the facility and get lost; the device
#   and media controls govern their movement, and being able to wipe a lost
#   device removes the ePHI on it. An EncryptionConfig endpoint of
#   device_type laptop, mobile or tablet whose remote_wipe is not true is a
#   finding. Desktops and removable media are not checked. No threshold.
# custom:
#   id: SG-EN-013
#   citation: 164.310(d)(1)
#   safeguard: physical
#   specification: required
#   severity: medium
#   evidence: [EncryptionConfig]
#   remediation: |
#     Enrol the devices in device management with remote lock and wipe,
#     include wiping in the lost-device procedure, and set remote_wipe to
#     true.
package safeguard.rules.encryption.endpoint_remote_wipe

import data.safeguard.lib

_portable := {"laptop", "mobile", "tablet"}

deny contains lib.finding_at(msg, endpoint, "remote_wipe") if {
	some config in input.encryption_configs
	some endpoint in config.spec.endpoints
	_portable[endpoint.device_type]
	object.get(endpoint, "remote_wipe", false) != true
	msg := sprintf("Endpoint %q (%s) in %s has remote_wipe %v; a lost device cannot be wiped", [endpoint.name, endpoint.device_type, config.metadata.name, object.get(endpoint, "remote_wipe", "not set")])
}
