/*
 * accepted.c: the main thread reads the configuration before starting the
 * worker and hands it over explicitly; the worker formats its timestamp
 * with localtime_r(), which fills a struct of its own. No hidden global
 * state is shared between the threads.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static void *work(void *arg) {
  const char *mode = arg;
  time_t now = time(NULL);
  struct tm fields;

  localtime_r(&now, &fields);
  printf("%02d:%02d worker runs in mode '%s'\n", fields.tm_hour, fields.tm_min,
         mode);
  return NULL;
}

int main(void) {
  pthread_t worker;
  const char *mode = getenv("MODE");

  if (mode == NULL)
    mode = "fast";
  if (pthread_create(&worker, NULL, work, (void *)mode) != 0) {
    fprintf(stderr, "pthread_create failed\n");
    return EXIT_FAILURE;
  }
  pthread_join(worker, NULL);
  return 0;
}
