// The seed program fixed: the counter is atomic, so the ten threads may
// add to it without a lock. ownck must accept it (parity row P15).
#include <pthread.h>

_Atomic int counter;

void *work(void *arg) {
  (void)arg;
  for (int i = 0; i < 1000; i++)
    counter++;
  return 0;
}

int main(void) {
  pthread_t threads[10];
  for (int i = 0; i < 10; i++)
    pthread_create(&threads[i], 0, work, 0);
  for (int i = 0; i < 10; i++)
    pthread_join(threads[i], 0);
  return counter != 10000;
}
