// How thread context and locks are found: user spawners and lock
// wrappers (ownck's annotations and Clang's thread-safety attributes),
// recursion, rwlocks and spinlocks, and the escape hatch on a function.
// RUN: %analyze -verify %s

#include <ownership.h>
#include <pthread.h>

// A thread pool's submit function, annotated as a spawner.
int pool_submit(void *pool, void *(*task)(void *), void *arg)
    OWNCK_SPAWNS(2, 3);

int jobs_done; // expected-note {{'jobs_done' declared here}}

void *run_job(void *arg) {
  jobs_done++; // expected-warning {{'jobs_done' is written by thread 'run_job' with no lock held; other threads access it concurrently}}
  return 0;
}

void submit_jobs(void *pool) {
  for (int i = 0; i < 8; i++)
    pool_submit(pool, run_job, 0); // expected-note {{thread 'run_job' spawned here; the loop starts several of them}}
}

// Lock wrappers, annotated with ownck's macros and with Clang's own
// attributes; the data they guard is accepted.
struct __attribute__((capability("mutex"))) spin {
  int word;
};
void spin_take(struct spin *lock) __attribute__((acquire_capability(lock)));
void spin_drop(struct spin *lock) __attribute__((release_capability(lock)));
void queue_take(pthread_mutex_t *lock) OWNCK_ACQUIRES(1);
void queue_drop(pthread_mutex_t *lock) OWNCK_RELEASES(1);

struct spin table_spin;
pthread_mutex_t queue_lock = PTHREAD_MUTEX_INITIALIZER; // expected-note {{guard 'queue_lock' declared here}}
int table_size SHARED_MUT(table_spin);
int queue_size SHARED_MUT(queue_lock); // expected-note {{'queue_size' declared here}}

void *use_wrappers(void *arg) {
  spin_take(&table_spin);
  table_size++; // no-warning
  spin_drop(&table_spin);
  queue_take(&queue_lock);
  queue_size++; // no-warning
  queue_drop(&queue_lock); // expected-note {{guard 'queue_lock' released here}}
  queue_size--; // expected-warning {{'queue_size' is written by thread 'use_wrappers' without holding its guard 'queue_lock'}}
  return 0;
}

// Recursion in thread context: the walk reaches every function once and
// the lock sets still settle.
pthread_rwlock_t tree_lock = PTHREAD_RWLOCK_INITIALIZER; // expected-note 2 {{guard 'tree_lock' declared here}}
int tree_nodes SHARED_MUT(tree_lock); // expected-note 2 {{'tree_nodes' declared here}}
pthread_spinlock_t depth_lock; // expected-note {{guard 'depth_lock' declared here}}
int deepest SHARED_MUT(depth_lock); // expected-note {{'deepest' declared here}}

static int walk(int depth) {
  if (depth > 10)
    return tree_nodes; // expected-warning {{'tree_nodes' is read by thread 'walker' without holding its guard 'tree_lock'}}
  pthread_spin_lock(&depth_lock);
  deepest = depth; // no-warning
  pthread_spin_unlock(&depth_lock); // expected-note {{guard 'depth_lock' released here}}
  deepest = 0; // expected-warning {{'deepest' is written by thread 'walker' without holding its guard 'depth_lock'}}
  return walk(depth + 1);
}

void *walker(void *arg) {
  pthread_rwlock_rdlock(&tree_lock);
  int seen = tree_nodes; // no-warning
  tree_nodes = seen + 1; // expected-warning {{'tree_nodes' is written by thread 'walker' while its guard 'tree_lock' is held only for reading}}
  pthread_rwlock_unlock(&tree_lock);
  pthread_rwlock_wrlock(&tree_lock);
  tree_nodes = seen + 2; // no-warning
  pthread_rwlock_unlock(&tree_lock);
  return (void *)(long)walk(0); // expected-note 2 {{thread 'walker' calls 'walk' here}}
}
// expected-note@#walker_spawn 3 {{thread 'walker' spawned here}}
// expected-note@#wrappers_spawn {{thread 'use_wrappers' spawned here}}

// The escape hatch on a function: nothing in it is reported.
int statistics;
void *sample_statistics(void *arg)
    OWNCK_UNSYNCHRONIZED("approximate numbers for a progress bar") {
  statistics++; // no-warning
  return 0;
}

int main(void) {
  pthread_t threads[4];
  pthread_create(&threads[0], 0, use_wrappers, 0); // #wrappers_spawn
  pthread_create(&threads[1], 0, walker, 0); // #walker_spawn
  for (int i = 2; i < 4; i++)
    pthread_create(&threads[i], 0, sample_statistics, 0);
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
  return 0;
}
