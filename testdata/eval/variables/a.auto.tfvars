from_auto_a = "a.auto.tfvars"
from_auto_b = "a.auto.tfvars"
