/* A simulated <time.h> for the checker tests: what sleeping and timed
   waits need. */
#pragma clang system_header
#ifndef OWNCK_TEST_TIME_H
#define OWNCK_TEST_TIME_H
typedef long time_t;
struct timespec {
  time_t tv_sec;
  long tv_nsec;
};
int nanosleep(const struct timespec *duration, struct timespec *remaining);
#endif
