# TFG-EC2-012: public and private instances sharing one profile: public by address flag, by
# subnet, by Elastic IP, by the default subnet; the same profile by reference and by name.
# Separate profiles, instances all public or all private pass; unknown subnets are undecided.

variable "unknown_subnet" {}

resource "aws_subnet" "public" {
  vpc_id                  = "vpc-0123456789abcdef0"
  cidr_block              = "10.0.0.0/24"
  map_public_ip_on_launch = true
}

resource "aws_subnet" "private" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.1.0/24"
}

resource "aws_iam_instance_profile" "shared" {
  name_prefix = "shared-"
  role        = "shared"
}

resource "aws_instance" "web" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  subnet_id            = aws_subnet.public.id
  iam_instance_profile = aws_iam_instance_profile.shared.name # expect: TFG-EC2-012
}

resource "aws_instance" "bastion" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  subnet_id            = aws_subnet.private.id
  iam_instance_profile = aws_iam_instance_profile.shared.name # expect: TFG-EC2-012
}

resource "aws_eip" "bastion" {
  instance = aws_instance.bastion.id
}

resource "aws_instance" "worker" {
  count                = 2
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  subnet_id            = aws_subnet.private.id
  iam_instance_profile = aws_iam_instance_profile.shared.name
}

# The same profile by name; the public one sets no subnet (the default subnet).
resource "aws_instance" "default_subnet" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = "ops" # expect: TFG-EC2-012
}

resource "aws_instance" "ops_private" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  subnet_id                   = "subnet-0bbbbbbbbbbbbbbbb"
  associate_public_ip_address = false
  iam_instance_profile        = "ops"
}

# Separate profiles.
resource "aws_instance" "api" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.public.id
  associate_public_ip_address = true
  iam_instance_profile        = "api"
}

resource "aws_instance" "queue" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  subnet_id            = aws_subnet.private.id
  iam_instance_profile = "queue"
}

# All public: nothing private to protect by this profile.
resource "aws_instance" "edge" {
  for_each             = toset(["a", "b"])
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  subnet_id            = aws_subnet.public.id
  iam_instance_profile = "edge"
}

# Undecided: a public instance with a profile shared with an instance whose subnet is unknown.
resource "aws_instance" "maybe_public" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  subnet_id            = aws_subnet.public.id
  iam_instance_profile = "batch"
}

resource "aws_instance" "maybe_private" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  subnet_id            = var.unknown_subnet
  iam_instance_profile = "batch"
}
