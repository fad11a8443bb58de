//! Benchmarks per pipeline stage on a synthetic corpus, and the corpus generator itself.
//!
//! `cargo bench --bench stages` generates a corpus (scale 1: about the size of the
//! 13-repository public corpus, ~1,500 files) in a temporary directory and times discovery
//! with reading and parsing, evaluation, and linking with the rules.
//! `cargo bench --bench stages -- generate DIR SCALE` only writes a corpus of SCALE times that
//! size, for scripts/bench-scale.sh.
//! `cargo bench --bench stages -- floor DIR [RUNS]` compares the whole scan (the release
//! binary, `check --format json`) with the floor: reading the same files and parsing them
//! with hcl-edit (or serde_json for JSON files), in parallel, and nothing else.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

// The same allocator as the binary, so the floor is measured on equal terms.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// Files per scale unit: 150 root modules of 10 files each.
const ROOTS_PER_SCALE: usize = 150;

/// Writes a realistic synthetic corpus: root modules with variables, locals, tfvars, a shared
/// child module called with for_each, dynamic blocks, split S3 resources, comments and
/// heredocs. Each root has eight files in four kinds (storage, network, identity, messaging),
/// like the public corpus's mix of resource types; one file in five carries a weakness, so
/// findings come at about the public corpus's rate rather than on every resource.
fn generate(dir: &Path, scale: usize) -> std::io::Result<()> {
    let shared = dir.join("modules/bucket");
    std::fs::create_dir_all(&shared)?;
    std::fs::write(shared.join("main.tf"), MODULE)?;
    for r in 0..ROOTS_PER_SCALE * scale {
        let root = dir.join(format!("stacks/stack{r:05}"));
        std::fs::create_dir_all(&root)?;
        std::fs::write(root.join("variables.tf"), VARIABLES)?;
        std::fs::write(
            root.join("terraform.tfvars"),
            format!(
                "env = \"env{r}\"\nteam = \"team{}\"\nvpc_cidr = \"10.{}.0.0/16\"\n",
                r % 17,
                r % 250
            ),
        )?;
        for f in 0..8 {
            let weak = (r + f) % 5 == 0;
            let mut text = String::new();
            let _ = writeln!(text, "# Stack {r}, file {f}: generated for benchmarks.");
            match f % 4 {
                0 => storage(&mut text, f, weak),
                1 => network(&mut text, f, weak),
                2 => identity(&mut text, f, weak),
                _ => messaging(&mut text, f, weak),
            }
            std::fs::write(root.join(format!("file{f}.tf")), text)?;
        }
    }
    Ok(())
}

/// A bucket with its companion resources; a weak one lacks encryption and leaves
/// `restrict_public_buckets` off.
fn storage(text: &mut String, f: usize, weak: bool) {
    let _ = write!(
        text,
        r#"locals {{
  name_{f} = "${{var.env}}-{f}"
}}

resource "aws_s3_bucket" "data_{f}" {{
  bucket = "${{local.name_{f}}}-data"
  tags   = merge(var.tags, {{ Name = local.name_{f} }})
}}

resource "aws_s3_bucket_versioning" "data_{f}" {{
  bucket = aws_s3_bucket.data_{f}.id
  versioning_configuration {{
    status = "Enabled"
  }}
}}

resource "aws_s3_bucket_logging" "data_{f}" {{
  bucket        = aws_s3_bucket.data_{f}.id
  target_bucket = "${{var.env}}-access-logs"
  target_prefix = "data_{f}/"
}}

resource "aws_s3_bucket_public_access_block" "data_{f}" {{
  bucket                  = aws_s3_bucket.data_{f}.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = {restrict}
}}

resource "aws_s3_bucket_policy" "data_{f}" {{
  bucket = aws_s3_bucket.data_{f}.id
  policy = <<-POLICY
    {{
      "Version": "2012-10-17",
      "Statement": [{{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*",
        "Condition": {{"Bool": {{"aws:SecureTransport": "false"}}}}}}]
    }}
  POLICY
}}
"#,
        restrict = !weak,
    );
    if !weak {
        let _ = write!(
            text,
            r#"
# Encrypted with the stack's key.
resource "aws_s3_bucket_server_side_encryption_configuration" "data_{f}" {{
  bucket = aws_s3_bucket.data_{f}.id
  rule {{
    apply_server_side_encryption_by_default {{
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }}
  }}
}}
"#
        );
    }
}

