// Parity row P14: one counter, half converted to atomics. Ten threads
// each count 500 items one at a time and 500 more in one batch. The
// single counts use an atomic add; the batch tries a plain `+=`, as the
// C version does. rustc refuses: an AtomicUsize has no plain arithmetic,
// every access must go through one of its atomic methods.
//
//     rustc --edition 2021 refused.rs    (error[E0368])
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

static COUNTER: AtomicUsize = AtomicUsize::new(0);

// Counts one item: an atomic read-modify-write.
fn count_one() {
    COUNTER.fetch_add(1, Ordering::Relaxed);
}

// Counts a batch of items with a plain add: refused.
fn count_batch(items: usize) {
    COUNTER += items;
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
