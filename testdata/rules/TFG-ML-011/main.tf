# TFG-ML-011: data quality job volume without a customer managed key: none, empty; a key
# of the configuration passes, an unknown key is undecided. The output key is set everywhere.

variable "unknown_key" {}

variable "unknown_flag" {}

resource "aws_kms_key" "monitoring" {
  description         = "monitoring"
  enable_key_rotation = true
}

resource "aws_sagemaker_data_quality_job_definition" "no_key" {
  name     = "no-key"
  role_arn = "arn:aws:iam::123456789012:role/monitoring"

  data_quality_app_specification {
    image_uri = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/monitor:1"
  }

  data_quality_job_input {
    endpoint_input {
      endpoint_name = "serve"
    }
  }

  data_quality_job_output_config {
    kms_key_id = aws_kms_key.monitoring.arn
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://monitoring-results/drift"
      }
    }
  }

  job_resources {
    cluster_config { # expect: TFG-ML-011
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
}

resource "aws_sagemaker_data_quality_job_definition" "empty" {
  name     = "empty"
  role_arn = "arn:aws:iam::123456789012:role/monitoring"

  data_quality_app_specification {
    image_uri = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/monitor:1"
  }

  data_quality_job_input {
    endpoint_input {
      endpoint_name = "serve"
    }
  }

  data_quality_job_output_config {
    kms_key_id = aws_kms_key.monitoring.arn
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://monitoring-results/drift"
      }
    }
  }

  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
      volume_kms_key_id = "" # expect: TFG-ML-011
    }
  }
}

resource "aws_sagemaker_data_quality_job_definition" "cmk" {
  name     = "cmk"
  role_arn = "arn:aws:iam::123456789012:role/monitoring"

  data_quality_app_specification {
    image_uri = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/monitor:1"
  }

  data_quality_job_input {
    endpoint_input {
      endpoint_name = "serve"
    }
  }

  data_quality_job_output_config {
    kms_key_id = aws_kms_key.monitoring.arn
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://monitoring-results/drift"
      }
    }
  }

  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
      volume_kms_key_id = aws_kms_key.monitoring.arn
    }
  }
}

resource "aws_sagemaker_data_quality_job_definition" "unknown" {
  name     = "unknown"
  role_arn = "arn:aws:iam::123456789012:role/monitoring"

  data_quality_app_specification {
    image_uri = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/monitor:1"
  }

  data_quality_job_input {
    endpoint_input {
      endpoint_name = "serve"
    }
  }

  data_quality_job_output_config {
    kms_key_id = aws_kms_key.monitoring.arn
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://monitoring-results/drift"
      }
    }
  }

  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
      volume_kms_key_id = var.unknown_key
    }
  }
}
