/*
 * ownck.c: the ownck command-line driver.
 *
 * ownck checks C files for the thread-safety errors that rustc refuses,
 * with one command and compiler-style output. For each file it runs the
 * clang that the plugin was built against, with the plugin loaded, only
 * the ownership checkers enabled and their reports raised to errors.
 * clang prints the diagnostics on standard error itself and writes them
 * as a property list to a temporary file, which the driver reads (with
 * libplist) to tell findings from compile errors; clang's exit status
 * tells a crash. The driver's own exit status sums up the run for
 * scripts and commit hooks.
 *
 * The plugin and ownership.h are found relative to the executable, so the
 * build tree and an installation work alike.
 */
#define _XOPEN_SOURCE 700

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <plist/plist.h>

extern char **environ;

/* Exit statuses, ordered by severity: a run ends with the worst it met. */
enum status {
  STATUS_CLEAN = 0,     /* every file analyzed, nothing found */
  STATUS_FINDINGS = 1,  /* the checker reported something */
  STATUS_BAD_INPUT = 2, /* bad usage, or a file unreadable or not compiling */
  STATUS_INTERNAL = 3,  /* clang or the plugin missing or crashed, and such */
};

/* Everything the analysis of one file needs, settled before the first. */
struct analysis {
  char *clang;                /* the clang to run, a path or a name */
  char plugin[PATH_MAX];      /* the checker plugin, OwnershipChecker.so */
  char include_dir[PATH_MAX]; /* the directory that holds ownership.h */
  const char *temp_dir;       /* where clang's result logs go */
  bool strict;                /* the checker demands annotations */
  bool verbose;               /* print each command before running it */
  char **clang_flags;         /* the flags after "--", for every file */
  int clang_flag_count;       /* how many there are */
  char **command;             /* room for one clang command line */
};

/*
 * The signals that end a run, and what on_signal must clean up then: the
 * clang being waited for and the temporary file it writes. The signals
 * are blocked while these change.
 */
static const int ending_signals[] = {SIGHUP, SIGINT, SIGQUIT, SIGTERM};
enum { ENDING_SIGNAL_COUNT = sizeof ending_signals / sizeof ending_signals[0] };
static volatile sig_atomic_t running_clang;
static volatile sig_atomic_t temp_file_exists;
static char temp_path[PATH_MAX];

static const char usage_text[] =
    "usage: ownck [-hv] [--strict] [--version] file ... [-- clang-flag ...]\n";

/* Prints one message on standard error: the single error helper. */
static void complain(const char *format, ...) {
  va_list args;

  fputs("ownck: ", stderr);
  va_start(args, format);
  vfprintf(stderr, format, args);
  va_end(args);
  fputc('\n', stderr);
}

static void usage(void) {
  fputs(usage_text, stderr);
  exit(STATUS_BAD_INPUT);
}

static void print_help(void) {
  fputs(usage_text, stdout);
  fputs("\n"
        "Check C files for data races and thread-ownership errors, as rustc\n"
        "refuses them, and report each as a compiler-style error.\n"
        "\n"
        "  -h, --help  print this help and exit\n"
        "  --strict    require SHARED_MUT on shared mutable data even when\n"
        "              every access holds the same lock\n"
        "  -v          print each clang command on standard error\n"
        "  --version   print the version and the clang used, and exit\n"
        "\n"
        "Flags after '--' go to clang for every file (-I, -D, -std=...).\n"
        "Exit status: 0 nothing found, 1 findings, 2 usage or input error,\n"
        "3 internal failure; the worst one met wins.\n"
        "Environment: OWNCK_CLANG names the clang to run, TMPDIR the\n"
        "directory for temporary files.\n",
        stdout);
}

/*
 * Resolves `relative`, a path from `dir`, into `resolved`; returns false
 * after complaining if it does not exist.
 */
static bool resolve(const char *dir, const char *relative, char *resolved) {
  char path[PATH_MAX];

  if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, relative) >=
      sizeof path)
    errno = ENAMETOOLONG;
  else if (realpath(path, resolved) != NULL)
    return true;
  complain("cannot find '%s': %s", path, strerror(errno));
  return false;
}

