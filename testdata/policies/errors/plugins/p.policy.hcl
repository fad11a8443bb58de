policy {
  plugins {
    checker = {
      source = "../plugins/bin/checker"
    }
  }
}

resource_policy "aws_instance" "x" {
  enforce {
    condition = true
  }
}
