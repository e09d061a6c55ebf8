// Parity row P3, refused: start_counting() starts a thread that adds to
// its local `count`, then returns the thread's handle so that main can
// join it later. By then start_counting() has returned and `count` is
// gone, yet the thread may still be writing it. rustc refuses the
// closure (E0373): it borrows `count`, and a thread started with
// thread::spawn may outlive the function that owns what it borrows.
//
//     rustc --edition 2021 refused.rs
use std::thread;

const INCREMENTS: i32 = 1000;

// Starts the counting thread; the caller joins it.
fn start_counting() -> thread::JoinHandle<()> {
    let mut count = 0;
    thread::spawn(|| {
        for _ in 0..INCREMENTS {
            count += 1;
        }
    })
}

fn main() {
    let handle = start_counting();
    handle.join().unwrap();
    println!("done");
}
