/*
 * P12, accepted: the wait holds its mutex.
 *
 * The same producer and flag as refused.c. main() takes ready_lock
 * before it tests the flag and keeps it across the wait, which releases
 * it while sleeping and takes it back before returning: the producer
 * cannot set the flag between the test and the wait, so no wakeup is
 * lost. The flag is only touched under the lock, so it needs no atomic.
 */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t ready_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t ready_cond = PTHREAD_COND_INITIALIZER;
static int ready;

static void *producer(void *arg) {
  (void)arg;
  pthread_mutex_lock(&ready_lock);
  ready = 1;
  pthread_cond_signal(&ready_cond);
  pthread_mutex_unlock(&ready_lock);
  return NULL;
}

int main(void) {
  pthread_t thread;
  if (pthread_create(&thread, NULL, producer, NULL) != 0)
    return 1;
  pthread_mutex_lock(&ready_lock);
  while (!ready)
    pthread_cond_wait(&ready_cond, &ready_lock);
  pthread_mutex_unlock(&ready_lock);
  pthread_join(thread, NULL);
  puts("ready");
  return 0;
}
