// refused.rs: an `Rc` counts its owners with a plain integer, so two
// threads cloning and dropping it at once could lose a count and free the
// value early. `Rc` is therefore not `Send`, and rustc refuses to move
// one into `thread::spawn` (E0277).
use std::rc::Rc;
use std::thread;

fn main() {
    let config = Rc::new(String::from("fast"));
    let for_worker = Rc::clone(&config);
    let worker = thread::spawn(move || {
        println!("worker sees {}", for_worker);
    });
    worker.join().unwrap();
    println!("main sees {}", config);
}
