// accepted.rs: refused.rs fixed by keeping the Config read-only. main
// builds it before the first spawn; every thread reads it through its
// clone of the Arc, any number at once, with no lock. Each thread
// returns its own answer, which main prints after joining it. Prints
// the same four lines on every run.
//
//     rustc --edition 2021 accepted.rs && ./accepted
use std::sync::Arc;
use std::thread;

struct Config {
    limit: u32,
}

fn main() {
    let config = Arc::new(Config { limit: 10 });
    let sizes = [3, 8, 12, 20];
    let mut threads = Vec::new();
    for size in sizes {
        let config = Arc::clone(&config);
        threads.push(thread::spawn(move || size <= config.limit));
    }
    for (size, thread) in sizes.iter().zip(threads) {
        let fits = thread.join().unwrap();
        println!("{size} {}", if fits { "fits" } else { "too big" });
    }
}
