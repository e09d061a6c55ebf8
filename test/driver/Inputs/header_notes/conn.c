/*
 * Two findings whose notes are in conn.h: the driver must count them,
 * though their paths leave this file.
 */
#include <pthread.h>

#include "conn.h"

static void *serve(void *arg) {
  struct conn *c = arg;
  return c;
}

static void *count(void *arg) {
  requests++;
  return arg;
}

int main(void) {
  struct conn c = {0};
  pthread_t t[3];

  pthread_create(&t[0], NULL, serve, &c);
  for (int i = 1; i < 3; i++)
    pthread_create(&t[i], NULL, count, NULL);
  for (int i = 0; i < 3; i++)
    pthread_join(t[i], NULL);
  return 0;
}
