// The seed example fixed with a lock: the counter lives inside a Mutex,
// shared through an Arc, so the only way to reach it is through the guard
// that `lock()` returns. Prints 10000 on every run.
//
//     rustc --edition 2021 fixed_mutex.rs && ./fixed_mutex
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for _ in 0..10 {
        let counter = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            for _ in 0..1000 {
                *counter.lock().unwrap() += 1;
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("{}", *counter.lock().unwrap());
}
