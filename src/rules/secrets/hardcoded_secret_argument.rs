//! TFG-SEC-001: a password, key or token is written in the configuration, in an argument
//! that takes a secret.

use crate::finding::Severity;
use crate::model::value::{Unknown, Value};
use crate::rules::common::simple::label;
use crate::rules::secrets::helpers::shapes::{secret_name, secret_value, token_shape};
use crate::rules::secrets::helpers::written::{Written, find, from_plan, written};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SEC-001",
    name: "hardcoded-secret-argument",
    title: "A password, key or token is written in the configuration",
    severity: Severity::High,
    area: Area::Secrets,
    aliases: &["CKV_AWS_295"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:IA-5(7)",
        "NIST:SC-28",
        "ISO27001:A.5.17",
    ],
    controls: &[
        "Hard-coded secret in an argument that takes a secret",
        "DataSync object-storage location embeds secret_key",
    ],
    resources: &[
        "aws_db_instance",
        "aws_rds_cluster",
        "aws_docdb_cluster",
        "aws_docdb_elastic_cluster",
        "aws_redshift_cluster",
        "aws_redshiftserverless_namespace",
        "aws_lightsail_database",
        "aws_timestreaminfluxdb_db_instance",
        "aws_secretsmanager_secret_version",
        "aws_elasticache_replication_group",
        "aws_elasticache_user",
        "aws_memorydb_user",
        "aws_dms_endpoint",
        "aws_mq_broker",
        "aws_directory_service_directory",
        "aws_opensearch_domain",
        "aws_elasticsearch_domain",
        "aws_datasync_location_object_storage",
        "aws_datasync_location_smb",
        "aws_datasync_location_fsx_windows_file_system",
        "aws_fsx_windows_file_system",
        "aws_fsx_ontap_file_system",
        "aws_fsx_ontap_storage_virtual_machine",
        "aws_api_gateway_api_key",
        "aws_amplify_app",
        "aws_amplify_branch",
        "aws_codebuild_source_credential",
        "aws_codepipeline_webhook",
        "aws_cloudwatch_event_connection",
        "aws_kinesis_firehose_delivery_stream",
        "aws_glue_connection",
        "aws_ssm_parameter",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SEC-001.md"),
    check,
};

/// The arguments that take a secret, per resource type (`block[].argument`: in every such
/// block). Arguments whose value AWS generates or that name a secret store are not here.
const SECRET_ARGUMENTS: &[(&str, &[&str])] = &[
    ("aws_db_instance", &["password"]),
    ("aws_rds_cluster", &["master_password"]),
    ("aws_docdb_cluster", &["master_password"]),
    ("aws_docdb_elastic_cluster", &["admin_user_password"]),
    ("aws_redshift_cluster", &["master_password"]),
    ("aws_redshiftserverless_namespace", &["admin_user_password"]),
    ("aws_lightsail_database", &["master_password"]),
    ("aws_timestreaminfluxdb_db_instance", &["password"]),
    (
        "aws_secretsmanager_secret_version",
        &["secret_string", "secret_binary"],
    ),
    ("aws_elasticache_replication_group", &["auth_token"]),
    (
        "aws_elasticache_user",
        &["passwords", "authentication_mode[].passwords"],
    ),
    ("aws_memorydb_user", &["authentication_mode[].passwords"]),
    (
        "aws_dms_endpoint",
        &[
            "password",
            "kafka_settings[].sasl_password",
            "redis_settings[].auth_password",
        ],
    ),
    ("aws_mq_broker", &["user[].password"]),
    ("aws_directory_service_directory", &["password"]),
    (
        "aws_opensearch_domain",
        &["advanced_security_options[].master_user_options[].master_user_password"],
    ),
    (
        "aws_elasticsearch_domain",
        &["advanced_security_options[].master_user_options[].master_user_password"],
    ),
    ("aws_datasync_location_object_storage", &["secret_key"]),
    ("aws_datasync_location_smb", &["password"]),
    (
        "aws_datasync_location_fsx_windows_file_system",
        &["password"],
    ),
    (
        "aws_fsx_windows_file_system",
        &["self_managed_active_directory[].password"],
    ),
    ("aws_fsx_ontap_file_system", &["fsx_admin_password"]),
    (
        "aws_fsx_ontap_storage_virtual_machine",
        &[
            "svm_admin_password",
            "active_directory_configuration[].self_managed_active_directory_configuration[].password",
        ],
    ),
    ("aws_api_gateway_api_key", &["value"]),
    // Only a `SecureString` (the parameter says it holds a secret; TFG-SEC-007 judges the others).
    ("aws_ssm_parameter", &["value"]),
    (
        "aws_amplify_app",
        &["access_token", "oauth_token", "basic_auth_credentials"],
    ),
    ("aws_amplify_branch", &["basic_auth_credentials"]),
    ("aws_codebuild_source_credential", &["token"]),
    (
        "aws_codepipeline_webhook",
        &["authentication_configuration[].secret_token"],
    ),
    (
        "aws_cloudwatch_event_connection",
        &[
            "auth_parameters[].api_key[].value",
            "auth_parameters[].basic[].password",
            "auth_parameters[].oauth[].client_parameters[].client_secret",
        ],
    ),
    (
        "aws_kinesis_firehose_delivery_stream",
        &[
            "http_endpoint_configuration[].access_key",
            "splunk_configuration[].hec_token",
            "redshift_configuration[].password",
            "snowflake_configuration[].private_key",
        ],
    ),
];

