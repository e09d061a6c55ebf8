// One program, three variants chosen by flags for clang: by default the
// counter is atomic (accepted); -DRACY makes it a plain int (refused);
// -DBROKEN makes the file fail to compile.
#ifdef BROKEN
#error BROKEN is defined
#endif
#include <pthread.h>

#ifdef RACY
int counter;
#else
_Atomic int counter;
#endif

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
