/*
 * accepted.c: the fix of refused.c. Each worker gets a copy of the line
 * of its own, made in the loop (Rust's `clone`), so no object is handed
 * to two threads. main prints each copy after joining its worker.
 */
#include <ctype.h>
#include <errno.h>
#include <ownership.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { WORKERS = 2, LINE_SIZE = 32 };

/* Reports a failed pthread call, whose result is `err`, and exits. */
_Noreturn static void die(const char *what, int err) {
  errno = err;
  perror(what);
  exit(EXIT_FAILURE);
}

/* The worker: owns the line it is given and upper-cases it. */
static void *shout(void *arg) {
  char *line = arg;

  for (size_t i = 0; line[i] != '\0'; i++)
    line[i] = (char)toupper((unsigned char)line[i]);
  return NULL;
}

int main(void) {
  pthread_t workers[WORKERS];
  char *copies[WORKERS];
  int err;

  for (int i = 0; i < WORKERS; i++) {
    /* A new copy per worker: nothing is moved twice. */
    char *copy OWNED = malloc(LINE_SIZE);
    if (copy == NULL)
      return EXIT_FAILURE;
    strcpy(copy, "hello, threads");
    copies[i] = copy;
    if ((err = pthread_create(&workers[i], NULL, shout, copy)) != 0)
      die("pthread_create", err);
  }

  for (int i = 0; i < WORKERS; i++) {
    if ((err = pthread_join(workers[i], NULL)) != 0)
      die("pthread_join", err);
    printf("%s\n", copies[i]);
    free(copies[i]);
  }
  return 0;
}
