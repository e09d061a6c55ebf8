// P12, refused: waiting on a condition variable without holding its mutex.
//
// Condvar::wait takes the MutexGuard of the mutex it waits with: the guard
// is the proof that the lock is held, and wait hands it back once the
// lock is retaken. Passing the mutex itself, as the C program passes an
// unlocked pthread_mutex_t, does not type-check (E0308).
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
    // Wait without taking the lock first.
    let _ = ready.wait(lock);
    producer.join().unwrap();
    println!("ready");
}
