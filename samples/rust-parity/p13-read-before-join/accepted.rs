// accepted.rs: refused.rs fixed by taking the result from join(). The
// thread returns the vector it filled; join() waits for the thread to
// finish and hands the vector back, so main owns it again and may read
// it. No sleep needed. Prints 1000 on every run.
//
//     rustc --edition 2021 accepted.rs && ./accepted
use std::thread;

fn main() {
    let mut squares = Vec::new();
    let worker = thread::spawn(move || {
        for i in 1..=1000u64 {
            squares.push(i * i);
        }
        squares // the thread's result: ownership goes back with it
    });
    let squares = worker.join().unwrap();
    println!("{}", squares.len());
}
