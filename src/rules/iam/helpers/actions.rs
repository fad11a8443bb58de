//! Lists of actions some IAM rules look for.

/// API actions whose response carries credentials (keys, passwords, tokens), after
/// cloudsplaining's list; `ecr:GetAuthorizationToken` is left out: it supports only
/// `Resource "*"` and every image puller needs it; `cognito-idp:GetSigningCertificate` too:
/// it returns a user pool's public SAML signing certificate, not a secret.
pub const RETURN_CREDENTIALS: &[&str] = &[
    "chime:CreateApiKey",
    "codepipeline:PollForJobs",
    "cognito-identity:GetOpenIdToken",
    "cognito-identity:GetOpenIdTokenForDeveloperIdentity",
    "cognito-identity:GetCredentialsForIdentity",
    "connect:GetFederationToken",
    "connect:GetFederationTokens",
    "ec2:GetPasswordData",
    "gamelift:RequestUploadCredentials",
    "gamelift:GetInstanceAccess",
    "iam:CreateAccessKey",
    "iam:CreateLoginProfile",
    "iam:CreateServiceSpecificCredential",
    "iam:ResetServiceSpecificCredential",
    "iam:UpdateAccessKey",
    "lightsail:GetInstanceAccessDetails",
    "lightsail:DownloadDefaultKeyPair",
    "lightsail:GetRelationalDatabaseMasterUserPassword",
    "mediapackage:RotateChannelCredentials",
    "mediapackage:RotateIngestEndpointCredentials",
    "rds-db:Connect",
    "redshift:GetClusterCredentials",
    "sso:GetRoleCredentials",
    "sts:AssumeRole",
    "sts:AssumeRoleWithSAML",
    "sts:AssumeRoleWithWebIdentity",
    "sts:GetFederationToken",
    "sts:GetSessionToken",
];

/// Read actions that copy data or secrets out: objects, parameters, secrets.
pub const EXFILTRATION: &[&str] = &[
    "s3:GetObject",
    "ssm:GetParameter",
    "ssm:GetParameters",
    "ssm:GetParametersByPath",
    "secretsmanager:GetSecretValue",
];
