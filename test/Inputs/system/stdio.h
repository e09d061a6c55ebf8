/* A simulated <stdio.h> for the checker tests. */
#pragma clang system_header
#ifndef OWNCK_TEST_STDIO_H
#define OWNCK_TEST_STDIO_H
int printf(const char *format, ...);
char *tmpnam(char *buffer);
#endif
