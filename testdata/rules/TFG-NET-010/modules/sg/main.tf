resource "aws_security_group" "this" {
  name        = "module-sg"
  description = "from a module"
}

output "id" {
  value = aws_security_group.this.id
}
