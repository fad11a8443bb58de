resource "aws_iam_policy" "etl" {
  name = "etl"
  policy = jsonencode({ # expect: TFG-IAM-041
    Statement = [{ Effect = "Allow", Action = ["s3:Get*", "s3:Put*"], Resource = "*" }]
  })
}

resource "aws_iam_policy" "scoped" {
  name = "scoped"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Action = ["s3:Get*", "s3:Put*"], Resource = "arn:aws:s3:::etl-data/*" },
      { Effect = "Allow", Action = ["s3:Get*"], Resource = "*" },
    ]
  })
}
