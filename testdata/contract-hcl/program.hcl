# The contract's RetentionSchedule, TrainingRoster and SecurityProgram
# examples in HCL, with object-literal attributes where YAML has flow maps.
retention_schedule "retention" {
  jurisdiction = "US-CA"
  record "clinical_notes" {
    category                    = "medical_record"
    ephi                        = true
    retention_years             = 10
    minors_after_majority_years = 1
    stores                      = ["ehr-primary"]
    disposal {
      method      = "nist-800-88-purge"
      certificate = true
    }
    legal_hold = true
  }
}

training_roster "workforce" {
  course "hipaa-security-awareness" {
    frequency_days = 365
    required_for   = ["all"]
  }
  course "release-of-information" {
    frequency_days = 365
    required_for   = ["records"]
  }
  member "E1001" {
    name                = "Jane Doe"
    job_function        = "records"
    status              = "active"
    hired               = "2020-01-10"
    ephi_access_granted = "2020-01-15"
    terminated          = null
    access_revoked      = null
    completion {
      course       = "hipaa-security-awareness"
      completed    = "2026-02-01"
      acknowledged = true
    }
  }
}

security_program "program" {
  security_official = { name = "Dana Lee", appointed = "2022-01-01" }
  privacy_official  = { name = "Sam Ortiz", appointed = "2022-01-01" }
  risk_analysis     = { last_completed = "2026-03-01", scope = "enterprise" }
  risk_management   = { plan_updated = "2026-04-01", open_high_risks = 2 }
  sanction_policy   = { documented = true, last_reviewed = "2026-01-15" }
  incident_response = { documented = true, last_tested = "2026-06-01" }
  contingency_plan {
    data_backup             = true
    disaster_recovery       = true
    emergency_mode          = true
    criticality_analysis    = true
    last_tested             = "2026-05-01"
    restore_objective_hours = 72
  }
  evaluation             = { last_completed = "2026-02-01" }
  policies               = { last_reviewed = "2026-01-15", retention_years = 6 }
  asset_inventory        = { last_updated = "2026-09-01", network_map = true }
  vulnerability_scanning = { frequency_days = 180, last_completed = "2026-07-01" }
  penetration_test       = { last_completed = "2026-04-01" }
  facility               = { access_control = true, visitor_log = true, maintenance_records = true }
  workstations           = { use_policy = true, physical_safeguards = true }
  media                  = { disposal_procedure = true, reuse_procedure = true, accountability_log = true }
}
