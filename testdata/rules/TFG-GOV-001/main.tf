# Suppressions with and without a reason, in each syntax. Every one covers a real finding.

# expect-below: TFG-GOV-001
# tfgate:ignore TFG-ENC-022
resource "aws_kms_key" "no_reason" {
  description = "no reason"
}

# tfgate:ignore TFG-ENC-022 -- imported key, rotated by the HSM team (SEC-42)
resource "aws_kms_key" "with_reason" {
  description = "with reason"
}

# tfsec's syntax has no place for a reason: counted in the run's note, not a finding.
#tfsec:ignore:aws-kms-auto-rotate-keys
resource "aws_kms_key" "tfsec_no_reason" {
  description = "tfsec"
}

#trivy:ignore:AVD-AWS-0065 -- rotated outside AWS
resource "aws_kms_key" "trivy_with_reason" {
  description = "trivy"
}

resource "aws_kms_key" "checkov_no_reason" {
  # expect-below: TFG-GOV-001
  #checkov:skip=CKV_AWS_7
  description = "checkov"
}

resource "aws_kms_key" "checkov_with_reason" {
  #checkov:skip=CKV_AWS_7:Rotation is handled by the HSM team
  description = "checkov"
}

resource "aws_kms_key" "checkov_reason_after_blanks" {
  # checkov:skip=CKV_AWS_7   Rotation is handled by the HSM team
  description = "checkov"
}
