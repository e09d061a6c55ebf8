/*
 * P11, accepted: the lock is released on every way out of push_job().
 *
 * The same two producers and the same four-slot queue as refused.c. The
 * "queue full" path now unlocks before it returns, as Rust's guard does
 * by itself when the function returns: both threads finish, four jobs are
 * queued and two are refused.
 */
#include <pthread.h>
#include <stdio.h>

#define CAPACITY 4
#define JOBS_PER_PRODUCER 3

static pthread_mutex_t queue_lock = PTHREAD_MUTEX_INITIALIZER;
static int queue[CAPACITY];
static int queue_length;
static int jobs_refused;

/* Appends job to the queue; returns -1 when the queue is full. */
static int push_job(int job) {
  pthread_mutex_lock(&queue_lock);
  if (queue_length == CAPACITY) {
    jobs_refused++;
    pthread_mutex_unlock(&queue_lock); /* released on this path too */
    return -1;
  }
  queue[queue_length++] = job;
  pthread_mutex_unlock(&queue_lock);
  return 0;
}

static void *producer(void *arg) {
  int first = *(const int *)arg;
  for (int i = 0; i < JOBS_PER_PRODUCER; i++)
    push_job(first + i);
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
  printf("%d jobs queued, %d refused\n", queue_length, jobs_refused);
  return 0;
}
