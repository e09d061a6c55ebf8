// refused.rs: parity row P10, writing through a read guard. The price
// table and its lookup count live in one RwLock. RwLock::read lets many
// threads in at once, so the guard it returns gives shared access only
// (it implements Deref, not DerefMut). Counting the lookup through it is
// refused (E0594).
//
//     rustc --edition 2021 refused.rs
use std::sync::{Arc, RwLock};
use std::thread;

struct Table {
    prices: [u32; 4],
    lookups: u32,
}

fn main() {
    let table = Arc::new(RwLock::new(Table {
        prices: [120, 45, 300, 80],
        lookups: 0,
    }));
    let mut threads = Vec::new();
    for item in 0..4 {
        let table = Arc::clone(&table);
        threads.push(thread::spawn(move || {
            let table = table.read().unwrap();
            let price = table.prices[item];
            table.lookups += 1; // error[E0594]: cannot assign through a read guard
            price
        }));
    }
    let mut sum = 0;
    for thread in threads {
        sum += thread.join().unwrap();
    }
    let lookups = table.read().unwrap().lookups;
    println!("{lookups} lookups, prices sum to {sum}");
}
