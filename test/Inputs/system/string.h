/* A simulated <string.h> for the checker tests. */
#pragma clang system_header
#ifndef OWNCK_TEST_STRING_H
#define OWNCK_TEST_STRING_H
typedef unsigned long size_t;
size_t strlen(const char *text);
char *strerror(int error);
int strerror_r(int error, char *buffer, size_t size);
char *strsignal(int signal);
char *strtok(char *text, const char *separators);
char *strtok_r(char *text, const char *separators, char **state);
#endif