/// Keys of a Glue connection's `connection_properties` that hold a secret.
const GLUE_SECRET_KEYS: &[&str] = &[
    "PASSWORD",
    "KAFKA_CLIENT_KEYSTORE_PASSWORD",
    "KAFKA_CLIENT_KEY_PASSWORD",
    "KAFKA_SASL_PLAIN_PASSWORD",
    "KAFKA_SASL_SCRAM_PASSWORD",
    "ENCRYPTED_PASSWORD",
];

fn check(cx: &mut Checker) {
    for &(rtype, specs) in SECRET_ARGUMENTS {
        for (i, inst) in cx.resources(rtype) {
            if from_plan(inst) {
                cx.undecided(i);
                continue;
            }
            if rtype == "aws_ssm_parameter" {
                match inst.node().get("type").and_then(Value::as_str) {
                    Some("SecureString") => {}
                    Some(_) => {
                        cx.pass(i);
                        continue;
                    }
                    None => {
                        cx.undecided(i);
                        continue;
                    }
                }
            }
            let mut unknown = false;
            let mut findings = Vec::new();
            for spec in specs {
                for found in find(inst, spec) {
                    match secret_text(rtype, spec, found.value, found.literal)
                        .unwrap_or_else(|| written(found.value, found.literal))
                    {
                        Written::No => {}
                        Written::Unknown => unknown = true,
                        w => findings.push((
                            i,
                            found.path.clone(),
                            format!(
                                "{} sets `{}` from {}: the secret is in the code and in every plan and state",
                                label(inst),
                                found.path,
                                w.source()
                            ),
                        )),
                    }
                }
            }
            cx.settle(i, unknown, findings);
        }
    }
    glue_connections(cx);
}

/// What a secret's text (`secret_string`, `secret_binary`, a `SecureString` parameter's
/// `value`) says beyond being known: a JSON
/// object (`jsonencode({ username = "app", password = random_password.db.result })`, with
/// unknown parts or not) holds a written secret when a field other than those that describe
/// the secret (`host`, `port`, `username`) holds a known value, or any field has a token
/// shape; else the secret comes from elsewhere; a
/// placeholder (`"CHANGE_ME"`, `jsonencode({})`, set once and filled in out of band under
/// `ignore_changes`) is no secret. `None`: judge the value as any other.
fn secret_text(rtype: &str, spec: &str, v: Option<&Value>, literal: bool) -> Option<Written> {
    if !matches!(
        (rtype, spec),
        (_, "secret_string" | "secret_binary") | ("aws_ssm_parameter", "value")
    ) {
        return None;
    }
    let parsed;
    let (object, known) = match v? {
        Value::Unknown(Unknown::Encoded { value }) => (value.as_ref(), Written::Known),
        Value::String(s) => {
            if placeholder(s) {
                return Some(Written::No);
            }
            let json = serde_json::from_str::<serde_json::Value>(s).ok()?;
            parsed = Value::from_json(&json);
            let known = if literal {
                Written::Literal
            } else {
                Written::Known
            };
            (&parsed, known)
        }
        _ => return None,
    };
    let object = object.as_object()?;
    let written_field = object.fields.iter().any(|(k, v)| {
        v.as_str().is_some_and(|s| {
            token_shape(s).is_some()
                || (!descriptive_field(k) && secret_value(s) && !placeholder(s))
        })
    });
    Some(if written_field { known } else { Written::No })
}

/// Fields of a JSON secret that describe it rather than hold it (`host`, `port`, `username`,
/// `engine`): their known values are no secret. Any other field with a written value is.
fn descriptive_field(name: &str) -> bool {
    let norm: String = name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    matches!(
        norm.as_str(),
        "username"
            | "user"
            | "login"
            | "host"
            | "hostname"
            | "port"
            | "engine"
            | "dbname"
            | "database"
            | "dbinstanceidentifier"
            | "dbclusteridentifier"
            | "endpoint"
            | "url"
            | "uri"
            | "region"
            | "arn"
            | "id"
            | "name"
            | "email"
            | "type"
            | "description"
            | "version"
            | "scheme"
            | "protocol"
            | "sslmode"
    ) && !secret_name(name)
}

/// Values that stand for "to be filled in": `CHANGE_ME`, `placeholder`, `{}`.
fn placeholder(s: &str) -> bool {
    let norm: String = s
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    matches!(
        norm.as_str(),
        "" | "changeme"
            | "replaceme"
            | "placeholder"
            | "dummy"
            | "todo"
            | "tbd"
            | "empty"
            | "none"
            | "null"
            | "initial"
            | "initialvalue"
            | "setme"
            | "setmanually"
            | "updateme"
    )
}

/// A Glue connection keeps its password in the `connection_properties` map.
fn glue_connections(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_glue_connection") {
        if from_plan(inst) {
            cx.undecided(i);
            continue;
        }
        let attr = inst.body.attr("connection_properties");
        let literal = attr.is_some_and(|a| a.literal);
        let map = match attr.map(|a| &a.value) {
            None | Some(Value::Null) => {
                cx.pass(i);
                continue;
            }
            Some(v) => v,
        };
        let Some(object) = map.as_object() else {
            cx.undecided(i);
            continue;
        };
        let mut unknown = false;
        let mut findings = Vec::new();
        for (key, value) in &object.fields {
            if !GLUE_SECRET_KEYS.iter().any(|k| k.eq_ignore_ascii_case(key)) {
                continue;
            }
            match written(Some(value), literal) {
                Written::No => {}
                Written::Unknown => unknown = true,
                w => findings.push((
                    i,
                    "connection_properties".to_string(),
                    format!(
                        "{} sets `connection_properties.{key}` from {}: the secret is in the code and in every plan and state",
                        label(inst),
                        w.source()
                    ),
                )),
            }
        }
        cx.settle(i, unknown, findings);
    }
}
