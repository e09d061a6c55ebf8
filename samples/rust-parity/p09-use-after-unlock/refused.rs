// refused.rs: parity row P9, data used after its guard is dropped. Four
// threads each add their share to a total kept in a Mutex; the thread
// whose share fills the quota is to say so. This one drops the guard,
// which unlocks the mutex, and then looks at the total through it.
// drop() takes the guard by value, so the guard is gone and rustc
// refuses the later use (E0382): in Rust, releasing a lock and losing
// access to its data are one and the same step.
//
//     rustc --edition 2021 refused.rs
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
            drop(guard);
            *guard == 100 // error[E0382]: borrow of moved value: `guard`
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
