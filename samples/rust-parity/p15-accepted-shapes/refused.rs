// refused.rs: parity row P15 is about what Rust and ownck accept
// (accepted.rs, accepted.c); this is its nearest refused variant, so
// that the row has a refusal like every other. It is accepted.rs with
// one protection removed: ITEMS_DONE is a `static mut` usize instead of
// an AtomicUsize. rustc refuses every use of a mutable static outside
// `unsafe` (E0133): the increment in weigh(), and main's read after the
// joins, which ownck accepts in refused.c. Everything else stays
// accepted.
//
//     rustc --edition 2021 refused.rs
use std::cell::Cell;
use std::sync::{Arc, OnceLock};
use std::thread;

const THREADS: usize = 4;
const ITEMS: usize = 100;
const ITEMS_PER_THREAD: usize = ITEMS / THREADS;

// One thread's share of the work, and its results.
struct Job {
    first: usize,
    sum: u64,
    items_seen: u32,
}

static mut ITEMS_DONE: usize = 0; // was an AtomicUsize
static SQUARES: OnceLock<Vec<u64>> = OnceLock::new();

thread_local! {
    static ITEMS_SEEN: Cell<u32> = const { Cell::new(0) };
}

// Returns the weighted square of item `i` and counts it.
fn weigh(i: usize, weight: u64, scale: u64) -> u64 {
    let squares = SQUARES.get_or_init(|| (0..ITEMS as u64).map(|n| n * n).collect());
    ITEMS_SEEN.with(|seen| seen.set(seen.get() + 1)); // this thread's own copy
    ITEMS_DONE += 1; // error[E0133]: use of mutable static is unsafe
    squares[i] * weight * scale
}

fn main() {
    // Before the first spawn: no thread runs yet.
    let scale = 2;
    let weights = Arc::new((1..=THREADS as u64).collect::<Vec<u64>>());

    let mut threads = Vec::new();
    for t in 0..THREADS {
        let weights = Arc::clone(&weights);
        let mut job = Box::new(Job {
            first: t * ITEMS_PER_THREAD,
            sum: 0,
            items_seen: 0,
        });
        threads.push(thread::spawn(move || {
            for i in job.first..job.first + ITEMS_PER_THREAD {
                job.sum += weigh(i, weights[t], scale);
            }
            job.items_seen = ITEMS_SEEN.with(|seen| seen.get());
            job
        }));
        // `job` has moved into the thread: main can no longer name it.
    }

    // After each join, the thread's job comes back to main.
    let mut total = 0;
    for (t, thread) in threads.into_iter().enumerate() {
        let job = thread.join().unwrap();
        println!("thread {t}: {} items, sum {}", job.items_seen, job.sum);
        total += job.sum;
    }
    println!(
        "{} items, scale {scale}, sum {total}",
        ITEMS_DONE // error[E0133] as well
    );
}
