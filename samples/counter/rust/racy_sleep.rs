// Two writer threads, and main waits with a sleep instead of joining
// them before it reads the counter. rustc refuses it: the threads borrow
// `counter` mutably and may outlive main (E0373), both hold that borrow
// at once (E0499), and main reads it while they may still write (E0502).
// A sleep orders nothing; only a join does.
//
//     rustc --edition 2021 racy_sleep.rs
use std::thread;
use std::time::Duration;

fn main() {
    let mut counter = 0;
    for _ in 0..2 {
        thread::spawn(|| {
            for _ in 0..1000 {
                counter += 1;
            }
        });
    }
    thread::sleep(Duration::from_secs(1));
    println!("{counter}");
}
