// refused.rs: parity row P13, reading a thread's result before the
// join. The thread collects squares into `squares`, which the `move`
// closure takes with it: from the spawn on, the vector belongs to the
// thread. main sleeps, as in refused.c, and then reads it anyway; rustc
// refuses the read of a value that has moved (E0382). A sleep changes
// nothing: only join() hands the vector back.
//
//     rustc --edition 2021 refused.rs
use std::thread;
use std::time::Duration;

fn main() {
    let mut squares = Vec::new();
    let worker = thread::spawn(move || {
        for i in 1..=1000u64 {
            squares.push(i * i);
        }
    });
    thread::sleep(Duration::from_secs(1)); // hoping the thread is done
    println!("{}", squares.len()); // error[E0382]: borrow of moved value
    worker.join().unwrap();
}
