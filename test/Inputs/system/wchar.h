/* A simulated <wchar.h> for the checker tests. */
#pragma clang system_header
#ifndef OWNCK_TEST_WCHAR_H
#define OWNCK_TEST_WCHAR_H
typedef unsigned long size_t;
typedef int wchar_t;
typedef struct { int opaque[2]; } mbstate_t;
size_t mbrtowc(wchar_t *wide, const char *text, size_t size,
               mbstate_t *state);
#endif
