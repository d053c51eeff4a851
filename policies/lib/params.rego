# METADATA
# title: thresholds
# description: |
#   The defaults of every threshold a check uses, each with its source. An
#   organisation overrides them under `thresholds:` in .safeguard.yaml; a
#   threshold not named in any defaults rule is refused there with a
#   suggestion. Each area may add its thresholds in a params_<area>.rego of
#   this package.
package safeguard.lib.params

# Automatic logoff: the rule sets no number; 15 minutes is the common convention.
defaults["session_timeout_minutes"] := 15

# Access reviews: no frequency in the rule; quarterly is the guides' convention.
defaults["access_review_days"] := 90

# Audit log review: monthly review of system activity records is the convention.
defaults["audit_review_days"] := 30

# Audit logs are HIPAA documentation: 6 years, 164.316(b)(2)(i).
defaults["audit_retention_days"] := 2190

# Training: annual refresher is the convention the guides assume.
defaults["training_days"] := 365

# Termination: a one-day default is the convention (the 2025 proposal: 1 hour).
defaults["revocation_days"] := 1

# Inactive accounts: 90 days without a login is the common disable threshold.
defaults["inactive_account_days"] := 90

# Key rotation: NIST SP 800-57 allows up to 2 years; yearly is the convention.
defaults["key_rotation_days"] := 365

# TLS: NIST SP 800-52 Rev. 2 requires TLS 1.2 or later.
defaults["min_tls_version"] := "1.2"

# Risk analysis kept current: yearly is the OCR convention.
defaults["risk_analysis_days"] := 365

# Risk management plan updated at least yearly.
defaults["risk_plan_days"] := 365

# Policies reviewed periodically, 164.316(b)(2)(iii): yearly by convention.
defaults["policy_review_days"] := 365

# Documentation retention: 6 years, 164.316(b)(2)(i).
defaults["documentation_retention_years"] := 6

# BAA review: yearly by convention.
defaults["baa_review_days"] := 365

# A BA reports breaches no later than 60 days after discovery, 164.410.
defaults["breach_notice_days"] := 60

# Contingency plan and incident response tests: yearly by convention.
defaults["contingency_test_days"] := 365
defaults["incident_test_days"] := 365

# Backup restore tests: yearly by convention.
defaults["restore_test_days"] := 365

# Evaluation, 164.308(a)(8): periodic; yearly by convention.
defaults["evaluation_days"] := 365

# Emergency (break-glass) sessions: at most 24 hours by convention.
defaults["emergency_max_hours"] := 24

# Screen lock on endpoints: 15 minutes by convention.
defaults["screen_lock_minutes"] := 15

# Vendor security attestation: yearly by convention.
defaults["attestation_days"] := 365

# Proposed rule (Jan 2025): vulnerability scans every 6 months, pen test every 12,
# restoration within 72 hours, access terminated within 1 hour, asset inventory yearly.
defaults["vulnerability_scan_days"] := 180
defaults["penetration_test_days"] := 365
defaults["restore_objective_hours"] := 72
defaults["asset_inventory_days"] := 365
defaults["compliance_audit_days"] := 365
