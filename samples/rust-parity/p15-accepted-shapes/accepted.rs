// accepted.rs: parity row P15, the shapes Rust accepts without a lock
// or an `unsafe`, the twins of accepted.c. Four threads each sum the
// weighted squares of a quarter of 0..99:
//
//   ITEMS_DONE  an AtomicUsize: every update is one indivisible step;
//   SQUARES     a OnceLock: filled once, by whichever thread comes
//               first, then only read (C: pthread_once);
//   weights     an Arc<Vec<u64>>: shared, read-only (C: SHARED);
//   scale       a plain value set before the first spawn and copied
//               into each thread;
//   ITEMS_SEEN  thread_local!: one copy per thread (C: _Thread_local);
//   each job    a Box moved into exactly one thread and handed back by
//               join(), after which main reads it.
//
// Prints the same five lines on every run.
//
//     rustc --edition 2021 accepted.rs && ./accepted
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};
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

static ITEMS_DONE: AtomicUsize = AtomicUsize::new(0);
static SQUARES: OnceLock<Vec<u64>> = OnceLock::new();

thread_local! {
    static ITEMS_SEEN: Cell<u32> = const { Cell::new(0) };
}

// Returns the weighted square of item `i` and counts it.
fn weigh(i: usize, weight: u64, scale: u64) -> u64 {
    let squares = SQUARES.get_or_init(|| (0..ITEMS as u64).map(|n| n * n).collect());
    ITEMS_SEEN.with(|seen| seen.set(seen.get() + 1)); // this thread's own copy
    ITEMS_DONE.fetch_add(1, Ordering::Relaxed); // one indivisible update
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
        ITEMS_DONE.load(Ordering::Relaxed)
    );
}
