# The contract's AccessMatrix and BusinessAssociates examples written in HCL:
# several kinds in one file, repeated blocks for lists, labels for ids.
access_matrix "epic-ehr" {
  owner                   = "security@example.org"
  system                  = "epic-ehr"
  ephi                    = true
  session_timeout_minutes = 15
  mfa_required            = true
  audit_logging {
    enabled        = true
    events         = ["read", "write", "export", "print", "login"]
    retention_days = 2190
    last_reviewed  = "2026-10-15"
  }
  access_review {
    frequency_days = 90
    last_completed = "2026-09-30"
  }
  role "physician" {
    job_function = "clinical"
    permission {
      resource = "clinical_notes"
      actions  = ["read", "write"]
    }
  }
  user "jdoe" {
    workforce_id = "E1001"
    roles        = ["physician"]
    type         = "human"
    status       = "active"
    mfa          = true
    shared       = false
    last_login   = "2026-11-01"
  }
  emergency_access "breakglass-er" {
    max_duration_hours = 4
    post_use_review    = true
  }
}

business_associates "vendors" {
  owner = "compliance@example.org"
  vendor "acme-cloud" {
    name             = "Acme Cloud Hosting"
    services         = ["hosting", "backup"]
    ephi_access      = true
    subcontractor_of = null
    baa {
      status             = "executed"
      signed             = "2024-03-01"
      expires            = "2027-03-01"
      last_reviewed      = "2025-12-01"
      document           = "contracts/acme-baa.pdf"
      breach_notice_days = 30
      clauses {
        safeguards                = true
        subcontractors            = true
        incident_reporting        = true
        return_or_destroy         = true
        termination_for_violation = true
        hhs_access                = true
      }
    }
    attestation {
      type = "soc2-type2"
      date = "2026-01-15"
    }
  }
}
