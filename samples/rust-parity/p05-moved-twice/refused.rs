// P5, refused: one line moved into every worker the loop starts. The
// first iteration's `move` closure takes `line`; the second cannot take
// it again. rustc refuses with E0382, "value moved into closure here, in
// previous iteration of loop".
//
//     rustc --edition 2021 refused.rs
use std::thread;

fn main() {
    let mut line = String::from("hello, threads");
    let mut workers = Vec::new();

    for _ in 0..2 {
        // Both workers would upper-case the same line in place.
        workers.push(thread::spawn(move || {
            line.make_ascii_uppercase();
            line
        }));
    }
    for worker in workers {
        println!("{}", worker.join().unwrap());
    }
}
