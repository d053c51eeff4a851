# Not evidence: an HCL file with other top-level blocks is skipped.
resource "aws_s3_bucket" "logs" {
  bucket = "clinic-logs"
}
