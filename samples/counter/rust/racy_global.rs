// The seed example with the counter in a global: ten threads each add 1
// to a `static mut` 1000 times. rustc refuses every use of a mutable
// static outside `unsafe` (E0133), because any thread may touch it.
//
//     rustc --edition 2021 racy_global.rs
use std::thread;

static mut COUNTER: i32 = 0;

fn main() {
    let mut handles = Vec::new();
    for _ in 0..10 {
        handles.push(thread::spawn(|| {
            for _ in 0..1000 {
                COUNTER += 1;
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("{}", COUNTER);
}
