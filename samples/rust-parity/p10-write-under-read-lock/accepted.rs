// accepted.rs: refused.rs fixed by locking in the mode each access
// needs: read() to look the price up, so lookups still run side by
// side, and write() to count, which gives the one `&mut Table` while
// no other guard exists. Each guard here is a temporary, dropped at the
// end of its statement. Prints "4 lookups, prices sum to 545" on every
// run.
//
//     rustc --edition 2021 accepted.rs && ./accepted
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
            let price = table.read().unwrap().prices[item];
            table.write().unwrap().lookups += 1;
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
