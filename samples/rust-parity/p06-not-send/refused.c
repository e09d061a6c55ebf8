/*
 * refused.c: a reference-counted string whose count is a plain int, the C
 * twin of Rust's Rc. Two threads retaining and releasing it at once could
 * lose a count and free the string early, so the type is declared NOSEND:
 * a value must stay on the thread that made it. ownck refuses to hand one
 * to pthread_create, as rustc refuses to move an Rc into thread::spawn
 * (E0277).
 */
#include <ownership.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

/* A string shared by counting its owners, without atomics. */
struct NOSEND rc_text {
  int refs;
  const char *text;
};

static struct rc_text *rc_new(const char *text) {
  struct rc_text *rc = malloc(sizeof *rc);
  if (rc == NULL) {
    perror("malloc");
    exit(EXIT_FAILURE);
  }
  rc->refs = 1;
  rc->text = text;
  return rc;
}

/* One more owner: a plain read, add and write of the count. */
static struct rc_text *rc_retain(struct rc_text *rc) {
  rc->refs++;
  return rc;
}

/* One owner fewer; the last one frees the string. */
static void rc_release(struct rc_text *rc) {
  if (--rc->refs == 0)
    free(rc);
}

static void *work(void *arg) {
  struct rc_text *config = arg;
  printf("worker sees %s\n", config->text);
  rc_release(config);
  return NULL;
}

int main(void) {
  pthread_t worker;
  struct rc_text *config = rc_new("fast");
  struct rc_text *for_worker = rc_retain(config);

  if (pthread_create(&worker, NULL, work, for_worker) != 0) {
    fprintf(stderr, "pthread_create failed\n");
    return EXIT_FAILURE;
  }
  pthread_join(worker, NULL);
  printf("main sees %s\n", config->text);
  rc_release(config);
  return 0;
}
