/*
 * accepted.c: parity row P15, the shapes Rust accepts, which ownck must
 * accept too. Four threads each sum the weighted squares of a quarter
 * of 0..99. Every object the threads touch is safe in its own way:
 *
 *   items_done   _Atomic: every update is one indivisible step
 *                (Rust: AtomicUsize);
 *   squares      filled once, by whichever thread comes first, under
 *                pthread_once, then only read (Rust: OnceLock);
 *   weights      SHARED: set by main before the first spawn, then only
 *                read (Rust: an Arc<Vec<u64>>);
 *   scale        not annotated: main writes it only before the first
 *                spawn, and the threads only read it, so no read meets
 *                a write (Rust: a value copied into each thread);
 *   items_seen   _Thread_local: one copy per thread (Rust: thread_local!);
 *   each job     a fresh allocation handed to exactly one thread, which
 *                main touches again only after joining that thread
 *                (Rust: a Box moved into the thread and returned by
 *                join()).
 *
 * main reads every result after the last join. Prints the same five
 * lines on every run, and ownck reports nothing.
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#include <ownership.h>

enum { THREADS = 4, ITEMS = 100, ITEMS_PER_THREAD = ITEMS / THREADS };

/* One thread's share of the work, and its results. */
struct job {
  int first;
  long sum;
  int items_seen;
};

static atomic_int items_done;
static pthread_once_t squares_once = PTHREAD_ONCE_INIT;
static long squares[ITEMS];
static long weights[THREADS] SHARED;
static long scale;
static _Thread_local int items_seen;

/* Reports a failed pthread call, whose result is `err`, and exits. */
_Noreturn static void die(const char *what, int err) {
  errno = err;
  perror(what);
  exit(EXIT_FAILURE);
}

/* Fills the table of squares; run once, by pthread_once. */
static void fill_squares(void) {
  for (int i = 0; i < ITEMS; i++)
    squares[i] = (long)i * i;
}

/* Returns the weighted square of item `i` and counts it. */
static long weigh(int i, int thread) {
  items_seen++;                     /* this thread's own copy */
  atomic_fetch_add(&items_done, 1); /* one indivisible update */
  return squares[i] * weights[thread] * scale;
}

static void *work(void *arg) {
  struct job *job = arg; /* this thread's own allocation */
  int thread = job->first / ITEMS_PER_THREAD;

  pthread_once(&squares_once, fill_squares);
  for (int i = job->first; i < job->first + ITEMS_PER_THREAD; i++)
    job->sum += weigh(i, thread);
  job->items_seen = items_seen;
  return job;
}

int main(void) {
  pthread_t threads[THREADS];
  long total = 0;
  int err;

  /* Before the first spawn: no thread runs yet, so no lock is needed. */
  scale = 2;
  for (int i = 0; i < THREADS; i++)
    weights[i] = i + 1;

  for (int i = 0; i < THREADS; i++) {
    struct job *job = malloc(sizeof *job);

    if (job == NULL) {
      perror("malloc");
      return EXIT_FAILURE;
    }
    job->first = i * ITEMS_PER_THREAD;
    job->sum = 0;
    job->items_seen = 0;
    if ((err = pthread_create(&threads[i], NULL, work, job)) != 0)
      die("pthread_create", err);
    /* From here on `job` belongs to the thread: main does not touch it. */
  }

  /* After each join, the thread's job comes back to main. */
  for (int i = 0; i < THREADS; i++) {
    void *result;
    struct job *job;

    if ((err = pthread_join(threads[i], &result)) != 0)
      die("pthread_join", err);
    job = result;
    printf("thread %d: %d items, sum %ld\n", i, job->items_seen, job->sum);
    total += job->sum;
    free(job);
  }
  printf("%d items, scale %ld, sum %ld\n", atomic_load(&items_done), scale,
         total);
  return 0;
}
