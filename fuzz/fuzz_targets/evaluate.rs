//! A whole check of one module: the input is `main.tf` of a fixed directory (laid over the
//! file through the loader's overlay, so the run reads nothing else), evaluated like
//! `terraform plan`, linked, checked by every rule, suppressions applied, fixes placed and
//! the JSON report written.
#![no_main]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use libfuzzer_sys::fuzz_target;

fn dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("tfgate-fuzz-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(dir.join("main.tf"), "").expect("main.tf");
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let dir = dir();
    let args = tfgate::cli::ScanArgs {
        paths: vec![dir.clone()],
        var_file: Vec::new(),
        var: Vec::new(),
        exclude: Vec::new(),
        max_file_size: 1 << 20,
        max_instances: 1_000,
        max_eval_steps: 200_000,
        max_module_depth: 8,
        timings: false,
    };
    let overlay = Arc::new(BTreeMap::from([(dir.join("main.tf"), text.to_string())]));
    let mut scan = tfgate::app::scan_with(&args, &[], Vec::new(), overlay);
    tfgate::app::check(&mut scan);
    let mut sink = std::io::sink();
    let _ = tfgate::report::json::write(&scan, &mut sink);
});
