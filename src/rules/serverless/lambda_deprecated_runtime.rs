//! TFG-SLS-008: Lambda function on a deprecated runtime.

use crate::finding::Severity;
use crate::rules::serverless::helpers::{Text, label, text};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-008",
    name: "lambda-deprecated-runtime",
    title: "Lambda function uses a deprecated runtime",
    severity: Severity::Medium,
    area: Area::Serverless,
    aliases: &["CKV_AWS_363"],
    compliance: &[
        "SOC2:CC7.1",
        "SOC2:CC8.1",
        "NIST:SA-22",
        "NIST:SI-2",
        "ISO27001:A.8.8",
    ],
    controls: &["Lambda runtime deprecated"],
    resources: &["aws_lambda_function"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-008.md"),
    check,
};

/// The day the table below was read (the rule's judgement date): a runtime is deprecated
/// when its deprecation date is on or before it. Fixed, so a scan gives the same answer on
/// any day; the table and this date move together.
#[cfg(test)]
const TABLE_DATE: &str = "2026-12-07";

/// Lambda managed runtimes deprecated on or before [`TABLE_DATE`], with the deprecation date
/// of AWS's runtime tables (Lambda developer guide, "Lambda runtimes").
pub const DEPRECATED: &[(&str, &str)] = &[
    ("dotnet8", "2026-11-10"),
    ("python3.10", "2026-06-30"),
    ("python3.11", "2026-06-30"),
    ("java8.al2", "2026-06-30"),
    ("java11", "2026-06-30"),
    ("java17", "2026-06-30"),
    ("provided.al2", "2026-06-30"),
    ("nodejs20.x", "2026-04-30"),
    ("ruby3.2", "2026-03-31"),
    ("python3.9", "2025-12-15"),
    ("nodejs18.x", "2025-09-01"),
    ("dotnet6", "2024-12-20"),
    ("python3.8", "2024-10-14"),
    ("nodejs16.x", "2024-06-12"),
    ("dotnet7", "2024-05-14"),
    ("java8", "2024-01-08"),
    ("go1.x", "2024-01-08"),
    ("provided", "2024-01-08"),
    ("nodejs14.x", "2023-12-04"),
    ("python3.7", "2023-12-04"),
    ("ruby2.7", "2023-12-07"),
    ("dotnetcore3.1", "2023-04-03"),
    ("nodejs12.x", "2023-03-31"),
    ("python3.6", "2022-07-18"),
    ("dotnet5.0", "2022-05-10"),
    ("dotnetcore2.1", "2022-01-05"),
    ("nodejs10.x", "2021-07-30"),
    ("ruby2.5", "2021-07-30"),
    ("python2.7", "2021-07-15"),
    ("nodejs8.10", "2020-03-06"),
    ("nodejs4.3", "2020-03-05"),
    ("nodejs4.3-edge", "2020-03-05"),
    ("nodejs6.10", "2019-08-12"),
    ("dotnetcore1.0", "2019-07-30"),
    ("dotnetcore2.0", "2019-05-30"),
    ("nodejs", "2016-10-31"),
];

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_lambda_function") {
        match text(inst, "runtime") {
            Text::Unknown => cx.undecided(i),
            Text::Known(r) => match DEPRECATED.iter().find(|(id, _)| *id == r) {
                Some((_, date)) => cx.report(
                    i,
                    "runtime",
                    format!(
                        "{} sets `runtime = \"{r}\"`, deprecated since {date}: the runtime no longer receives security patches",
                        label(inst)
                    ),
                ),
                None => cx.pass(i),
            },
            // No runtime: a container image, whose base image sets the runtime.
            Text::Unset => cx.pass(i),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_date_is_on_or_before_the_table_date() {
        for (id, date) in DEPRECATED {
            assert!(*date <= TABLE_DATE, "{id} {date}");
        }
    }
}
