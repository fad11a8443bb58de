resource "aws_ebs_volume" "plain" {
  availability_zone = "eu-west-1a"
  size              = 8
  encrypted         = false
}

resource "aws_ebs_snapshot" "plain" {
  volume_id = aws_ebs_volume.plain.id
}

resource "aws_ebs_snapshot_copy" "copy" {
  source_snapshot_id = aws_ebs_snapshot.plain.id
  source_region      = "eu-west-1"
}
