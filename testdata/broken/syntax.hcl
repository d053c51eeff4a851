business_associates "vendors" {
  vendor "acme" {
    ephi_access = true
    baa {
      status = "executed"
  }
