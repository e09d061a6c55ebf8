/* A simulated <errno.h> for the checker tests. */
#pragma clang system_header
#ifndef OWNCK_TEST_ERRNO_H
#define OWNCK_TEST_ERRNO_H

#define EBUSY 16

#endif
