//! `terraform show -json` plan loading: any bytes give instances or an error located in the
//! document, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // On a thread with production's stack: what overflows there must overflow here.
    tfgate::base::stack::with_stack(|| {
        let _ = tfgate::load::plan::looks_like_plan(text);
        let _ = tfgate::load::plan::load_plan(text);
    });
});
