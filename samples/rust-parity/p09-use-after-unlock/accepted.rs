// accepted.rs: refused.rs fixed by using the guard before dropping it,
// while the mutex still keeps the other threads out. Exactly one thread
// sees its own share bring the total to the quota. Prints "total 100,
// filled by 1 thread(s)" on every run.
//
//     rustc --edition 2021 accepted.rs && ./accepted
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let total = Arc::new(Mutex::new(0));
    let mut threads = Vec::new();
    for _ in 0..4 {
        let total = Arc::clone(&total);
        threads.push(thread::spawn(move || {
            let mut guard = total.lock().unwrap();
            *guard += 25;
            let filled_quota = *guard == 100;
            drop(guard);
            filled_quota
        }));
    }
    let mut fillers = 0;
    for thread in threads {
        if thread.join().unwrap() {
            fillers += 1;
        }
    }
    println!(
        "total {}, filled by {fillers} thread(s)",
        total.lock().unwrap()
    );
}
