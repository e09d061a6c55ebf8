/*
 * refused.c: parity row P1, a mutable global touched from threads. Four
 * threads each add 1 to the global `counter` 1000 times, with no lock.
 * Each `counter++` is a read, an add and a write, so two threads can
 * read the same value and one increment is lost: the total printed is
 * 4000 only when the threads happen not to meet.
 *
 * A C compiler accepts this; ownck refuses the write in count(), as
 * rustc refuses the same program with a `static mut` (E0133). The read
 * in main comes after the last join, when no thread is left to race,
 * so ownck accepts it. The threads are C11 <threads.h> threads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <threads.h>

enum { THREADS = 4, INCREMENTS = 1000 };

static int counter; /* plain, unguarded, shared by every thread */

static int count(void *arg) {
  (void)arg;
  for (int i = 0; i < INCREMENTS; i++)
    counter++; /* refused: other threads write it at the same time */
  return 0;
}

int main(void) {
  thrd_t threads[THREADS];

  for (int i = 0; i < THREADS; i++)
    if (thrd_create(&threads[i], count, NULL) != thrd_success) {
      fputs("thrd_create failed\n", stderr);
      return EXIT_FAILURE;
    }
  for (int i = 0; i < THREADS; i++)
    thrd_join(threads[i], NULL);
  printf("%d\n", counter);
  return 0;
}
