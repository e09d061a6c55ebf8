/*
 * P12, refused: waiting on a condition variable without holding its mutex.
 *
 * main() waits for a producer thread to set a flag. The flag is atomic,
 * so reading it needs no lock, and main calls pthread_cond_wait() without
 * taking ready_lock. That is the lost wakeup: the producer can set the
 * flag and signal between main's test and its wait, and main then sleeps
 * forever; POSIX also leaves a wait on an unlocked mutex undefined.
 * ownck refuses the program at the wait. In Rust, Condvar::wait takes the
 * mutex's guard, so the wait cannot be written without the lock.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static pthread_mutex_t ready_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t ready_cond = PTHREAD_COND_INITIALIZER;
static atomic_int ready;

static void *producer(void *arg) {
  (void)arg;
  pthread_mutex_lock(&ready_lock);
  atomic_store(&ready, 1);
  pthread_cond_signal(&ready_cond);
  pthread_mutex_unlock(&ready_lock);
  return NULL;
}

int main(void) {
  pthread_t thread;
  if (pthread_create(&thread, NULL, producer, NULL) != 0)
    return 1;
  while (!atomic_load(&ready))
    pthread_cond_wait(&ready_cond, &ready_lock); /* wrong: not locked */
  pthread_join(thread, NULL);
  puts("ready");
  return 0;
}
