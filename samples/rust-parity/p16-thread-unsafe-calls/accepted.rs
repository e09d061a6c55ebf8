// accepted.rs: the configuration is read once, before any thread starts,
// and handed to the thread explicitly. Nothing changes the environment
// while threads run, so no `unsafe` is needed.
use std::env;
use std::thread;

fn main() {
    let mode = env::var("MODE").unwrap_or_else(|_| String::from("fast"));
    let worker = thread::spawn(move || {
        println!("worker runs in mode '{}'", mode);
    });
    worker.join().unwrap();
}
