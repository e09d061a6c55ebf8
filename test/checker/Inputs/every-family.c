/* One report from each checker family, for the output format tests. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "ownership.h"

struct NOSEND conn {
  int fd;
};

int total;
int hits;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void *count(void *arg) {
  (void)strerror(1); /* ThreadUnsafeCalls */
  total++;           /* SharedState */
  hits++;            /* AtomicMix */
  __atomic_fetch_add(&hits, 1, __ATOMIC_SEQ_CST);
  pthread_mutex_lock(&m); /* LockDiscipline */
  return arg;
}

static void *serve(void *arg) { return arg; }

int main(void) {
  struct conn c = {0};
  OWNED int *box = malloc(sizeof *box);
  int local = 0;
  pthread_t t[4], loose;

  pthread_create(&t[0], NULL, count, NULL);
  pthread_create(&t[1], NULL, count, NULL);
  pthread_create(&t[2], NULL, serve, &c); /* Send */
  pthread_create(&t[3], NULL, serve, box);
  *box = 1;                                    /* Moves */
  pthread_create(&loose, NULL, serve, &local); /* Lifetime */
  pthread_detach(loose);
  for (int i = 0; i < 4; i++)
    pthread_join(t[i], NULL);
  return 0;
}
