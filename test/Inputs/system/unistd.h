/* A simulated <unistd.h> for the checker tests. */
#pragma clang system_header
#ifndef OWNCK_TEST_UNISTD_H
#define OWNCK_TEST_UNISTD_H
unsigned sleep(unsigned seconds);
int usleep(unsigned microseconds);
char *ttyname(int descriptor);
int ttyname_r(int descriptor, char *buffer, unsigned long size);
#endif