/// A VPC with subnets per zone, routes, flow logs and a security group whose ingress comes
/// from a dynamic block; a weak one opens SSH to the internet.
fn network(text: &mut String, f: usize, weak: bool) {
    let ssh = if weak {
        "[\"0.0.0.0/0\"]"
    } else {
        "[var.vpc_cidr]"
    };
    let _ = write!(
        text,
        r#"locals {{
  zones_{f} = {{ a = 1, b = 2, c = 3 }}
  ports_{f} = {{ https = 443, ssh = 22, app = {app} }}
}}

resource "aws_vpc" "main_{f}" {{
  cidr_block           = var.vpc_cidr
  enable_dns_hostnames = true
  tags                 = merge(var.tags, {{ Name = "${{var.env}}-{f}" }})
}}

resource "aws_subnet" "private_{f}" {{
  for_each          = local.zones_{f}
  vpc_id            = aws_vpc.main_{f}.id
  cidr_block        = cidrsubnet(var.vpc_cidr, 8, each.value + {f} * 4)
  availability_zone = "eu-west-1${{each.key}}"
}}

resource "aws_route_table" "private_{f}" {{
  vpc_id = aws_vpc.main_{f}.id
}}

resource "aws_route_table_association" "private_{f}" {{
  for_each       = aws_subnet.private_{f}
  subnet_id      = each.value.id
  route_table_id = aws_route_table.private_{f}.id
}}

resource "aws_flow_log" "main_{f}" {{
  vpc_id               = aws_vpc.main_{f}.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::${{var.env}}-flow-logs"
}}

resource "aws_security_group" "app_{f}" {{
  name        = "${{var.env}}-app-{f}"
  description = "application {f}"
  vpc_id      = aws_vpc.main_{f}.id

  dynamic "ingress" {{
    for_each = local.ports_{f}
    iterator = port
    content {{
      description = port.key
      from_port   = port.value
      to_port     = port.value
      protocol    = "tcp"
      cidr_blocks = port.key == "ssh" ? {ssh} : [var.vpc_cidr]
    }}
  }}

  egress {{
    description = "to the VPC"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [var.vpc_cidr]
  }}
}}
"#,
        app = 8000 + f,
    );
}

/// A role with a policy document built from a dynamic statement, attachments for each
/// managed policy and an encrypted log group; a weak log group has no key.
fn identity(text: &mut String, f: usize, weak: bool) {
    let key = if weak {
        String::new()
    } else {
        "  kms_key_id        = var.kms_key_arn\n".to_string()
    };
    let _ = write!(
        text,
        r#"data "aws_iam_policy_document" "assume_{f}" {{
  statement {{
    actions = ["sts:AssumeRole"]
    principals {{
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }}
  }}
}}

data "aws_iam_policy_document" "access_{f}" {{
  dynamic "statement" {{
    for_each = toset(["s3:GetObject", "s3:PutObject"])
    content {{
      effect    = "Allow"
      actions   = [statement.value]
      resources = ["arn:aws:s3:::${{var.env}}-data/*"]
    }}
  }}
}}

resource "aws_iam_role" "worker_{f}" {{
  name               = "${{var.env}}-worker-{f}"
  assume_role_policy = data.aws_iam_policy_document.assume_{f}.json
  tags               = var.tags
}}

resource "aws_iam_policy" "access_{f}" {{
  name   = "${{var.env}}-access-{f}"
  policy = data.aws_iam_policy_document.access_{f}.json
}}

resource "aws_iam_role_policy_attachment" "worker_{f}" {{
  for_each = toset([
    aws_iam_policy.access_{f}.arn,
    "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
  ])
  role       = aws_iam_role.worker_{f}.name
  policy_arn = each.value
}}

resource "aws_cloudwatch_log_group" "worker_{f}" {{
  name              = "/aws/lambda/${{var.env}}-worker-{f}"
  retention_in_days = 365
{key}}}
"#
    );
}

