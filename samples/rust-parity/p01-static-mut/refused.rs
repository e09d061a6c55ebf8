// refused.rs: parity row P1, a `static mut` touched from threads. Four
// threads each add 1 to COUNTER 1000 times. rustc refuses every use of
// a mutable static outside an `unsafe` block (E0133): any thread may
// touch it at any time, so the compiler cannot prove the access safe.
// Rust refuses main's read after the joins too; ownck, which sees the
// joins, accepts that one.
//
//     rustc --edition 2021 refused.rs
use std::thread;

static mut COUNTER: u32 = 0;

fn main() {
    let mut threads = Vec::new();
    for _ in 0..4 {
        threads.push(thread::spawn(|| {
            for _ in 0..1000 {
                COUNTER += 1; // error[E0133]: use of mutable static is unsafe
            }
        }));
    }
    for thread in threads {
        thread.join().unwrap();
    }
    println!("{}", COUNTER); // error[E0133] as well
}
