# Where ePHI lives and moves, and how it is protected.
encryption_config "production" {
  owner = "infra@harborclinic.example"

  data_store "ehr-primary" {
    type      = "database"
    ephi      = true
    hosted_by = "acme-cloud"
    at_rest {
      enabled           = true
      algorithm         = "AES-256-GCM"
      key_management    = "kms"
      key_rotation_days = 365
      fips_validated    = true
    }
    in_transit {
      enabled         = true
      min_tls_version = "1.2"
    }
    backup {
      enabled           = true
      encrypted         = true
      immutable         = true
      last_restore_test = "2026-08-15"
    }
  }

  data_store "imaging-archive" {
    type      = "object_storage"
    ephi      = true
    hosted_by = "clearview-imaging"
    at_rest {
      enabled           = true
      algorithm         = "AES-256-GCM"
      key_management    = "provider"
      key_rotation_days = 365
      fips_validated    = true
    }
    in_transit {
      enabled         = true
      min_tls_version = "1.3"
    }
    backup {
      enabled           = true
      encrypted         = true
      immutable         = true
      last_restore_test = "2026-05-20"
    }
  }

  data_store "billing-db" {
    type      = "database"
    ephi      = true
    hosted_by = "self"
    at_rest {
      enabled           = true
      algorithm         = "AES-256-CBC"
      key_management    = "hsm"
      key_rotation_days = 180
      fips_validated    = true
    }
    in_transit {
      enabled         = true
      min_tls_version = "1.2"
    }
    backup {
      enabled           = true
      encrypted         = true
      immutable         = true
      last_restore_test = "2026-09-02"
    }
  }

  data_store "dr-backups" {
    type      = "backup"
    ephi      = true
    hosted_by = "northwind-dr"
    at_rest {
      enabled           = true
      algorithm         = "AES-256-GCM"
      key_management    = "kms"
      key_rotation_days = 365
      fips_validated    = true
    }
    in_transit {
      enabled         = true
      min_tls_version = "1.2"
    }
  }

  endpoint "clinical-laptops" {
    device_type          = "laptop"
    full_disk_encryption = true
    remote_wipe          = true
    screen_lock_minutes  = 10
  }

  endpoint "front-desk-desktops" {
    device_type          = "desktop"
    full_disk_encryption = true
    screen_lock_minutes  = 5
  }

  channel "patient-email" {
    ephi       = true
    protection = "enforced-tls"
  }

  channel "patient-portal" {
    ephi       = true
    protection = "portal"
  }
}
