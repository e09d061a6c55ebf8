// accepted.rs: refused.rs fixed by locking the mutex that holds the
// data: each deposit locks `deposits` to count and `balance` to add,
// and each guard is dropped at the end of its statement. Prints "400
// deposits, balance 4000" on every run.
//
//     rustc --edition 2021 accepted.rs && ./accepted
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let balance = Arc::new(Mutex::new(0i64));
    let deposits = Arc::new(Mutex::new(0u32));
    let mut threads = Vec::new();
    for _ in 0..4 {
        let (balance, deposits) = (Arc::clone(&balance), Arc::clone(&deposits));
        threads.push(thread::spawn(move || {
            for _ in 0..100 {
                *deposits.lock().unwrap() += 1;
                *balance.lock().unwrap() += 10;
            }
        }));
    }
    for thread in threads {
        thread.join().unwrap();
    }
    println!(
        "{} deposits, balance {}",
        deposits.lock().unwrap(),
        balance.lock().unwrap()
    );
}
