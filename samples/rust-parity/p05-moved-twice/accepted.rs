// P5, accepted: every worker gets a copy of its own, made by `clone` in
// the loop, and hands it back through its join.
//
//     rustc --edition 2021 accepted.rs && ./accepted
use std::thread;

fn main() {
    let line = String::from("hello, threads");
    let mut workers = Vec::new();

    for _ in 0..2 {
        // A new copy per worker: nothing is moved twice.
        let mut copy = line.clone();
        workers.push(thread::spawn(move || {
            copy.make_ascii_uppercase();
            copy
        }));
    }
    for worker in workers {
        println!("{}", worker.join().unwrap());
    }
}
