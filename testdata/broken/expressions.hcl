encryption_config "prod" {
  data_store "db" {
    type      = "database"
    hosted_by = var.vendor
    at_rest {
      enabled   = true
      algorithm = upper("aes-256-gcm")
    }
  }
}
