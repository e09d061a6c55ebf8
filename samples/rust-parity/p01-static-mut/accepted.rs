// accepted.rs: refused.rs fixed, in the two ways Rust offers for a
// static that threads share. ATOMIC_COUNT is an AtomicU32: fetch_add is
// one indivisible read-modify-write. LOCKED_COUNT lives inside a Mutex:
// the only way to reach the number is through the guard that lock()
// returns. No `static mut`, no `unsafe`. Prints "atomic 4000, locked
// 4000" on every run.
//
//     rustc --edition 2021 accepted.rs && ./accepted
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;
use std::thread;

static ATOMIC_COUNT: AtomicU32 = AtomicU32::new(0);
static LOCKED_COUNT: Mutex<u32> = Mutex::new(0);

fn main() {
    let mut threads = Vec::new();
    for _ in 0..4 {
        threads.push(thread::spawn(|| {
            for _ in 0..1000 {
                ATOMIC_COUNT.fetch_add(1, Ordering::Relaxed);
                *LOCKED_COUNT.lock().unwrap() += 1; // the guard drops at the `;`
            }
        }));
    }
    for thread in threads {
        thread.join().unwrap();
    }
    println!(
        "atomic {}, locked {}",
        ATOMIC_COUNT.load(Ordering::Relaxed),
        *LOCKED_COUNT.lock().unwrap()
    );
}
