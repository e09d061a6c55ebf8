// refused.rs: parity row P8, data reached without its mutex. In Rust the
// mistake of refused.c cannot be written: the balance lives inside its
// Mutex, and the only way to the number is the guard that
// `balance.lock()` returns. This is the nearest attempt: the thread
// holds the deposits guard and adds to the balance directly. `*balance`
// is the Mutex itself, not the number in it, and a Mutex cannot be
// added to, so rustc refuses the line (E0368).
//
//     rustc --edition 2021 refused.rs
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
                let mut count = deposits.lock().unwrap();
                *count += 1;
                *balance += 10; // error[E0368]: `+=` cannot be applied to `Mutex<i64>`
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
