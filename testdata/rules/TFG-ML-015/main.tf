# TFG-ML-015: Bedrock agents without a customer managed key.

variable "unknown_key" {}

resource "aws_kms_key" "agents" {
  description         = "agents"
  enable_key_rotation = true
}

resource "aws_bedrockagent_agent" "no_key" { # expect: TFG-ML-015
  agent_name              = "no-key"
  agent_resource_role_arn = "arn:aws:iam::123456789012:role/bedrock-agent"
  foundation_model        = "anthropic.claude-3-haiku-20240307-v1:0"
}

resource "aws_bedrockagent_agent" "aws_managed" {
  agent_name              = "aws-managed"
  agent_resource_role_arn = "arn:aws:iam::123456789012:role/bedrock-agent"
  foundation_model        = "anthropic.claude-3-haiku-20240307-v1:0"
  customer_encryption_key_arn = "alias/aws/bedrock" # expect: TFG-ML-015
}

resource "aws_bedrockagent_agent" "cmk" {
  agent_name              = "cmk"
  agent_resource_role_arn = "arn:aws:iam::123456789012:role/bedrock-agent"
  foundation_model        = "anthropic.claude-3-haiku-20240307-v1:0"
  customer_encryption_key_arn = aws_kms_key.agents.arn
}

resource "aws_bedrockagent_agent" "unknown" {
  agent_name              = "unknown"
  agent_resource_role_arn = "arn:aws:iam::123456789012:role/bedrock-agent"
  foundation_model        = "anthropic.claude-3-haiku-20240307-v1:0"
  customer_encryption_key_arn = var.unknown_key
}
