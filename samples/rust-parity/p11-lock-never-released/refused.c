/*
 * P11, refused: a lock still held when the function that took it returns.
 *
 * Two producer threads push three jobs each onto a queue that holds four.
 * push_job() takes the queue's lock, but on its "queue full" path it
 * returns without unlocking: the next call, from either thread, waits
 * forever for a lock nobody will release. ownck refuses the program at
 * that return. In Rust the lock is held by a guard that is dropped, and
 * the lock released, on every way out of its scope.
 */
#include <pthread.h>
#include <stdio.h>

#define CAPACITY 4
#define JOBS_PER_PRODUCER 3

static pthread_mutex_t queue_lock = PTHREAD_MUTEX_INITIALIZER;
static int queue[CAPACITY];
static int queue_length;

/* Appends job to the queue; returns -1 when the queue is full. */
static int push_job(int job) {
  pthread_mutex_lock(&queue_lock);
  if (queue_length == CAPACITY)
    return -1; /* wrong: queue_lock is still held */
  queue[queue_length++] = job;
  pthread_mutex_unlock(&queue_lock);
  return 0;
}

static void *producer(void *arg) {
  int first = *(const int *)arg;
  for (int i = 0; i < JOBS_PER_PRODUCER; i++)
    if (push_job(first + i) != 0)
      fprintf(stderr, "job %d refused: queue full\n", first + i);
  return NULL;
}

int main(void) {
  pthread_t threads[2];
  static int first_jobs[2] = {100, 200};
  for (int i = 0; i < 2; i++)
    if (pthread_create(&threads[i], NULL, producer, &first_jobs[i]) != 0)
      return 1;
  for (int i = 0; i < 2; i++)
    pthread_join(threads[i], NULL);
  printf("%d jobs queued\n", queue_length);
  return 0;
}
