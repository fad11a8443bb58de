[
  {
    "name": "app",
    "image": "${image}",
    "privileged": true
  }
]
