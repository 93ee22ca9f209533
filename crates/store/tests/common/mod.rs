//! What the crash tests share: a test of this binary run in a child
//! process and killed with SIGKILL partway.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// xorshift64*: reproducible "random" kill moments without a dependency.
pub fn next(state: &mut u64) -> u64 {
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    state.wrapping_mul(0x2545_F491_4F6C_DD1D)
}

/// Runs the ignored test `child` of this binary in a child process with
/// `env`, kills it with SIGKILL after `wait`, and returns what it reported
/// as recorded (its lines `committed <name>`).
pub fn run_and_kill(child: &str, env: &[(&str, String)], wait: Duration) -> Vec<String> {
    let exe = std::env::current_exe().unwrap();
    let mut process = Command::new(&exe)
        .args([
            "--exact",
            child,
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = process.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .filter_map(|l| l.strip_prefix("committed ").map(str::to_owned))
            .collect::<Vec<_>>()
    });
    let started = Instant::now();
    while started.elapsed() < wait {
        std::thread::sleep(Duration::from_millis(1));
    }
    process.kill().unwrap(); // SIGKILL on Unix
    process.wait().unwrap();
    reader.join().unwrap()
}
