/* A simulated <string.h> for the checker tests. */
#pragma clang system_header
#ifndef OWNCK_TEST_STRING_H
#define OWNCK_TEST_STRING_H
typedef unsigned long size_t;
void *memcpy(void *restrict to, const void *restrict from, size_t size);
void *memmove(void *to, const void *from, size_t size);
void *memset(void *to, int value, size_t size);
char *strcpy(char *restrict to, const char *restrict from);
char *strncpy(char *restrict to, const char *restrict from, size_t size);
size_t strlen(const char *text);
char *strerror(int error);
int strerror_r(int error, char *buffer, size_t size);
char *strsignal(int signal);
char *strtok(char *text, const char *separators);
char *strtok_r(char *text, const char *separators, char **state);
#endif
