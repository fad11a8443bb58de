//! TFG-IAM-029: an identity policy that allows a known privilege escalation path.

use super::helpers::{Which, allowed_everywhere, judge_whole};
use crate::finding::Severity;
use crate::link::policy::{Policy, Statement};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-029",
    name: "policy-allows-privilege-escalation",
    title: "IAM policy allows a known privilege escalation path",
    severity: Severity::High,
    area: Area::Iam,
    aliases: &[
        "CKV_AWS_286",
        "CKV_AWS_110",
        "846646e3-2af1-428c-ac5d-271eccfa6faf",
        "5b4d4aee-ac94-4810-9611-833636e5916d",
        "113208f2-a886-4526-9ecc-f3218600e12c",
        "04c686f1-e0cd-4812-88e1-4e038410074c",
        "9a205ba3-0dd1-42eb-8d54-2ffec836b51a",
        "0fd7d920-4711-46bd-aff2-d307d82cd8b7",
        "ad296c0d-8131-4d6b-b030-1b0e73a99ad3",
        "35ccf766-0e4d-41ed-9ec4-2dab155082b4",
        "6deb34e2-5d9c-499a-801b-ea6d9eda894f",
        "ec49cbfd-fae4-45f3-81b1-860526d66e3f",
        "ee49557d-750c-4cc1-aa95-94ab36cbefde",
        "1743f5f1-0bb0-4934-acef-c80baa5dadfa",
        "7782d4b3-e23e-432b-9742-d9528432e771",
        "118281d0-6471-422e-a7c5-051bc667926e",
        "43a41523-386a-4cb1-becb-42af6b414433",
        "db78d14b-10e5-4e6e-84b1-dace6327b1ec",
        "7c96920c-6fd0-449d-9a52-0aa431b6beaf",
        "70cb518c-d990-46f6-bc05-44a5041493d6",
        "70b42736-efee-4bce-80d5-50358ed94990",
        "f906113d-cdc0-415a-ba60-609cc6daaf4d",
        "6d23d87e-1c5b-4308-b224-92624300f29b",
        "3dd96caa-0b5f-4a85-b929-acfac4646cc2",
        "f465fff1-0a0f-457d-aa4d-1bddb6f204ff",
        "e227091e-2228-4b40-b046-fc13650d8e88",
        "60263b4a-6801-4587-911d-919c37ed733b",
        "8f75840d-9ee7-42f3-b203-b40e3979eb12",
        "0c10d7da-85c4-4d62-b2a8-d6c104f1bd77",
        "e77c89f6-9c85-49ea-b95b-5f960fe5be92",
        "d6047119-a0b2-4b59-a4f2-127a36fb685b",
        "8bfbf7ab-d5e8-4100-8618-798956e101e0",
        "c0c1e744-0f37-445e-924a-1846f0839f69",
        "eb64f1e9-f67d-4e35-8a3c-3d6a2f9efea7",
        "eeb4d37a-3c59-4789-a00c-1509bc3af1e5",
        "970ed7a2-0aca-4425-acf1-0453c9ecbca1",
        "b8a31292-509d-4b61-bc40-13b167db7e9c",
        "bf9d42c7-c2f9-4dfe-942c-c8cc8249a081",
        "78f1ec6f-5659-41ea-bd48-d0a142dce4f2",
        "f1173d8c-3264-4148-9fdb-61181e031b51",
        "33627268-1445-4385-988a-318fd9d1a512",
        "15e6ad8c-f420-49a6-bafb-074f5eb1ec74",
        "30b88745-eebe-4ecb-a3a9-5cf886e96204",
        "89561b03-cb35-44a9-a7e9-8356e71606f4",
        "034d0aee-620f-4bf7-b7fb-efdf661fdb9e",
        "fa62ac4f-f5b9-45b9-97c1-625c8b6253ca",
        "8055dec2-efb8-4fe6-8837-d9bed6ff202a",
        "7d544dad-8a6c-431c-84c1-5f07fe9afc0e",
        "0a592060-8166-49f5-8e65-99ac6dce9871",
        "94fbe150-27e3-4eba-9ca6-af32865e4503",
        "9b0ffadc-a61f-4c2a-b1e6-68fab60f6267",
        "be2aa235-bd93-4b68-978a-1cc65d49082f",
        "19ffbe31-9d72-4379-9768-431195eae328",
        "8f3c16b3-354d-45db-8ad5-5066778a9485",
        "eda48c88-2b7d-4e34-b6ca-04c0194aee17",
        "9b877bd8-94b4-4c10-a060-8e0436cc09fa",
        "571254d8-aa6a-432e-9725-535d3ef04d69",
        "c583f0f9-7dfd-476b-a056-f47c62b47b46",
        "b69247e5-7e73-464e-ba74-ec9b715c6e12",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-6",
        "NIST:AC-6(10)",
        "ISO27001:A.8.2",
    ],
    controls: &[
        "Policy allows a known privilege-escalation path (any method)",
        "Privesc: create/update credentials of other users (iam:CreateAccessKey / CreateLoginProfile / UpdateLoginProfile)",
        "Privesc: policy version manipulation (iam:CreatePolicyVersion / SetDefaultPolicyVersion)",
        "Privesc: attach or put policies (iam:Attach{User,Group,Role}Policy / iam:Put{User,Group,Role}Policy)",
        "Privesc: add user to group (iam:AddUserToGroup)",
        "Privesc: update a role trust policy and assume it (iam:UpdateAssumeRolePolicy + sts:AssumeRole)",
        "Privesc: iam:PassRole to new compute (ec2:RunInstances / lambda:CreateFunction+InvokeFunction / glue:CreateDevEndpoint / cloudformation:CreateStack)",
        "Privesc: modify existing privileged compute (glue:UpdateDevEndpoint / lambda:UpdateFunctionCode)",
    ],
    resources: &[
        "aws_iam_policy",
        "aws_iam_role_policy",
        "aws_iam_user_policy",
        "aws_iam_group_policy",
        "aws_iam_role",
        "aws_ssoadmin_permission_set_inline_policy",
        "aws_iam_policy_document",
        "aws_iam_user",
        "aws_iam_group",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-029.md"),
    check,
};

