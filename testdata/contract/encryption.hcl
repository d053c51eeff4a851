# The EncryptionConfig example of the evidence format contract, verbatim.
encryption_config "production" {
  data_store "ehr-primary" {
    type      = "database"           # database|object_storage|file_share|backup|queue|cache|log|warehouse
    ephi      = true
    hosted_by = "acme-cloud"         # a BusinessAssociates vendor id, or "self"
    at_rest {
      enabled           = true
      algorithm         = "AES-256-GCM"
      key_management    = "kms"      # kms|hsm|provider|application|none
      key_rotation_days = 365
      fips_validated    = true
    }
    in_transit {
      enabled         = true
      min_tls_version = "1.2"        # 1.0|1.1|1.2|1.3
    }
    backup {
      enabled           = true
      encrypted         = true
      immutable         = true
      last_restore_test = "2026-08-15"
    }
  }
  endpoint "clinical-laptops" {
    device_type          = "laptop"  # laptop|desktop|mobile|tablet|removable_media
    full_disk_encryption = true
    remote_wipe          = true
    screen_lock_minutes  = 10
  }
  channel "patient-email" {
    ephi       = true
    protection = "enforced-tls"      # enforced-tls|s-mime|pgp|portal|none
  }
}
