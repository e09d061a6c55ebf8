// refused.rs: parity row P7, an assignment through a shared Arc<T>.
// Four threads each decide whether a request fits the configured limit;
// they share one Config through an Arc, which hands out shared, read-only
// access only. The thread that raises the limit for a big request is
// refused (E0594): there is no `&mut Config` to be had from an Arc that
// other threads may be reading.
//
//     rustc --edition 2021 refused.rs
use std::sync::Arc;
use std::thread;

struct Config {
    limit: u32,
}

fn main() {
    let config = Arc::new(Config { limit: 10 });
    let sizes = [3, 8, 12, 20];
    let mut threads = Vec::new();
    for size in sizes {
        let config = Arc::clone(&config);
        threads.push(thread::spawn(move || {
            if size > config.limit {
                config.limit = size; // error[E0594]: cannot assign to data in an `Arc`
            }
            size <= config.limit
        }));
    }
    for (size, thread) in sizes.iter().zip(threads) {
        let fits = thread.join().unwrap();
        println!("{size} {}", if fits { "fits" } else { "too big" });
    }
}
