// Writes made while the guard is held only for reading (parity row P10:
// Rust refuses assignment through an `RwLockReadGuard`, E0594), whether
// the read side is taken directly, in a helper, through the thread
// argument or by a successful try-lock; and the accepted shapes: writes
// under the write side, reads under the read side, and the upgrade made
// by releasing the read side and taking the write side.
// RUN: %analyze -verify %s

#include <ownership.h>
#include <pthread.h>

pthread_rwlock_t catalog_lock = PTHREAD_RWLOCK_INITIALIZER; // #catalog_guard
int catalog_size SHARED_MUT(catalog_lock); // #catalog_decl

// --- Rejected -----------------------------------------------------------

static void begin_reading(void)
    __attribute__((acquire_shared_capability(catalog_lock)));
static void begin_reading(void) { pthread_rwlock_rdlock(&catalog_lock); }
static void end_reading(void) { pthread_rwlock_unlock(&catalog_lock); }

void *grow_under_read_lock_taken_in_helper(void *arg) {
  begin_reading();
  catalog_size++; // expected-warning {{'catalog_size' is written by thread 'grow_under_read_lock_taken_in_helper' while its guard 'catalog_lock' is held only for reading}}
  end_reading();
  return 0;
}

void *shrink_after_successful_tryrdlock(void *arg) {
  if (pthread_rwlock_tryrdlock(&catalog_lock) == 0) {
    catalog_size--; // expected-warning {{'catalog_size' is written by thread 'shrink_after_successful_tryrdlock' while its guard 'catalog_lock' is held only for reading}}
    pthread_rwlock_unlock(&catalog_lock);
  }
  return 0;
}

static void reset_catalog(void) {
  catalog_size = 0; // expected-warning {{'catalog_size' is written by thread 'reset_while_reading' while its guard 'catalog_lock' is held only for reading}}
}

void *reset_while_reading(void *arg) {
  pthread_rwlock_rdlock(&catalog_lock);
  if (catalog_size > 100) // no-warning
    reset_catalog(); // expected-note {{thread 'reset_while_reading' calls 'reset_catalog' here}}
  pthread_rwlock_unlock(&catalog_lock);
  return 0;
}
// expected-note@#catalog_decl 3 {{'catalog_size' declared here}}
// expected-note@#catalog_guard 3 {{guard 'catalog_lock' declared here}}

// A SHARED_MUT(rw) field reached through the thread argument.
struct index {
  pthread_rwlock_t rw; // expected-note {{guard 'rw' declared here}}
  int entries SHARED_MUT(rw); // expected-note {{'entries' declared here}}
};

void *add_entry_under_read_lock(void *arg) {
  struct index *index = arg;
  pthread_rwlock_rdlock(&index->rw);
  index->entries++; // expected-warning {{'index->entries' is written by thread 'add_entry_under_read_lock' while its guard 'index->rw' is held only for reading}}
  pthread_rwlock_unlock(&index->rw);
  return 0;
}

// Unannotated: the guard is inferred, and its read side protects no write.
struct stats {
  pthread_rwlock_t rw;
  long hits;
};

void *count_hit_under_read_lock(void *arg) {
  struct stats *stats = arg;
  pthread_rwlock_rdlock(&stats->rw);
  stats->hits++; // expected-warning {{'shared_stats.hits' is written by thread 'count_hit_under_read_lock' while 'stats->rw' is held only for reading}}
  pthread_rwlock_unlock(&stats->rw);
  return 0;
}

void run_rejected(void) {
  pthread_t threads[4];
  struct index index = {PTHREAD_RWLOCK_INITIALIZER, 0};
  struct stats shared_stats = {PTHREAD_RWLOCK_INITIALIZER, 0}; // expected-note {{'shared_stats' declared here}}
  pthread_create(&threads[0], 0, grow_under_read_lock_taken_in_helper, 0); // expected-note {{thread 'grow_under_read_lock_taken_in_helper' spawned here}}
  pthread_create(&threads[1], 0, shrink_after_successful_tryrdlock, 0); // expected-note {{thread 'shrink_after_successful_tryrdlock' spawned here}}
  pthread_create(&threads[2], 0, reset_while_reading, 0); // expected-note {{thread 'reset_while_reading' spawned here}}
  pthread_create(&threads[3], 0, add_entry_under_read_lock, &index); // expected-note {{thread 'add_entry_under_read_lock' spawned here}}
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], 0);
  for (int i = 0; i < 2; i++)
    pthread_create(&threads[i], 0, count_hit_under_read_lock, &shared_stats); // expected-note {{thread 'count_hit_under_read_lock' spawned here; the loop starts several of them}}
  for (int i = 0; i < 2; i++)
    pthread_join(threads[i], 0);
}

// --- Accepted -----------------------------------------------------------

pthread_rwlock_t menu_lock = PTHREAD_RWLOCK_INITIALIZER;
int menu_items SHARED_MUT(menu_lock);
long menu_views;

static void begin_writing(void) __attribute__((acquire_capability(menu_lock)));
static void begin_writing(void) { pthread_rwlock_wrlock(&menu_lock); }

void *add_item_under_write_lock(void *arg) {
  pthread_rwlock_wrlock(&menu_lock);
  menu_items++; // no-warning
  menu_views++; // no-warning
  pthread_rwlock_unlock(&menu_lock);
  begin_writing();
  menu_items++; // no-warning: the helper takes the write side
  pthread_rwlock_unlock(&menu_lock);
  if (pthread_rwlock_trywrlock(&menu_lock) == 0) {
    menu_items--; // no-warning
    pthread_rwlock_unlock(&menu_lock);
  }
  return 0;
}

void *read_items_under_read_lock(void *arg) {
  pthread_rwlock_rdlock(&menu_lock);
  long seen = menu_items + menu_views; // no-warning
  pthread_rwlock_unlock(&menu_lock);
  return (void *)seen;
}

void *upgrade_by_unlock_and_wrlock(void *arg) {
  pthread_rwlock_rdlock(&menu_lock);
  int full = menu_items > 10; // no-warning
  pthread_rwlock_unlock(&menu_lock);
  if (!full) {
    pthread_rwlock_wrlock(&menu_lock);
    if (menu_items <= 10) // no-warning
      menu_items++;       // no-warning
    pthread_rwlock_unlock(&menu_lock);
  }
  return 0;
}

void *write_entry_under_write_lock(void *arg) {
  struct index *index = arg;
  pthread_rwlock_wrlock(&index->rw);
  index->entries++; // no-warning
  pthread_rwlock_unlock(&index->rw);
  pthread_rwlock_rdlock(&index->rw);
  int seen = index->entries; // no-warning
  pthread_rwlock_unlock(&index->rw);
  return (void *)(long)seen;
}

void run_accepted(void) {
  pthread_t threads[8];
  struct index index = {PTHREAD_RWLOCK_INITIALIZER, 0};
  for (int i = 0; i < 2; i++) {
    pthread_create(&threads[4 * i], 0, add_item_under_write_lock, 0);
    pthread_create(&threads[4 * i + 1], 0, read_items_under_read_lock, 0);
    pthread_create(&threads[4 * i + 2], 0, upgrade_by_unlock_and_wrlock, 0);
    pthread_create(&threads[4 * i + 3], 0, write_entry_under_write_lock,
                   &index);
  }
  for (int i = 0; i < 8; i++)
    pthread_join(threads[i], 0);
}
