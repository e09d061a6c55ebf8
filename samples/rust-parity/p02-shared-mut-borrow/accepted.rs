// accepted.rs: refused.rs fixed by giving each thread its own slot.
// iter_mut() hands out one `&mut` per element, disjoint from the
// others, so four threads may each hold one at once. Once the scope has
// joined them, main borrows the whole array again and sums it. Prints
// 4000 on every run.
//
//     rustc --edition 2021 accepted.rs && ./accepted
use std::thread;

fn main() {
    let mut slots = [0u32; 4];
    thread::scope(|scope| {
        for slot in slots.iter_mut() {
            scope.spawn(move || {
                for _ in 0..1000 {
                    *slot += 1;
                }
            });
        }
    });
    let total: u32 = slots.iter().sum();
    println!("{total}");
}
