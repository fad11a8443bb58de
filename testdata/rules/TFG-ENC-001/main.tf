# TFG-ENC-001: unencrypted EBS volumes. A literal false, false through a variable, unset,
# for_each and count, volumes restored from snapshots of this configuration and from
# external ones, and unknown values (undecided, never findings). The `account_default`
# directory is a second root that turns EBS encryption by default on.

variable "encrypted" {
  default = false
}

variable "unknown_input" {}

resource "aws_ebs_volume" "literal" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = false # expect: TFG-ENC-001
}

resource "aws_ebs_volume" "from_variable" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = var.encrypted # expect: TFG-ENC-001
}

# Unset: unencrypted (the provider default is false).
resource "aws_ebs_volume" "unset" { # expect: TFG-ENC-001
  count             = 2
  availability_zone = "eu-west-1a"
  size              = 40
}

resource "aws_ebs_volume" "per_tier" {
  for_each          = { hot = true, cold = false }
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = each.value # expect: TFG-ENC-001
}

resource "aws_ebs_volume" "good" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = "true"
}

resource "aws_ebs_volume" "unknown" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = var.unknown_input
}

# Restored from a snapshot of an encrypted volume: encrypted without asking.
resource "aws_ebs_snapshot" "of_good" {
  volume_id = aws_ebs_volume.good.id
}

resource "aws_ebs_volume" "restored_from_good" {
  availability_zone = "eu-west-1a"
  snapshot_id       = aws_ebs_snapshot.of_good.id
}

# Restored from a snapshot of an unencrypted volume, and not asking for encryption.
resource "aws_ebs_snapshot" "of_literal" {
  volume_id = aws_ebs_volume.literal.id
}

resource "aws_ebs_volume" "restored_from_literal" {
  availability_zone = "eu-west-1a"
  snapshot_id       = aws_ebs_snapshot.of_literal.id # expect: TFG-ENC-001
}

# An external snapshot decides an unset `encrypted`; an explicit false is still reported.
resource "aws_ebs_volume" "restored_external" {
  availability_zone = "eu-west-1a"
  snapshot_id       = "snap-0123456789abcdef0"
}

resource "aws_ebs_volume" "restored_external_false" {
  availability_zone = "eu-west-1a"
  snapshot_id       = "snap-0123456789abcdef0"
  encrypted         = false # expect: TFG-ENC-001
}
