/*
 * refused.c: main hands its one OWNED line to each of two workers, and
 * both upper-case it in place at the same time: a data race on every
 * character. ownck refuses the second hand-off, as rustc refuses to move
 * one String into a thread on every iteration of a loop (E0382).
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
  char *line OWNED = malloc(LINE_SIZE); /* one owner at a time */
  int err;

  if (line == NULL)
    return EXIT_FAILURE;
  strcpy(line, "hello, threads");

  /* refused: the second iteration hands over a line the first moved */
  for (int i = 0; i < WORKERS; i++)
    if ((err = pthread_create(&workers[i], NULL, shout, line)) != 0)
      die("pthread_create", err);

  for (int i = 0; i < WORKERS; i++)
    if ((err = pthread_join(workers[i], NULL)) != 0)
      die("pthread_join", err);
  printf("%s\n", line);
  free(line);
  return 0;
}
