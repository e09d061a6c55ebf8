// Parity row P14, corrected: the batch is counted with the same atomic
// add as the single items, so every access to the counter is atomic and
// no update is lost. Prints 10000 on every run.
//
//     rustc --edition 2021 accepted.rs && ./accepted
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

static COUNTER: AtomicUsize = AtomicUsize::new(0);

// Counts one item: an atomic read-modify-write.
fn count_one() {
    COUNTER.fetch_add(1, Ordering::Relaxed);
}

// Counts a batch of items: one atomic add of the whole batch.
fn count_batch(items: usize) {
    COUNTER.fetch_add(items, Ordering::Relaxed);
}

fn main() {
    let mut handles = Vec::new();
    for _ in 0..10 {
        handles.push(thread::spawn(|| {
            for _ in 0..500 {
                count_one();
            }
            count_batch(500);
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("{}", COUNTER.load(Ordering::Relaxed));
}
