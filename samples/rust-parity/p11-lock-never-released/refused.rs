// P11, refused: keeping a lock held after the code that took it is done.
//
// In C, push_job() returns on its "queue full" path with the queue's lock
// still held. Rust cannot write that by mistake: the lock is held by a
// MutexGuard, and the guard is dropped, which unlocks the mutex, at the
// end of its scope on every path, early returns included. The nearest
// attempt is to make the guard outlive the scope that took the lock, so
// that the lock stays held afterwards; the guard borrows its mutex, and
// rustc refuses to let it outlive the mutex (E0597).
use std::sync::Mutex;

fn main() {
    let held;
    {
        let queue = Mutex::new(vec![100, 101, 102, 103]);
        // Keep the lock past the end of this block.
        held = queue.lock().unwrap();
    }
    println!("{} jobs queued", held.len());
}
