encryption_config "edge" {
  data_store "queue" {
    type      = "queue"
    ephi      = true
    hosted_by = "self"
    at_rest {
      enabled     = true
      private_key = <<EOT
-----BEGIN EC PRIVATE KEY-----
1LEphAU08/OHXCWwi+oGwodM+qTdF7LYQoRd6CpbxTmIiseAVKI5nM/J/MLaMc49
0Wa9zTozhH5buwf9B8pHeEIxsZr0WHLO77n8WfT5XRQ4Gjp4MlY0e5/85pzXAHro
p1jMpBXVqR7oY8i2wDN64y1vyqJVFs3y
-----END EC PRIVATE KEY-----
EOT
    }
  }
}
