//! A whole check of a small project: the input is up to four files separated by lines
//! `#~~~` (`main.tf`, the modules `a/main.tf` and `b/main.tf`, and `t.tpl`, a template the
//! file functions read) in a fixed directory. The Terraform files are laid over empty files
//! through the loader's overlay; the template is written to disk, as file functions read
//! there. Evaluated like `terraform plan`, linked, checked by every rule, suppressions
//! applied, fixes placed and the JSON report written.
#![no_main]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use libfuzzer_sys::fuzz_target;

/// The files an input is split into, in order.
const FILES: [&str; 4] = ["main.tf", "a/main.tf", "b/main.tf", "t.tpl"];

fn dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("tfgate-fuzz-eval-{}", std::process::id()));
        for name in FILES {
            let path = dir.join(name);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("temp dir");
            std::fs::write(path, "").expect("file");
        }
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let dir = dir();
    let mut parts = text.splitn(FILES.len(), "#~~~\n");
    let mut overlay = BTreeMap::new();
    for name in FILES {
        let part = parts.next().unwrap_or("");
        if name.ends_with(".tf") {
            overlay.insert(dir.join(name), part.to_string());
        } else {
            std::fs::write(dir.join(name), part).expect("template");
        }
    }
    let args = tfgate::cli::ScanArgs {
        paths: vec![dir.clone()],
        var_file: Vec::new(),
        var: Vec::new(),
        exclude: Vec::new(),
        max_file_size: 1 << 20,
        max_instances: 1_000,
        max_eval_steps: 200_000,
        max_module_depth: 8,
        require_modules: false,
        max_value_size: 1 << 20,
        max_memory: 256 << 20,
        max_total_instances: 20_000,
        timings: false,
    };
    // Loading and evaluation run on tfgate's own pool; the rest on a thread with its stack.
    tfgate::base::stack::with_stack(|| {
        let mut scan = tfgate::app::scan_with(&args, &[], Vec::new(), Arc::new(overlay));
        tfgate::app::check(&mut scan);
        let mut sink = std::io::sink();
        let _ = tfgate::report::json::write(&scan, &mut sink);
    });
});
