// The seed example fixed with an atomic: every increment is one
// indivisible read-modify-write, so no lock is needed. Prints 10000 on
// every run.
//
//     rustc --edition 2021 fixed_atomic.rs && ./fixed_atomic
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

static COUNTER: AtomicUsize = AtomicUsize::new(0);

fn main() {
    let mut handles = Vec::new();
    for _ in 0..10 {
        handles.push(thread::spawn(|| {
            for _ in 0..1000 {
                COUNTER.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("{}", COUNTER.load(Ordering::Relaxed));
}
