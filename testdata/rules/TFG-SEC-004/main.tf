# Cases of the rule: user data with AWS's documented example access key id, a password
# assigned in a script, a private key header assembled from parts (so that no secret scanner
# reads this file as holding one) given base64-encoded to a launch configuration and a launch
# template; scripts that read secrets at boot pass; user data unknown before apply is
# undecided.

variable "bootstrap" {}

locals {
  pem = "-----BEGIN RSA ${"PRIVATE"} KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA ${"PRIVATE"} KEY-----\n"
}

resource "aws_instance" "access_key" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  # expect-below: TFG-SEC-004
  user_data     = <<-EOT
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
  EOT
}

resource "aws_instance" "password" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  # expect-below: TFG-SEC-004
  user_data     = <<-EOT
    #!/bin/bash
    export DB_PASSWORD="correct-horse-battery"
    /opt/app/start
  EOT
}

resource "aws_launch_configuration" "encoded_key" {
  image_id         = "ami-0123456789abcdef0"
  instance_type    = "t3.micro"
  user_data_base64 = base64encode("#!/bin/bash\ncat > /root/.ssh/id_rsa <<'KEY'\n${local.pem}KEY\n") # expect: TFG-SEC-004
}

resource "aws_launch_template" "cloud_config" {
  name      = "cloud-config"
  user_data = base64encode("#cloud-config\nchpasswd:\n  expire: false\nusers:\n  - name: ops\n    plain_text_passwd: ops-password-1\n") # expect: TFG-SEC-004
}

# Good: secrets read at boot, role-based access, no user data.
resource "aws_instance" "reads_at_boot" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = "web"
  user_data            = <<-EOT
    #!/bin/bash
    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)
    export API_TOKEN="$TOKEN_FROM_ENV"
    export TOKEN_TTL=3600
  EOT
}

resource "aws_launch_template" "plain" {
  name      = "plain"
  user_data = base64encode("#!/bin/bash\nyum install -y httpd\n")
}

resource "aws_instance" "no_user_data" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

# Undecided: a template with an unknown part.
resource "aws_instance" "templated" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = "#!/bin/bash\n${var.bootstrap}\n"
}
