/* Every annotation of ownership.h in use, in a program that must build
   and run the same with any C99 compiler. */
#include <ownership.h>
#include <pthread.h>
#include <stdio.h>

struct NOSEND handle {
  int descriptor;
};
struct job {
  int id;
};

static pthread_mutex_t total_lock = PTHREAD_MUTEX_INITIALIZER;
static long total SHARED_MUT(total_lock);
static const int rounds SHARED = 1000;
static long hits OWNCK_UNSYNCHRONIZED("a rough statistic");

static void take(pthread_mutex_t *lock) OWNCK_ACQUIRES(1);
static void drop(pthread_mutex_t *lock) OWNCK_RELEASES(1);
static int start(pthread_t *thread, void *(*entry)(void *), void *arg)
    OWNCK_SPAWNS(2, 3);

static void take(pthread_mutex_t *lock) { pthread_mutex_lock(lock); }
static void drop(pthread_mutex_t *lock) { pthread_mutex_unlock(lock); }
static int start(pthread_t *thread, void *(*entry)(void *), void *arg) {
  return pthread_create(thread, NULL, entry, arg);
}

static void *work(void *arg) {
  struct job *OWNED mine = arg;
  struct handle local = {mine->id}; /* made and used on this thread */
  (void)local;
  for (int i = 0; i < rounds; i++) {
    take(&total_lock);
    total++;
    drop(&total_lock);
    hits++;
  }
  return NULL;
}

int main(void) {
  pthread_t threads[4];
  struct job jobs[4];
  for (int i = 0; i < 4; i++) {
    jobs[i].id = i;
    if (start(&threads[i], work, &jobs[i]) != 0) {
      /* The threads already started borrow `jobs`: join them first. */
      while (i-- > 0)
        pthread_join(threads[i], NULL);
      return 1;
    }
  }
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], NULL);
  printf("total %ld\n", total);
  return 0;
}
