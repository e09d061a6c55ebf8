// P11, accepted: the guard releases the lock on every way out.
//
// The same two producers and four-slot queue as the C program. push_job()
// returns early when the queue is full; the guard `queue` goes out of
// scope on that return as on the normal one, and the mutex is unlocked
// both times without a word in the source.
use std::sync::Mutex;
use std::thread;

const CAPACITY: usize = 4;
const JOBS_PER_PRODUCER: i32 = 3;

static QUEUE: Mutex<Vec<i32>> = Mutex::new(Vec::new());

/// Appends job to the queue, or hands it back when the queue is full.
fn push_job(job: i32) -> Result<(), i32> {
    let mut queue = QUEUE.lock().unwrap();
    if queue.len() == CAPACITY {
        return Err(job); // `queue` is dropped here: the lock is released
    }
    queue.push(job);
    Ok(())
} // ...and here

fn main() {
    let producers: Vec<_> = [100, 200]
        .into_iter()
        .map(|first| {
            thread::spawn(move || {
                (0..JOBS_PER_PRODUCER)
                    .filter(|i| push_job(first + i).is_err())
                    .count()
            })
        })
        .collect();
    let refused: usize = producers.into_iter().map(|p| p.join().unwrap()).sum();
    println!("{} jobs queued, {} refused", QUEUE.lock().unwrap().len(), refused);
}
