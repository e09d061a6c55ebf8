/* A simulated <pwd.h> for the checker tests. */
#pragma clang system_header
#ifndef OWNCK_TEST_PWD_H
#define OWNCK_TEST_PWD_H
typedef unsigned long size_t;
typedef unsigned uid_t;
typedef unsigned gid_t;
struct passwd {
  char *pw_name;
  uid_t pw_uid;
  gid_t pw_gid;
  char *pw_dir;
  char *pw_shell;
};
struct passwd *getpwnam(const char *name);
int getpwnam_r(const char *name, struct passwd *entry, char *buffer,
               size_t size, struct passwd **result);
struct passwd *getpwuid(uid_t uid);
int getpwuid_r(uid_t uid, struct passwd *entry, char *buffer, size_t size,
               struct passwd **result);
#endif
