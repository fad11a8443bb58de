# Suppressions that cover no finding are reported; those that do are not.

# expect-below: TFG-GOV-003
# tfgate:ignore TFG-ENC-022 -- rotation is on now, the comment stayed
resource "aws_kms_key" "fixed" {
  description         = "fixed"
  enable_key_rotation = true
}

# tfgate:ignore TFG-ENC-022 -- still needed
resource "aws_kms_key" "still_needed" {
  description = "still needed"
}

resource "aws_kms_key" "wrong_line" {
  description = "the comment is above an argument the finding is not on"
  # expect-below: TFG-GOV-003
  # tfgate:ignore TFG-ENC-022 -- on the wrong line
  deletion_window_in_days = 30
}
