/* A simulated <dirent.h> for the checker tests. */
#pragma clang system_header
#ifndef OWNCK_TEST_DIRENT_H
#define OWNCK_TEST_DIRENT_H
typedef struct ownck_test_dir DIR;
struct dirent {
  unsigned long d_ino;
  char d_name[256];
};
DIR *opendir(const char *path);
struct dirent *readdir(DIR *directory);
int readdir_r(DIR *directory, struct dirent *entry, struct dirent **result);
int closedir(DIR *directory);
#endif
