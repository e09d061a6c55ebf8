// Parity row P3, accepted: the thread that adds to `count` is started
// inside thread::scope, which joins every thread it starts before it
// returns. The borrow of `count` ends with the scope, inside the function
// that owns `count`, so rustc accepts it and the function can read the
// total afterwards.
//
//     rustc --edition 2021 accepted.rs && ./accepted
use std::thread;

const INCREMENTS: i32 = 1000;

// Counts in a thread and returns the total once the thread is done.
fn count_in_a_thread() -> i32 {
    let mut count = 0;
    thread::scope(|scope| {
        scope.spawn(|| {
            for _ in 0..INCREMENTS {
                count += 1;
            }
        });
    }); // every thread started in the scope is joined here
    count
}

fn main() {
    println!("{}", count_in_a_thread());
}