/// Buckets from the shared module (for_each) and an encrypted topic and queue; a weak queue
/// is not encrypted.
fn messaging(text: &mut String, f: usize, weak: bool) {
    let sse = if weak {
        String::new()
    } else {
        "  kms_master_key_id = var.kms_key_arn\n".to_string()
    };
    let _ = write!(
        text,
        r#"module "buckets_{f}" {{
  source      = "../../modules/bucket"
  for_each    = toset(["logs", "assets"])
  name        = "${{var.env}}-{f}-${{each.key}}"
  kms_key_arn = var.kms_key_arn
  tags        = var.tags
}}

resource "aws_sns_topic" "events_{f}" {{
  name              = "${{var.env}}-events-{f}"
  kms_master_key_id = var.kms_key_arn
}}

/* Messages are kept four days. */
resource "aws_sqs_queue" "events_{f}" {{
  name                      = "${{var.env}}-events-{f}"
  message_retention_seconds = 345600
{sse}}}
"#
    );
}

const VARIABLES: &str = r#"variable "env" {
  type = string
}

variable "team" {
  type = string
}

variable "vpc_cidr" {
  type    = string
  default = "10.0.0.0/16"
}

variable "kms_key_arn" {
  type    = string
  default = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c2e-7a8b-4c3d-9e0f-112233445566"
}

variable "tags" {
  type = map(string)
  default = {
    Owner = "platform"
  }
}
"#;

const MODULE: &str = r#"variable "name" {
  type = string
}

variable "kms_key_arn" {
  type = string
}

variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
  tags   = var.tags
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
  }
}

output "id" {
  value = aws_s3_bucket.this.id
}
"#;

/// The corpus the benchmarks share, generated once.
fn corpus() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("tfgate-bench-corpus-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        generate(&dir, 1).expect("the temporary directory is writable");
        dir
    })
}

fn scan_args(dir: &Path) -> tfgate::cli::ScanArgs {
    let args = ["tfgate", "check", &dir.to_string_lossy()];
    let (cli, _) = tfgate::cli::parse(args.iter().map(Into::into)).expect("valid arguments");
    match cli.command {
        tfgate::cli::Command::Check(check) => check.scan,
        _ => unreachable!("parsed a check command"),
    }
}

#[divan::bench(sample_count = 10)]
fn load(bencher: divan::Bencher) {
    let dir = corpus();
    bencher.bench(|| {
        tfgate::load::load(&tfgate::load::LoadOptions {
            paths: vec![dir.to_path_buf()],
            ..Default::default()
        })
    });
}

#[divan::bench(sample_count = 10)]
fn evaluate(bencher: divan::Bencher) {
    let loaded = tfgate::load::load(&tfgate::load::LoadOptions {
        paths: vec![corpus().to_path_buf()],
        ..Default::default()
    });
    let options = tfgate::eval::EvalOptions::default();
    bencher.bench(|| tfgate::eval::evaluate(&loaded, &options));
}

/// Linking and rules as a scan runs them: root by root, roots in parallel.
#[divan::bench(sample_count = 10)]
fn link_and_rules(bencher: divan::Bencher) {
    let scan = tfgate::app::scan(&scan_args(corpus()), &[], Vec::new());
    let all: Vec<usize> = (0..tfgate::rules::RULES.len()).collect();
    bencher.bench(|| {
        tfgate::rules::run_by_root(&scan.workspace, &all, false)
            .findings
            .len()
    });
}

/// Linking and rules over one workspace-wide view (what `run_by_root` replaced), its rules in
/// parallel as for one large root.
#[divan::bench(sample_count = 10)]
fn link_and_rules_workspace_wide(bencher: divan::Bencher) {
    let scan = tfgate::app::scan(&scan_args(corpus()), &[], Vec::new());
    let all: Vec<usize> = (0..tfgate::rules::RULES.len()).collect();
    bencher.bench(|| {
        let links = tfgate::link::Links::build(&scan.workspace);
        tfgate::rules::run(&links, &all).findings.len()
    });
}

#[divan::bench(sample_count = 10)]
fn whole_scan(bencher: divan::Bencher) {
    let args = scan_args(corpus());
    bencher.bench(|| {
        let mut scan = tfgate::app::scan(&args, &[], Vec::new());
        tfgate::app::check(&mut scan);
        scan.results.map(|r| r.findings.len())
    });
}

