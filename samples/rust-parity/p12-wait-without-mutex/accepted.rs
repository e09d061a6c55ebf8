// P12, accepted: the wait holds the mutex's guard.
//
// main takes the lock, tests the flag, and hands the guard to wait, which
// releases the lock while sleeping and returns the guard with the lock
// held again. No wakeup can be lost between the test and the wait.
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

fn main() {
    let pair = Arc::new((Mutex::new(false), Condvar::new()));
    let producer_pair = Arc::clone(&pair);
    let producer = thread::spawn(move || {
        let (lock, ready) = &*producer_pair;
        *lock.lock().unwrap() = true;
        ready.notify_one();
    });

    let (lock, ready) = &*pair;
    let mut is_ready = lock.lock().unwrap();
    while !*is_ready {
        is_ready = ready.wait(is_ready).unwrap();
    }
    drop(is_ready);
    producer.join().unwrap();
    println!("ready");
}