/*
 * Returns whether the file at `path` starts as an ELF shared object does,
 * after saying why not. clang would report a plugin it cannot load as an
 * error in the file being analyzed.
 */
static bool check_plugin(const char *path) {
  static const char elf_magic[4] = {0x7f, 'E', 'L', 'F'};
  char start[sizeof elf_magic];
  struct stat info;
  int fd;
  bool usable;

  fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd == -1) {
    complain("cannot load '%s': %s", path, strerror(errno));
    return false;
  }
  usable = fstat(fd, &info) == 0 && S_ISREG(info.st_mode) &&
           pread(fd, start, sizeof start, 0) == (ssize_t)sizeof start &&
           memcmp(start, elf_magic, sizeof elf_magic) == 0;
  close(fd);
  if (!usable)
    complain("cannot load '%s': not a shared object", path);
  return usable;
}

/*
 * Finds the plugin and ownership.h, which sit at fixed places relative to
 * the driver's own directory, and checks that the plugin can be loaded.
 */
static bool find_support_files(struct analysis *analysis) {
  char bin_dir[PATH_MAX];
  ssize_t length;

  length = readlink("/proc/self/exe", bin_dir, sizeof bin_dir);
  if (length == -1 || length == sizeof bin_dir) {
    complain("cannot find '%s': %s", "/proc/self/exe",
             strerror(length == -1 ? errno : ENAMETOOLONG));
    return false;
  }
  bin_dir[length] = '\0';
  *strrchr(bin_dir, '/') = '\0'; /* the link is always absolute */
  if (!resolve(bin_dir, OWNCK_PLUGIN_FROM_BIN, analysis->plugin) ||
      !check_plugin(analysis->plugin) ||
      !resolve(bin_dir, OWNCK_INCLUDE_FROM_BIN "/ownership.h",
               analysis->include_dir))
    return false;
  *strrchr(analysis->include_dir, '/') = '\0'; /* the header's directory */
  return true;
}

/*
 * Returns whether `path` names a regular file that can be read, after
 * saying why not. clang would report a directory or an unreadable file
 * too, but as a compile error that hides the cause, and would wait
 * forever on a FIFO with no writer.
 */
static bool check_input(const char *path) {
  struct stat info;
  char byte;
  int fd;
  bool readable = true;

  /* O_NONBLOCK: a FIFO with no writer must not hang the check. */
  fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd == -1) {
    complain("cannot read '%s': %s", path, strerror(errno));
    return false;
  }
  if (fstat(fd, &info) == -1)
    readable = false;
  else if (S_ISDIR(info.st_mode)) {
    errno = EISDIR;
    readable = false;
  } else if (!S_ISREG(info.st_mode)) {
    complain("cannot read '%s': not a regular file", path);
    close(fd);
    return false;
  } else if (pread(fd, &byte, 1, 0) == -1)
    readable = false;
  if (!readable)
    complain("cannot read '%s': %s", path, strerror(errno));
  close(fd);
  return readable;
}

/*
 * Prints `word` so that a POSIX shell reads it back as one word: bare
 * when no character in it is special to the shell, else single-quoted.
 */
