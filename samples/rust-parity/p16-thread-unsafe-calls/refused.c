/*
 * refused.c: a worker thread that logs a timestamp and reads its mode from
 * the environment, while the main thread changes the environment. Both
 * library calls keep hidden global state: localtime() returns a pointer to
 * one static struct shared by every thread, and getenv() walks the
 * environment that setenv() may be rewriting at that moment. POSIX lists
 * both as not thread-safe; ownck refuses them in thread context, as rustc
 * refuses an unguarded std::env::set_var (E0133, 2024 edition).
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static void *work(void *arg) {
  time_t now = time(NULL);
  struct tm *fields = localtime(&now);
  const char *mode = getenv("MODE");

  (void)arg;
  printf("%02d:%02d worker runs in mode '%s'\n", fields->tm_hour,
         fields->tm_min, mode ? mode : "");
  return NULL;
}

int main(void) {
  pthread_t worker;

  if (pthread_create(&worker, NULL, work, NULL) != 0) {
    fprintf(stderr, "pthread_create failed\n");
    return EXIT_FAILURE;
  }
  setenv("MODE", "fast", 1);
  pthread_join(worker, NULL);
  return 0;
}
