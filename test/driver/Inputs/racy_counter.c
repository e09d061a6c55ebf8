// The seed program: ten threads each add 1 to a global counter 1000
// times, with no lock. ownck must refuse it (parity row P1).
#include <pthread.h>

int counter;

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
