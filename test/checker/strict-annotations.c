// StrictAnnotations: consistently locked but unannotated shared data is
// refused until it names its guard, as Rust demands the data live inside
// its Mutex. Without the option the same file is accepted.
// RUN: %analyze -analyzer-config ownership.SharedState:StrictAnnotations=true -verify=strict %s
// RUN: %analyze -verify=default %s
// default-no-diagnostics

#include <ownership.h>
#include <pthread.h>

pthread_mutex_t hits_lock = PTHREAD_MUTEX_INITIALIZER;
int hits; // strict-note {{'hits' declared here}}
int annotated_hits SHARED_MUT(hits_lock);

void *count(void *arg) {
  pthread_mutex_lock(&hits_lock);
  hits++; // strict-warning {{'hits' is shared between threads without a SHARED_MUT annotation; every access holds 'hits_lock'}}
  annotated_hits++; // no-warning
  pthread_mutex_unlock(&hits_lock);
  return 0;
}

int main(void) {
  pthread_t threads[2];
  for (int i = 0; i < 2; i++)
    pthread_create(&threads[i], 0, count, 0); // strict-note {{thread 'count' spawned here; the loop starts several of them}}
  for (int i = 0; i < 2; i++)
    pthread_join(threads[i], 0);
  return hits;
}
