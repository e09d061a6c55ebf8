/*
 * main.c: the entry point of the scan-build sample, a two-file version
 * of samples/counter/c/racy_global.c built with make. It runs ten
 * threads of 1000 increments each and prints the total, which should be
 * 10000 but can come out short.
 */
#include <errno.h>
#include <stdio.h>

#include "counter.h"

int counter;

int main(void) {
  int err = count_in_threads(10);

  if (err != 0) {
    errno = err;
    perror("count: cannot start threads");
    return 1;
  }
  printf("%d\n", counter);
  return 0;
}
