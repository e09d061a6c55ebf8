// The ten threads add to a counter that carries no annotation, but every
// access holds 'lock': accepted by default (the guard is inferred), and
// refused in strict mode, which demands SHARED_MUT(lock).
#include <pthread.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int counter;

static void *work(void *arg) {
  (void)arg;
  for (int i = 0; i < 1000; i++) {
    pthread_mutex_lock(&lock);
    counter++;
    pthread_mutex_unlock(&lock);
  }
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
