// The seed example, naive version: ten threads each add 1 to a counter
// that lives in main, 1000 times, with no lock. rustc refuses it: the
// closures borrow `counter` mutably, so each may outlive main's frame
// (E0373), ten of them hold the mutable borrow at once (E0499), and
// main reads it while they do (E0502).
//
//     rustc --edition 2021 racy_local.rs
use std::thread;

fn main() {
    let mut counter = 0;
    let mut handles = Vec::new();
    for _ in 0..10 {
        handles.push(thread::spawn(|| {
            for _ in 0..1000 {
                counter += 1;
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("{counter}");
}
