/* A simulated <time.h> for the checker tests. */
#pragma clang system_header
#ifndef OWNCK_TEST_TIME_H
#define OWNCK_TEST_TIME_H
typedef long time_t;
struct timespec {
  time_t tv_sec;
  long tv_nsec;
};
int nanosleep(const struct timespec *duration, struct timespec *remaining);
typedef unsigned long size_t;
struct tm {
  int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year, tm_wday, tm_yday,
      tm_isdst;
};
time_t time(time_t *now);
size_t strftime(char *out, size_t size, const char *format,
                const struct tm *time);
char *asctime(const struct tm *time);
char *asctime_r(const struct tm *time, char *buffer);
char *ctime(const time_t *clock);
char *ctime_r(const time_t *clock, char *buffer);
struct tm *gmtime(const time_t *clock);
struct tm *gmtime_r(const time_t *clock, struct tm *result);
struct tm *localtime(const time_t *clock);
struct tm *localtime_r(const time_t *clock, struct tm *result);
#endif
