/*
 * accepted.c: the same program with an atomic count, the C twin of Rust's
 * Arc. Retaining and releasing are atomic read-modify-writes, so any
 * thread may hold an owner: the type is not NOSEND, and ownck accepts
 * handing it to a thread.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

/* A string shared by counting its owners atomically. */
struct arc_text {
  atomic_int refs;
  const char *text;
};

static struct arc_text *arc_new(const char *text) {
  struct arc_text *arc = malloc(sizeof *arc);
  if (arc == NULL) {
    perror("malloc");
    exit(EXIT_FAILURE);
  }
  atomic_init(&arc->refs, 1);
  arc->text = text;
  return arc;
}

/* One more owner, whatever thread asks. */
static struct arc_text *arc_retain(struct arc_text *arc) {
  atomic_fetch_add(&arc->refs, 1);
  return arc;
}

/* One owner fewer; whichever thread drops the last one frees it. */
static void arc_release(struct arc_text *arc) {
  if (atomic_fetch_sub(&arc->refs, 1) == 1)
    free(arc);
}

static void *work(void *arg) {
  struct arc_text *config = arg;
  printf("worker sees %s\n", config->text);
  arc_release(config);
  return NULL;
}

int main(void) {
  pthread_t worker;
  struct arc_text *config = arc_new("fast");
  struct arc_text *for_worker = arc_retain(config);

  if (pthread_create(&worker, NULL, work, for_worker) != 0) {
    fprintf(stderr, "pthread_create failed\n");
    return EXIT_FAILURE;
  }
  pthread_join(worker, NULL);
  printf("main sees %s\n", config->text);
  arc_release(config);
  return 0;
}