/// Reads and parses every file once, in parallel; returns how many parsed.
fn read_and_parse(files: &[PathBuf]) -> usize {
    use rayon::prelude::*;
    files
        .par_iter()
        .filter(|path| {
            let Ok(text) = std::fs::read_to_string(path) else {
                return false;
            };
            if path.extension().is_some_and(|e| e == "json") {
                serde_json::from_str::<serde_json::Value>(&text).is_ok()
            } else {
                hcl_edit::parser::parse_body(&text).is_ok()
            }
        })
        .count()
}

/// `floor DIR [RUNS]`: the whole scan against reading and parsing alone, both as fresh
/// processes (a process reading and parsing a list of files, the benchmark itself re-run with
/// `read-parse LIST`), so both pay for starting, faulting in memory and exiting.
fn floor(dir: &Path, runs: usize) {
    let found = tfgate::load::discover::discover(&[dir.to_path_buf()], &[]);
    let list = std::env::temp_dir().join(format!("tfgate-floor-{}.txt", std::process::id()));
    let text: String = found
        .files
        .iter()
        .map(|f| format!("{}\n", f.display()))
        .collect();
    std::fs::write(&list, text).expect("the temporary directory is writable");
    let exe = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/tfgate");
    assert!(
        exe.exists(),
        "build the release binary first: cargo build --release"
    );
    let me = std::env::current_exe().expect("the benchmark knows its path");
    let time_process = |cmd: &mut std::process::Command| {
        let start = std::time::Instant::now();
        let status = cmd
            .stdout(std::process::Stdio::null())
            .status()
            .expect("the process runs");
        assert!(status.code().is_some_and(|c| c < 2), "failed: {status}");
        start.elapsed().as_secs_f64()
    };
    // Warm the page cache so both sides read from memory.
    read_and_parse(&found.files);
    let mut parse_cmd = std::process::Command::new(&me);
    parse_cmd.arg("read-parse").arg(&list);
    let mut scan_cmd = std::process::Command::new(&exe);
    scan_cmd.args(["check", "--format", "json"]).arg(dir);
    // The two run in turns, so a change in the machine's load (CPU steal on a shared host)
    // hits both alike; each pair gives a ratio and the median ratio is reported with the
    // median times.
    let mut parses = Vec::with_capacity(runs);
    let mut scans = Vec::with_capacity(runs);
    let mut ratios = Vec::with_capacity(runs);
    for _ in 0..runs {
        let parse = time_process(&mut parse_cmd);
        let scan = time_process(&mut scan_cmd);
        parses.push(parse);
        scans.push(scan);
        ratios.push(scan / parse);
    }
    let _ = std::fs::remove_file(&list);
    println!(
        "{} files: read+parse {:.1} ms, whole scan {:.1} ms, ratio {:.2} (medians of {runs} runs in turns; median of the pairs' ratios {:.2})",
        found.files.len(),
        median(&mut parses) * 1000.0,
        median(&mut scans) * 1000.0,
        median(&mut scans) / median(&mut parses),
        median(&mut ratios)
    );
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(pos) = args.iter().position(|a| a == "read-parse") {
        let list = std::fs::read_to_string(args.get(pos + 1).expect("usage: read-parse LIST"))
            .expect("the list is readable");
        let files: Vec<PathBuf> = list.lines().map(PathBuf::from).collect();
        let parsed = read_and_parse(&files);
        std::process::exit(i32::from(parsed != files.len()));
    }
    if let Some(pos) = args.iter().position(|a| a == "floor") {
        let dir = args.get(pos + 1).expect("usage: floor DIR [RUNS]");
        let runs: usize = args.get(pos + 2).and_then(|s| s.parse().ok()).unwrap_or(9);
        floor(Path::new(dir), runs.max(1));
        return;
    }
    if let Some(pos) = args.iter().position(|a| a == "generate") {
        let dir = args.get(pos + 1).expect("usage: generate DIR SCALE");
        let scale: usize = args.get(pos + 2).and_then(|s| s.parse().ok()).unwrap_or(1);
        generate(Path::new(dir), scale).expect("the directory is writable");
        return;
    }
    divan::main();
    let _ = std::fs::remove_dir_all(corpus());
}
