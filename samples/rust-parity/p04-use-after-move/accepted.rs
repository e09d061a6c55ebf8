// P4, accepted: main reads the line only after the join, which hands the
// worker's line back to main.
//
//     rustc --edition 2021 accepted.rs && ./accepted
use std::thread;

fn main() {
    let mut line = String::from("hello, threads");

    // The worker owns the line until it returns it.
    let worker = thread::spawn(move || {
        line.make_ascii_uppercase();
        line
    });

    // The join gives it back.
    let line = worker.join().unwrap();
    println!("{line}");
}