/// The escalation methods: a name and the actions that together make it (Rhino Security
/// Labs' catalogue, as cloudsplaining and the peers list it). Attaching or writing a role's
/// policy, and rewriting its trust policy, need no `sts:AssumeRole` here: a role can change
/// its own policies, and a trust policy that names a principal of the same account lets it
/// in without an identity permission.
const METHODS: &[(&str, &[&str])] = &[
    (
        "create a new version of a policy",
        &["iam:CreatePolicyVersion"],
    ),
    (
        "make another version of a policy the default",
        &["iam:SetDefaultPolicyVersion"],
    ),
    (
        "create access keys for other users",
        &["iam:CreateAccessKey"],
    ),
    (
        "create a console password for other users",
        &["iam:CreateLoginProfile"],
    ),
    (
        "change other users' console passwords",
        &["iam:UpdateLoginProfile"],
    ),
    ("attach policies to users", &["iam:AttachUserPolicy"]),
    ("attach policies to groups", &["iam:AttachGroupPolicy"]),
    (
        "attach policies to roles, its own included",
        &["iam:AttachRolePolicy"],
    ),
    ("write inline policies of users", &["iam:PutUserPolicy"]),
    ("write inline policies of groups", &["iam:PutGroupPolicy"]),
    (
        "write inline policies of roles, its own included",
        &["iam:PutRolePolicy"],
    ),
    ("add users to groups", &["iam:AddUserToGroup"]),
    (
        "rewrite a role's trust policy to trust itself",
        &["iam:UpdateAssumeRolePolicy"],
    ),
    (
        "pass a role to a new EC2 instance",
        &["iam:PassRole", "ec2:RunInstances"],
    ),
    (
        "pass a role to a new Lambda function and invoke it",
        &[
            "iam:PassRole",
            "lambda:CreateFunction",
            "lambda:InvokeFunction",
        ],
    ),
    (
        "pass a role to a new Lambda function triggered by a new DynamoDB table",
        &[
            "iam:PassRole",
            "lambda:CreateFunction",
            "lambda:CreateEventSourceMapping",
            "dynamodb:CreateTable",
            "dynamodb:PutItem",
        ],
    ),
    (
        "pass a role to a new Lambda function triggered by an existing event source",
        &[
            "iam:PassRole",
            "lambda:CreateFunction",
            "lambda:CreateEventSourceMapping",
        ],
    ),
    (
        "pass a role to a new Glue development endpoint",
        &["iam:PassRole", "glue:CreateDevEndpoint"],
    ),
    (
        "take over an existing Glue development endpoint",
        &["glue:UpdateDevEndpoint"],
    ),
    (
        "pass a role to a new CloudFormation stack",
        &["iam:PassRole", "cloudformation:CreateStack"],
    ),
    (
        "pass a role to a new Data Pipeline",
        &["iam:PassRole", "datapipeline:CreatePipeline"],
    ),
    (
        "replace the code of an existing Lambda function",
        &["lambda:UpdateFunctionCode"],
    ),
];

