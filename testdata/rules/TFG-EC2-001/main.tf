# TFG-EC2-001: IMDSv1 allowed on instances, launch templates and launch configurations:
# no metadata_options (EC2's default "optional"), a block without http_tokens, "optional"
# (also through a variable, with count); "required", a disabled endpoint, an instance taking
# a launch template's options pass; unknown values are undecided.

variable "tokens" {
  default = "optional"
}

variable "unknown_tokens" {}

resource "aws_instance" "no_block" { # expect: TFG-EC2-001
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_instance" "optional" {
  count         = 2
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = "optional" # expect: TFG-EC2-001
  }
}

resource "aws_instance" "without_tokens" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options { # expect: TFG-EC2-001
    http_endpoint = "enabled"
  }
}

resource "aws_instance" "required" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_instance" "endpoint_disabled" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "disabled"
  }
}

resource "aws_instance" "unknown" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = var.unknown_tokens
  }
}

resource "aws_launch_template" "no_block" { # expect: TFG-EC2-001
  name_prefix = "no-block-"
  image_id    = "ami-0123456789abcdef0"
}

resource "aws_launch_template" "from_variable" {
  name_prefix = "from-variable-"
  image_id    = "ami-0123456789abcdef0"

  metadata_options {
    http_tokens = var.tokens # expect: TFG-EC2-001
  }
}

resource "aws_launch_template" "required" {
  name_prefix = "required-"
  image_id    = "ami-0123456789abcdef0"

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

# Takes the options of a template of the configuration, which is judged itself.
resource "aws_instance" "from_template" {
  launch_template {
    id = aws_launch_template.required.id
  }
}

# A template outside the configuration: undecided.
resource "aws_instance" "from_external_template" {
  launch_template {
    name = "golden"
  }
}

resource "aws_launch_configuration" "no_block" { # expect: TFG-EC2-001
  name_prefix   = "no-block-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_launch_configuration" "required" {
  name_prefix   = "required-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = "required"
  }
}
