// A program with mutable globals but no threads: nothing can race, so
// ownck must stay silent.
#include <stdio.h>

static int counter;
static char buffer[64];

int main(void) {
  for (int i = 0; i < 1000; i++)
    counter++;
  snprintf(buffer, sizeof buffer, "%d", counter);
  puts(buffer);
  return 0;
}
