# TFG-LOG-055: organization configurations that do not enable new members.
variable "members" {
  type = string
}

resource "aws_guardduty_detector" "none" {
  enable = true
}

resource "aws_guardduty_organization_configuration" "none" {
  detector_id                      = aws_guardduty_detector.none.id
  auto_enable_organization_members = "NONE" # expect: TFG-LOG-055
}

resource "aws_guardduty_detector" "old_false" {
  enable = true
}

resource "aws_guardduty_organization_configuration" "old_false" {
  detector_id = aws_guardduty_detector.old_false.id
  auto_enable = false # expect: TFG-LOG-055
}

resource "aws_guardduty_detector" "all" {
  enable = true
}

resource "aws_guardduty_organization_configuration" "all" {
  detector_id                      = aws_guardduty_detector.all.id
  auto_enable_organization_members = "ALL"
}

resource "aws_guardduty_detector" "old_true" {
  enable = true
}

resource "aws_guardduty_organization_configuration" "old_true" {
  detector_id = aws_guardduty_detector.old_true.id
  auto_enable = true
}

# No organization configuration: maybe a standalone account (undecided).
resource "aws_guardduty_detector" "standalone" {
  enable = true
}

resource "aws_guardduty_detector" "unknown" {
  enable = true
}

resource "aws_guardduty_organization_configuration" "unknown" {
  detector_id                      = aws_guardduty_detector.unknown.id
  auto_enable_organization_members = var.members
}
