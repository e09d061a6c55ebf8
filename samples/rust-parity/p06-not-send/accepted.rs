// accepted.rs: the same program with `Arc`, whose count is atomic. `Arc`
// is `Send`, so each thread may hold its own handle to the string.
use std::sync::Arc;
use std::thread;

fn main() {
    let config = Arc::new(String::from("fast"));
    let for_worker = Arc::clone(&config);
    let worker = thread::spawn(move || {
        println!("worker sees {}", for_worker);
    });
    worker.join().unwrap();
    println!("main sees {}", config);
}
