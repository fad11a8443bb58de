//! Parsing and lowering of native syntax, JSON syntax and variable files, and the comment
//! lexer suppressions read: any bytes give a syntax tree or an error, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tfgate::load::discover::FileKind;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // On a thread with production's stack: what overflows there must overflow here.
    tfgate::base::stack::with_stack(|| {
        for kind in [FileKind::Tf, FileKind::TfJson, FileKind::Tfvars] {
            let _ = tfgate::load::parse_file(text, kind);
        }
        let _ = tfgate::load::comments::lex_comments(text);
    });
});
