# TFG-ENC-005: unencrypted EBS snapshot copies. A copy of an encrypted snapshot is always
# encrypted, so an unset `encrypted` is judged by the source when the configuration has it
# (undecided when the source is external); an explicit false is reported unless the source is
# known to be encrypted. Unknown values are undecided.

variable "encrypted" {
  default = false
}

variable "unknown_input" {}

resource "aws_ebs_volume" "plain" {
  availability_zone = "eu-west-1a"
  size              = 40
}

resource "aws_ebs_snapshot" "plain" {
  volume_id = aws_ebs_volume.plain.id
}

resource "aws_ebs_volume" "secret" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
}

resource "aws_ebs_snapshot" "secret" {
  volume_id = aws_ebs_volume.secret.id
}

# Copies of an unencrypted snapshot of this configuration, one per region.
resource "aws_ebs_snapshot_copy" "plain" {
  for_each           = toset(["eu-west-1", "eu-central-1"])
  source_region      = each.key
  source_snapshot_id = aws_ebs_snapshot.plain.id # expect: TFG-ENC-005
}

resource "aws_ebs_snapshot_copy" "literal" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
  encrypted          = false # expect: TFG-ENC-005
}

resource "aws_ebs_snapshot_copy" "from_variable" {
  source_snapshot_id = aws_ebs_snapshot.plain.id
  source_region      = "eu-west-1"
  encrypted          = var.encrypted # expect: TFG-ENC-005
}

# A copy of an encrypted snapshot is encrypted without asking.
resource "aws_ebs_snapshot_copy" "of_secret" {
  source_snapshot_id = aws_ebs_snapshot.secret.id
  source_region      = "eu-west-1"
}

# The external source decides.
resource "aws_ebs_snapshot_copy" "external" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
}

resource "aws_ebs_snapshot_copy" "good" {
  source_snapshot_id = aws_ebs_snapshot.plain.id
  source_region      = "eu-west-1"
  encrypted          = true
}

resource "aws_ebs_snapshot_copy" "unknown" {
  source_snapshot_id = aws_ebs_snapshot.plain.id
  source_region      = "eu-west-1"
  encrypted          = var.unknown_input
}
