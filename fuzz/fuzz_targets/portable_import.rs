#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    permanence_fuzzing::portable_import(data);
});