static void print_shell_word(const char *word) {
  static const char plain[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                              "abcdefghijklmnopqrstuvwxyz"
                              "0123456789%+,-./:=@_";
  const char *character;

  if (*word != '\0' && word[strspn(word, plain)] == '\0') {
    fputs(word, stderr);
    return;
  }
  fputc('\'', stderr);
  for (character = word; *character != '\0'; character++) {
    if (*character == '\'')
      fputs("'\\''", stderr);
    else
      fputc(*character, stderr);
  }
  fputc('\'', stderr);
}

/* Prints a command line on standard error, ready to paste into a shell. */
static void print_command(char **command) {
  for (char **word = command; *word != NULL; word++) {
    if (word != command)
      fputc(' ', stderr);
    print_shell_word(*word);
  }
  fputc('\n', stderr);
}

/*
 * The most words build_command writes, but the user's flags: count them
 * again on every change there.
 */
enum { MOST_COMMAND_WORDS = 28 };

/*
 * Fills in the clang command that analyzes `file` into the result log.
 * The log is a property list: clang's SARIF writer looks each checker up
 * among the built-in ones, and a plugin's are not there (Clang 22 dies of
 * it). The multi-file form keeps findings whose notes are in a header.
 */
static void build_command(struct analysis *analysis, char *file) {
  char **word = analysis->command;

  *word++ = analysis->clang;
  *word++ = "--analyze";
  *word++ = "--analyzer-output";
  *word++ = "plist-multi-file";
  *word++ = "-o";
  *word++ = temp_path;
  *word++ = "-Xclang";
  *word++ = "-analyzer-werror";
  *word++ = "-Xclang";
  *word++ = "-load";
  *word++ = "-Xclang";
  *word++ = analysis->plugin;
  *word++ = "-Xclang";
  *word++ = "-analyzer-checker=ownership";
  /* The default checkers would cost time and report other things. */
  *word++ = "-Xclang";
  *word++ = "-analyzer-disable-checker=core,unix,deadcode,security,"
            "nullability,apiModeling";
  /*
   * After writing its reproducer files for a crash, clang exits 1 as for
   * a compile error; without them it exits with the frontend's status,
   * which tells a crash apart (and leaves no files behind).
   */
  *word++ = "-fno-crash-diagnostics";
  if (analysis->strict) {
    *word++ = "-Xclang";
    *word++ = "-analyzer-config";
    *word++ = "-Xclang";
    *word++ = "ownership.SharedState:StrictAnnotations=true";
  }
  /* Every finding is shown, however many; the input is C whatever its
     name. The user's flags come after, so theirs win. */
  *word++ = "-ferror-limit=0";
  *word++ = "-x";
  *word++ = "c";
  *word++ = "-I";
  *word++ = analysis->include_dir;
  for (int i = 0; i < analysis->clang_flag_count; i++)
    *word++ = analysis->clang_flags[i];
  /* A file named '-' would be taken for standard input. */
  *word++ = strcmp(file, "-") == 0 ? "./-" : file;
  *word++ = NULL;
  assert(word - analysis->command <=
         MOST_COMMAND_WORDS + analysis->clang_flag_count);
}

/*
 * Returns the number of findings in the property list that clang wrote
 * to `fd`, or -1 if it wrote none or one that cannot be read.
 */
static long count_findings(int fd) {
  struct stat info;
  plist_t log = NULL, diagnostics;
  char *text;
  long count = -1;

  if (fstat(fd, &info) == -1 || info.st_size == 0 || info.st_size > UINT32_MAX)
    return -1;
  text = mmap(NULL, info.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (text == MAP_FAILED)
    return -1;
  plist_from_xml(text, (uint32_t)info.st_size, &log);
  munmap(text, info.st_size);

  if (log != NULL && plist_get_node_type(log) == PLIST_DICT) {
    diagnostics = plist_dict_get_item(log, "diagnostics");
    if (diagnostics != NULL && plist_get_node_type(diagnostics) == PLIST_ARRAY)
      count = plist_array_get_size(diagnostics);
  }
  if (log != NULL)
    plist_free(log);
  return count;
}

/* Fills `set` with the signals that end a run, which on_signal catches. */
static void get_ending_signals(sigset_t *set) {
  sigemptyset(set);
  for (size_t i = 0; i < ENDING_SIGNAL_COUNT; i++)
    sigaddset(set, ending_signals[i]);
}

/* Blocks (or unblocks) the signals that end a run. */
static void block_signals(bool block, sigset_t *previous) {
  sigset_t set;

  get_ending_signals(&set);
  sigprocmask(block ? SIG_BLOCK : SIG_UNBLOCK, &set, previous);
}

/*
 * Runs clang on `file`; returns false after complaining if it cannot be
 * run. On success `wait_status` is clang's and `log_fd` is open on the
 * result log that clang wrote, if it wrote one, already unlinked.
 */
static bool run_clang(struct analysis *analysis, char *file, int *log_fd,
                      int *wait_status) {
  posix_spawnattr_t attributes;
  sigset_t unblocked;
  pid_t pid;
  int spawn_error;

  /*
   * Create the log file and start clang with the ending signals blocked,
   * so that a signal finds both recorded. clang's driver deletes the log
   * again when clang reports errors, and findings are errors: the open
   * descriptor keeps it readable.
   */
  block_signals(true, &unblocked);
  if ((size_t)snprintf(temp_path, sizeof temp_path, "%s/ownck-XXXXXX",
                       analysis->temp_dir) >= sizeof temp_path) {
    *log_fd = -1;
    errno = ENAMETOOLONG;
  } else
    *log_fd = mkstemp(temp_path);
  if (*log_fd == -1) {
    complain("cannot create a temporary file in '%s': %s", analysis->temp_dir,
             strerror(errno));
    block_signals(false, NULL);
    return false;
  }
  temp_file_exists = 1;
  fcntl(*log_fd, F_SETFD, FD_CLOEXEC);
  build_command(analysis, file);
  if (analysis->verbose)
    print_command(analysis->command);
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setsigmask(&attributes, &unblocked);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK);
  spawn_error = posix_spawnp(&pid, analysis->clang, NULL, &attributes,
                             analysis->command, environ);
  posix_spawnattr_destroy(&attributes);
  if (spawn_error == 0)
    running_clang = pid;
  block_signals(false, NULL);

  /* Wait for clang, then remove the log while keeping it open. */
  if (spawn_error == 0 && waitpid(pid, wait_status, 0) == -1)
    spawn_error = errno;
  block_signals(true, NULL);
  running_clang = 0;
  unlink(temp_path);
  temp_file_exists = 0;
  block_signals(false, NULL);
  if (spawn_error != 0) {
    complain("cannot run '%s': %s", analysis->clang, strerror(spawn_error));
    close(*log_fd);
    return false;
  }
  return true;
}

/*
 * Analyzes one file and returns its status; clang itself prints the
 * findings and any compile error. Sets `*stop` on a failure that would
 * strike every file after this one the same way.
 */
static enum status analyze(struct analysis *analysis, char *file, bool *stop) {
  int log_fd, wait_status, exit_code;
  long findings;

  if (!check_input(file))
    return STATUS_BAD_INPUT;
  if (!run_clang(analysis, file, &log_fd, &wait_status)) {
    *stop = true;
    return STATUS_INTERNAL;
  }
  findings = count_findings(log_fd);
  close(log_fd);

  /*
   * A crash is a signal, or the exit codes clang uses for a crashed
   * frontend: 70 after an LLVM fatal error, 128 and up for a signal.
   */
  if (WIFSIGNALED(wait_status)) {
    complain("clang crashed on '%s': %s", file,
             strsignal(WTERMSIG(wait_status)));
    return STATUS_INTERNAL;
  }
  exit_code = WEXITSTATUS(wait_status);
  if (exit_code == 70 || exit_code >= 128) {
    complain("clang crashed on '%s': exit status %d", file, exit_code);
    return STATUS_INTERNAL;
  }

  /*
   * Findings make clang fail too, but the analysis runs only on a file
   * that compiles: a failure without findings is clang's own error (a
   * compile error, or a flag its driver refused). Success without a log
   * is a command that is not a Clang, or a flag that sent the output
   * elsewhere, and would be the same for every file.
   */
  if (findings > 0)
    return STATUS_FINDINGS;
  if (exit_code != 0) {
    complain("cannot analyze '%s': clang reported errors", file);
    return STATUS_BAD_INPUT;
  }
  if (findings == -1) {
    complain("clang wrote no readable analysis results for '%s'", file);
    *stop = true;
    return STATUS_INTERNAL;
  }
  return STATUS_CLEAN;
}

/*
 * Ends the driver on a signal without leaving clang running or its
 * temporary file behind; the signal then takes its default effect.
 */
static void on_signal(int signal_number) {
  if (running_clang > 0) {
    kill(running_clang, signal_number);
    waitpid(running_clang, NULL, 0);
  }
  if (temp_file_exists)
    unlink(temp_path);
  raise(signal_number);
}

/* Installs on_signal for the signals that end a run, unless ignored. */
static void catch_signals(void) {
  struct sigaction action, previous;

  memset(&action, 0, sizeof action);
  action.sa_handler = on_signal;
  action.sa_flags = SA_RESETHAND;
  get_ending_signals(&action.sa_mask);
  for (size_t i = 0; i < ENDING_SIGNAL_COUNT; i++) {
    sigaction(ending_signals[i], NULL, &previous);
    if (previous.sa_handler != SIG_IGN)
      sigaction(ending_signals[i], &action, NULL);
  }
}

/* Returns `status` unless standard output could not be written. */
static enum status close_stdout(enum status status) {
  if (fflush(stdout) != 0 || ferror(stdout)) {
    complain("cannot write to standard output: %s", strerror(errno));
    return STATUS_INTERNAL;
  }
  return status;
}

int main(int argc, char *argv[]) {
  enum { OPTION_STRICT = 256, OPTION_VERSION };
  static const struct option long_options[] = {
      {"help", no_argument, NULL, 'h'},
      {"strict", no_argument, NULL, OPTION_STRICT},
      {"version", no_argument, NULL, OPTION_VERSION},
      {NULL, 0, NULL, 0},
  };
  struct analysis analysis = {0};
  bool help = false, version = false;
  enum status status = STATUS_CLEAN;
  int option, option_count;
  char *clang;

  /* Everything after "--" is for clang, never an option or a file. */
  for (option_count = 1; option_count < argc; option_count++)
    if (strcmp(argv[option_count], "--") == 0)
      break;
  if (option_count < argc) {
    analysis.clang_flags = argv + option_count + 1;
    analysis.clang_flag_count = argc - option_count - 1;
  }

  opterr = 0;
  while ((option = getopt_long(option_count, argv, "hv", long_options, NULL)) !=
         -1) {
    switch (option) {
    case 'h':
      help = true;
      break;
    case 'v':
      analysis.verbose = true;
      break;
    case OPTION_STRICT:
      analysis.strict = true;
      break;
    case OPTION_VERSION:
      version = true;
      break;
    default:
      /*
       * getopt sets optopt to 0 for an unknown long option, and to the
       * option itself for a known one given an argument it does not take.
       */
      if (optopt == 0 || optopt > CHAR_MAX || strchr("hv", optopt) != NULL)
        complain("unknown option '%s'", argv[optind - 1]);
      else
        complain("unknown option '-%c'", optopt);
      usage();
    }
  }

  clang = getenv("OWNCK_CLANG");
  analysis.clang =
      clang != NULL && *clang != '\0' ? clang : OWNCK_DEFAULT_CLANG;
  if (help || version) {
    if (help)
      print_help();
    else
      printf("ownck version %s\nclang: %s\n", OWNCK_VERSION, analysis.clang);
    return close_stdout(STATUS_CLEAN);
  }
  if (optind == option_count) {
    complain("missing file operand");
    usage();
  }

  /* What every file needs: the plugin, the header, room for logs. */
  if (!find_support_files(&analysis))
    return STATUS_INTERNAL;
  analysis.temp_dir = getenv("TMPDIR");
  if (analysis.temp_dir == NULL || *analysis.temp_dir == '\0')
    analysis.temp_dir = "/tmp";
  analysis.command = calloc(MOST_COMMAND_WORDS + analysis.clang_flag_count,
                            sizeof *analysis.command);
  if (analysis.command == NULL) {
    complain("out of memory");
    return STATUS_INTERNAL;
  }
  catch_signals();

  /*
   * Go on past a bad file, and past a crash of clang on one file; stop
   * at a failure that would strike every file after it the same way.
   */
  for (int i = optind; i < option_count; i++) {
    bool stop = false;
    enum status file_status = analyze(&analysis, argv[i], &stop);

    if (file_status > status)
      status = file_status;
    if (stop && i + 1 < option_count) {
      complain("%d more file%s not analyzed", option_count - i - 1,
               option_count - i - 1 == 1 ? "" : "s");
      break;
    }
  }
  free(analysis.command);
  return close_stdout(status);
}
