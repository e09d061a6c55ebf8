/* A simulated <stdlib.h> for the checker tests. */
#pragma clang system_header
#ifndef OWNCK_TEST_STDLIB_H
#define OWNCK_TEST_STDLIB_H
typedef unsigned long size_t;
#define NULL ((void *)0)
void *malloc(size_t size);
void *calloc(size_t count, size_t size);
void free(void *pointer);
void abort(void) __attribute__((noreturn));
void exit(int status) __attribute__((noreturn));
int rand(void);
int rand_r(unsigned *seed);
void srand(unsigned seed);
char *getenv(const char *name);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
int putenv(char *assignment);
int system(const char *command);
#endif
