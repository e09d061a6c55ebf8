// P4, refused: main moves its line into a worker thread, then reads the
// line before joining the worker. rustc refuses the read with E0382: the
// `move` closure took `line`, and main no longer owns it.
//
//     rustc --edition 2021 refused.rs
use std::thread;

fn main() {
    let mut line = String::from("hello, threads");

    // The worker owns the line from here on.
    let worker = thread::spawn(move || {
        line.make_ascii_uppercase();
        line
    });

    println!("{line}"); // error[E0382]: borrow of moved value: `line`
    worker.join().unwrap();
}
