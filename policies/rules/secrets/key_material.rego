# METADATA
# title: No key material in evidence
# description: |
#   Evidence describes how keys are managed; it never holds them. A PEM key
#   block, a cloud access key id, or (in an encryption config) a long
#   hexadecimal or base64 value committed to the evidence repository exposes
#   the key to everyone who can read the repository and its history, and
#   defeats the encryption it protects. safeguard redacts the value in every
#   report; this check reports where it was.
# custom:
#   id: SG-SC-001
#   citation: 164.312(a)(2)(iv)
#   safeguard: technical
#   specification: addressable
#   severity: critical
#   evidence: [AccessMatrix, BusinessAssociates, RetentionSchedule, EncryptionConfig, TrainingRoster, SecurityProgram]
#   remediation: |
#     Remove the value from the file and from the repository's history, then
#     rotate the key: anyone with read access may already have it. Keep keys
#     in the KMS or HSM and record only their management (key_management,
#     key_rotation_days) in evidence.
package safeguard.rules.secrets.key_material

import data.safeguard.lib

deny contains lib.finding_at(msg, s.at, s.field) if {
	some s in input.secrets
	msg := sprintf("%s %q holds %s in %q; the value is redacted in every report", [s.document_kind, s.document, s.kind, s.field])
}
