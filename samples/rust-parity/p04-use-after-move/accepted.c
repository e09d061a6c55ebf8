/*
 * accepted.c: the fix of refused.c. main waits for the worker before it
 * prints the line: the join hands the line back, as `worker.join()`
 * returns it in Rust, and the print sees the whole upper-cased line.
 */
#include <ctype.h>
#include <errno.h>
#include <ownership.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
  pthread_t worker;
  char *line OWNED = malloc(32); /* one owner at a time */
  int err;

  if (line == NULL)
    return EXIT_FAILURE;
  strcpy(line, "hello, threads");

  /* Handing the line to the worker moves it there. */
  if ((err = pthread_create(&worker, NULL, shout, line)) != 0)
    die("pthread_create", err);

  /* The join gives it back. */
  if ((err = pthread_join(worker, NULL)) != 0)
    die("pthread_join", err);
  printf("%s\n", line);
  free(line);
  return 0;
}