/// The methods a set of statements allows on every resource, and whether an unknown could
/// complete another.
fn methods(statements: &[Statement]) -> (Vec<(usize, String)>, bool) {
    let mut found = Vec::new();
    let mut unknown = false;
    for (m, (name, actions)) in METHODS.iter().enumerate() {
        let mut all = Some(true);
        for a in *actions {
            match allowed_everywhere(statements, a) {
                Some(true) => {}
                Some(false) => {
                    all = Some(false);
                    break;
                }
                None => all = None,
            }
        }
        match all {
            Some(true) => found.push((m, format!("{name} (`{}`)", actions.join("` + `")))),
            Some(false) => {}
            None => unknown = true,
        }
    }
    (found, unknown)
}

/// "N privilege escalation paths ...: a; b; c, and N more".
fn describe(found: &[(usize, String)]) -> String {
    let n = found.len();
    let names: Vec<&str> = found.iter().map(|(_, d)| d.as_str()).collect();
    let listed = if n > 3 {
        format!("{}, and {} more", names[..3].join("; "), n - 3)
    } else {
        names.join("; ")
    };
    format!(
        "{n} privilege escalation path{} on every resource: {listed}; its holder can make itself administrator",
        if n == 1 { "" } else { "s" }
    )
}

fn check(cx: &mut Checker) {
    judge_whole(cx, Which::Identity, |statements| {
        match methods(statements) {
            (found, _) if !found.is_empty() => Err(Some(format!("allows {}", describe(&found)))),
            (_, true) => Err(None),
            _ => Ok(()),
        }
    });
    // A user, group or role whose policies complete a method only together.
    let links = cx.links;
    let iam = links.iam();
    for p in &iam.principals {
        if p.policies.len() < 2 {
            continue;
        }
        let mut single = Vec::new();
        let mut all = Vec::new();
        for &k in &p.policies {
            if let Policy::Statements(s) = &iam.identity[k].policy {
                single.extend(methods(s).0.into_iter().map(|(m, _)| m));
                all.extend(s.iter().cloned());
            }
        }
        let (found, unknown) = methods(&all);
        let found: Vec<_> = found
            .into_iter()
            .filter(|(m, _)| !single.contains(m))
            .collect();
        let inst = links.instance(p.instance);
        if !found.is_empty() {
            cx.report(
                p.instance,
                "",
                format!(
                    "{} gets, from its {} policies together, {}",
                    label(inst),
                    p.policies.len(),
                    describe(&found)
                ),
            );
        } else if unknown || p.incomplete {
            cx.undecided(p.instance);
        } else {
            cx.pass(p.instance);
        }
    }
}
