// refused.rs: parity row P2, one local borrowed mutably by several
// threads. Four scoped threads each add 1 to main's `counter` 1000
// times. The scope joins them before `counter` goes away, so the borrow
// lives long enough, but each closure needs `&mut counter`, and Rust
// allows one mutable borrow at a time: the second spawn is refused
// (E0499).
//
//     rustc --edition 2021 refused.rs
use std::thread;

fn main() {
    let mut counter = 0;
    thread::scope(|scope| {
        for _ in 0..4 {
            // error[E0499]: cannot borrow `counter` as mutable more than once
            scope.spawn(|| {
                for _ in 0..1000 {
                    counter += 1;
                }
            });
        }
    });
    println!("{counter}");
}
