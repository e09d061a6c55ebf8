/*
 * refused.c: main hands its OWNED line to a worker thread, which upper-
 * cases it in place, and then prints the line before joining the worker.
 * The worker may be halfway through: main can print a mix of both cases,
 * or read while the worker writes. ownck refuses the read, as rustc
 * refuses to use a String after `thread::spawn(move || ...)` took it
 * (E0382).
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

  printf("%s\n", line); /* refused: the worker owns the line now */

  if ((err = pthread_join(worker, NULL)) != 0)
    die("pthread_join", err);
  free(line);
  return 0;
}
