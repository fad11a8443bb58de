# TFG-ML-012: data quality jobs without inter-container traffic encryption: no
# network_config block, a block without the flag, the flag false; true passes, unknown is
# undecided.

variable "unknown_key" {}

variable "unknown_flag" {}

resource "aws_kms_key" "monitoring" {
  description         = "monitoring"
  enable_key_rotation = true
}

resource "aws_sagemaker_data_quality_job_definition" "no_block" { # expect: TFG-ML-012
  name     = "no-block"
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

resource "aws_sagemaker_data_quality_job_definition" "no_flag" {
  name     = "no-flag"
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

  network_config { # expect: TFG-ML-012
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

resource "aws_sagemaker_data_quality_job_definition" "off" {
  name     = "off"
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

  network_config {
    enable_inter_container_traffic_encryption = false # expect: TFG-ML-012
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

resource "aws_sagemaker_data_quality_job_definition" "on" {
  name     = "on"
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

  network_config {
    enable_inter_container_traffic_encryption = true
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

  network_config {
    enable_inter_container_traffic_encryption = var.unknown_flag
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
