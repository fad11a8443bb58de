# TFG-ENC-004: unencrypted instance, launch configuration and launch template volumes.
# New, empty volumes are unencrypted unless asked; the AMI's root volume and volumes restored
# from a snapshot take their encryption from the snapshot, so only an explicit false is
# reported there. Unknown values and unknown dynamic blocks are undecided. The
# `account_default` directory turns EBS encryption by default on.

variable "encrypted" {
  default = false
}

variable "unknown_input" {}

variable "data_volumes" {
  default = {
    "/dev/sdf" = true
    "/dev/sdg" = false
  }
}

resource "aws_instance" "root_literal" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = false # expect: TFG-ENC-004
  }
}

resource "aws_instance" "root_from_variable" {
  count         = 2
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = var.encrypted # expect: TFG-ENC-004
  }
}

# The AMI's snapshot decides: undecided, not findings.
resource "aws_instance" "root_unset" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    volume_size = 50
  }
}

resource "aws_instance" "no_root_block" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

# A new, empty data volume: unset is unencrypted.
resource "aws_instance" "data_unset" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
  ebs_block_device { # expect: TFG-ENC-004
    device_name = "/dev/sdf"
    volume_size = 100
  }
  ebs_block_device {
    device_name = "/dev/sdg"
    volume_size = 100
    encrypted   = true
  }
  # Restored from an external snapshot: the snapshot decides.
  ebs_block_device {
    device_name = "/dev/sdh"
    snapshot_id = "snap-0123456789abcdef0"
  }
}

resource "aws_instance" "data_dynamic" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
  dynamic "ebs_block_device" {
    for_each = var.data_volumes
    content {
      device_name = ebs_block_device.key
      encrypted   = ebs_block_device.value # expect: TFG-ENC-004
    }
  }
}

resource "aws_instance" "dynamic_unknown" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
  dynamic "ebs_block_device" {
    for_each = var.unknown_input
    content {
      device_name = ebs_block_device.key
      encrypted   = ebs_block_device.value
    }
  }
}

resource "aws_instance" "good" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
  ebs_block_device {
    device_name = "/dev/sdf"
    encrypted   = true
  }
}

resource "aws_instance" "unknown" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = var.unknown_input
  }
}

resource "aws_launch_configuration" "web" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = false # expect: TFG-ENC-004
  }
  ebs_block_device { # expect: TFG-ENC-004
    device_name = "/dev/sdf"
  }
}

resource "aws_launch_template" "web" {
  name = "web"
  # Overrides the AMI's root volume: the AMI decides an unset `encrypted`.
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 50
    }
  }
  block_device_mappings {
    device_name = "/dev/sdf"
    ebs { # expect: TFG-ENC-004
      volume_size = 100
    }
  }
  block_device_mappings {
    device_name = "/dev/sdg"
    ebs {
      volume_size = 100
      encrypted   = "false" # expect: TFG-ENC-004
    }
  }
}

resource "aws_launch_template" "root_false" {
  name = "root-false"
  block_device_mappings {
    device_name = "/dev/sda1"
    ebs {
      encrypted = false # expect: TFG-ENC-004
    }
  }
}

resource "aws_launch_template" "good" {
  name = "good"
  block_device_mappings {
    device_name = "/dev/sdf"
    ebs {
      volume_size = 100
      encrypted   = true
    }
  }
}

resource "aws_launch_template" "unknown" {
  name = "unknown"
  block_device_mappings {
    device_name = "/dev/sdf"
    ebs {
      encrypted = var.unknown_input
    }
  }
}
