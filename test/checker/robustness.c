// Odd but valid C must never crash the compiler the plugin is loaded into:
// old-style definitions, unprototyped thread API redeclarations called
// with the wrong arity, entries without bodies or reached through
// pointers, statement expressions, a thread that spawns itself, and
// pointer chains the analysis does not follow.
// RUN: %analyze -Wno-everything -verify %s

typedef unsigned long pthread_t;
int pthread_create();
int pthread_join();
int pthread_mutex_lock();
int pthread_mutex_unlock();

int shared_value; // expected-note 4 {{'shared_value' declared here}}
struct node {
  int values[3];
  struct node *next;
};
struct node head, *cursor;

void *entry_without_body(void *);
void *(*entry_pointer)(void *);

static void *old_style(arg) void *arg; {
  shared_value++; // expected-warning {{'shared_value' is written by thread 'old_style' with no lock held}} expected-note {{'shared_value' is also written here by thread 'old_style'}}
  head.next->values[1]++; // no-warning: a pointer chain is not followed
  cursor->next->next->values[2] = 1; // no-warning: a pointer chain is not followed
  return 0;
}

void *no_prototype() {
  shared_value = ({ int copy = shared_value; copy + 1; }); // expected-warning {{'shared_value' is written by thread 'no_prototype' with no lock held}} expected-warning {{'shared_value' is read by thread 'no_prototype' with no lock held}}
  return 0;
}

void *self_spawning(void *arg) {
  pthread_t again;
  pthread_create(&again, 0, self_spawning, arg); // expected-note 4 {{thread 'self_spawning' spawned here}}
  shared_value--; // expected-warning {{'shared_value' is written by thread 'self_spawning' with no lock held}} expected-note 3 {{'shared_value' is also written here by thread 'self_spawning'}}
  return 0;
}

void *unlock_without_arguments(void *arg) {
  pthread_mutex_lock();
  pthread_mutex_unlock();
  return 0;
}

int main(int argc, char **argv) {
  pthread_t threads[3];
  pthread_create(&threads[0], 0, entry_without_body, 0);
  pthread_create(&threads[0], 0, entry_pointer, 0);
  pthread_create(&threads[1], 0, old_style, &argc); // expected-note 4 {{thread 'old_style' spawned here}}
  pthread_create(&threads[2], 0, no_prototype, 0); // expected-note 4 {{thread 'no_prototype' spawned here}}
  pthread_create(&threads[2], 0, self_spawning, 0); // expected-note 4 {{thread 'self_spawning' spawned here}}
  pthread_create(&threads[2], 0, unlock_without_arguments, 0);
  pthread_create();
  pthread_create(0, 0, 0, 0, 0);
  pthread_join(*threads, 0);
  pthread_join(threads[argc], (void **)&cursor);
  switch (argc) {
  case 1:
    goto out;
  default:
    break;
  }
  while (1)
    if (argc)
      break;
out:
  return 0;
}
