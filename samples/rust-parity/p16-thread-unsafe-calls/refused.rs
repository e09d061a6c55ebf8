// refused.rs: `std::env::set_var` changes the process environment, which
// every thread reads through the C library with no lock. Since the 2024
// edition the function is `unsafe`: calling it while another thread may
// read the environment is a data race, and rustc refuses the call outside
// an `unsafe` block (E0133).
use std::env;
use std::thread;

fn main() {
    let worker = thread::spawn(|| {
        let mode = env::var("MODE").unwrap_or_default();
        println!("worker runs in mode '{}'", mode);
    });
    env::set_var("MODE", "fast");
    worker.join().unwrap();
}
