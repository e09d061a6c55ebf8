/*
 * worker.c: the threads of the scan-build sample. Each adds 1 to the
 * global `counter` with no lock, so increments from different threads
 * can be lost. ownck reports the write in work(), in this file, because
 * this is the file that starts the threads.
 */
#include <pthread.h>

#include "counter.h"

enum { MAX_THREADS = 64, INCREMENTS = 1000 };

static void *work(void *arg) {
  (void)arg;
  for (int i = 0; i < INCREMENTS; i++)
    counter++;
  return NULL;
}

int count_in_threads(int threads) {
  pthread_t handles[MAX_THREADS];
  int started, err = 0;

  if (threads > MAX_THREADS)
    threads = MAX_THREADS;
  for (started = 0; started < threads; started++) {
    err = pthread_create(&handles[started], NULL, work, NULL);
    if (err != 0)
      break;
  }
  for (int i = 0; i < started; i++)
    pthread_join(handles[i], NULL);
  return err;
}
