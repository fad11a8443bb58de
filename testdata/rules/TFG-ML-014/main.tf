# TFG-ML-014: Bedrock agents without a guardrail: no block, a block without an identifier;
# a guardrail of the configuration or a literal id passes, an unknown one is undecided.

variable "unknown_guardrail" {}

resource "aws_bedrock_guardrail" "support" {
  name                      = "support"
  blocked_input_messaging   = "Blocked."
  blocked_outputs_messaging = "Blocked."

  word_policy_config {
    managed_word_lists_config {
      type = "PROFANITY"
    }
  }
}

resource "aws_bedrockagent_agent" "no_block" { # expect: TFG-ML-014
  agent_name              = "no-block"
  agent_resource_role_arn = "arn:aws:iam::123456789012:role/bedrock-agent"
  foundation_model        = "anthropic.claude-3-haiku-20240307-v1:0"
}

resource "aws_bedrockagent_agent" "no_identifier" {
  agent_name              = "no-identifier"
  agent_resource_role_arn = "arn:aws:iam::123456789012:role/bedrock-agent"
  foundation_model        = "anthropic.claude-3-haiku-20240307-v1:0"

  guardrail_configuration { # expect: TFG-ML-014
    guardrail_version = "1"
  }
}

resource "aws_bedrockagent_agent" "configured" {
  agent_name              = "configured"
  agent_resource_role_arn = "arn:aws:iam::123456789012:role/bedrock-agent"
  foundation_model        = "anthropic.claude-3-haiku-20240307-v1:0"

  guardrail_configuration {
    guardrail_identifier = aws_bedrock_guardrail.support.guardrail_id
    guardrail_version    = "1"
  }
}

resource "aws_bedrockagent_agent" "literal" {
  agent_name              = "literal"
  agent_resource_role_arn = "arn:aws:iam::123456789012:role/bedrock-agent"
  foundation_model        = "anthropic.claude-3-haiku-20240307-v1:0"

  guardrail_configuration {
    guardrail_identifier = "gr-0123456789ab"
    guardrail_version    = "DRAFT"
  }
}

resource "aws_bedrockagent_agent" "unknown" {
  agent_name              = "unknown"
  agent_resource_role_arn = "arn:aws:iam::123456789012:role/bedrock-agent"
  foundation_model        = "anthropic.claude-3-haiku-20240307-v1:0"

  guardrail_configuration {
    guardrail_identifier = var.unknown_guardrail
    guardrail_version    = "1"
  }
}
