/*
 * diag.c: diagnostics.
 *
 * yieldc stops at the first error in the user's program.  An error names the
 * place in the GNU form and shows the line with a caret under the column
 * (chibicc's error_tok):
 *
 *     prog.py:3:5: error: 'return' outside function
 *     	return 1
 *     	^
 *
 * Columns are 1-based byte columns, as tree-sitter counts them.  The caret
 * line copies tabs from the source line so the caret sits under the column in
 * any tab width, and counts a multi-byte UTF-8 character as one column of
 * padding.  Colour, as gcc uses it (bold place, red "error:", green caret),
 * only when stderr is a terminal, TERM is not "dumb" and NO_COLOR is unset.
 *
 * Before exiting, an error removes the paths registered with
 * diag_remove_on_error, newest first (a directory registered before its
 * files goes last): the temporary files main.c writes the outputs to, the
 * outputs it has renamed into place when a later rename fails, `yieldc
 * run`'s temporary directory.  So a failed compile never leaves output.
 * diag_catch_signals does the same on SIGINT, SIGTERM and SIGHUP (those not
 * ignored when yieldc started, as gcc does): the handler removes the paths
 * with async-signal-safe calls only (unlink, rmdir), then dies of the signal
 * with its default action, so that whoever waits for yieldc sees it killed
 * by that signal.  While `yieldc run` waits for a child (diag_set_child),
 * the handler passes the signal on to the child instead and notes it; once
 * the child is gone, diag_die_if_signalled cleans up and dies the same way.
 * The registry is a fixed array changed only with those signals blocked, so
 * the handler never sees it half-updated.
 *
 * Warnings follow gcc too.  Each has a name, its option: -Wunreachable-code
 * and so on (diag_warnings[]).  The analyses call diag_warning, which drops
 * a warning that is off and queues the rest; diag_finish prints the queue
 * sorted by line and column (stable, so the output is deterministic
 * whatever order the passes found them in):
 *
 *     prog.py:3:5: warning: code will never be executed [-Wunreachable-code]
 *
 * in bold magenta, with the source line and caret as for errors.  A warning
 * promoted by -Werror or -Werror=NAME prints gcc's
 *
 *     prog.py:3:5: error: code will never be executed [-Werror=unreachable-code]
 *
 * and, as gcc does, compilation goes on so that every diagnostic is
 * reported; after the queue, gcc's closing line "yieldc: all warnings being
 * treated as errors" (under -Werror; "some" when only -Werror=NAME promoted
 * them), then the exit through the same path as an error: status 1, output
 * removed.  diag_error prints the queue first, so warnings found before an
 * error are not lost.
 *
 * Every exit on an error goes through diag_exit.  The fuzzer (tests/fuzz)
 * compiles many inputs in one process: it sets a hook that diag_exit calls
 * instead of exit(1) and that never returns (it longjmps back to the
 * fuzzer), and diag_init starts each compile with an empty queue.  The
 * compiler itself never sets the hook.
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "yieldc.h"

static const char *diag_path = "<input>";
static const char *diag_src;
static size_t diag_len;
static bool diag_quiet; /* drop warnings: the file is yieldc's own library (diag_switch) */
static void (*diag_exit_hook)(void); /* the fuzzer's way back, or NULL */
static void diag_reset_queue(void);

void diag_init(const char *path, const char *src, size_t len) {
  diag_quiet = false;
  diag_path = path ? path : "<input>";
  diag_src = src;
  diag_len = len;
  diag_reset_queue();
}

static void diag_print_queue(void);

void diag_switch(const char *path, const char *src, size_t len, bool quiet) {
  diag_print_queue();
  diag_path = path ? path : "<input>";
  diag_src = src;
  diag_len = len;
  diag_quiet = quiet;
}

void diag_set_exit_hook(void (*hook)(void)) { diag_exit_hook = hook; }

/* Stop compiling after an error: exit(1), or the fuzzer's hook. */
__attribute__((noreturn)) static void diag_exit(void) {
  if (diag_exit_hook)
    diag_exit_hook();
  exit(1);
}

/* ---- cleaning up ------------------------------------------------------- */

enum { DIAG_MAX_PATHS = 8 };

/* What to remove on an error or a signal, oldest first (malloc'd paths). */
static struct {
  char *path;
  bool dir; /* rmdir, not unlink */
} diag_paths[DIAG_MAX_PATHS];
static volatile sig_atomic_t diag_npaths;
static volatile pid_t diag_child;            /* the child a signal is passed on to, or 0 */
static volatile sig_atomic_t diag_signalled; /* the signal passed on to it, or 0 */
static const int diag_signals[] = {SIGINT, SIGTERM, SIGHUP};
#define DIAG_NSIGNALS (int)(sizeof diag_signals / sizeof diag_signals[0])
static sigset_t diag_held_mask; /* the mask diag_hold_signals(true) replaced */

/* Block the caught signals, saving the mask in *old; or restore *old. */
static void diag_block(bool block, sigset_t *old) {
  if (!block) {
    sigprocmask(SIG_SETMASK, old, NULL);
    return;
  }
  sigset_t set;
  sigemptyset(&set);
  for (int i = 0; i < DIAG_NSIGNALS; i++)
    sigaddset(&set, diag_signals[i]);
  sigprocmask(SIG_BLOCK, &set, old);
}

void diag_hold_signals(bool hold) { diag_block(hold, &diag_held_mask); }

void diag_remove_on_error(const char *path, bool dir) {
  sigset_t old;
  diag_block(true, &old);
  if (diag_npaths == DIAG_MAX_PATHS)
    unreachable();
  char *copy = strdup(path);
  if (!copy) {
    dir ? rmdir(path) : unlink(path); /* it could not be removed later */
    diag_fatal("out of memory");
  }
  diag_paths[diag_npaths].path = copy;
  diag_paths[diag_npaths].dir = dir;
  diag_npaths++;
  diag_block(false, &old);
}

void diag_keep(const char *path) {
  sigset_t old;
  diag_block(true, &old);
  for (int i = diag_npaths - 1; i >= 0; i--) {
    if (strcmp(diag_paths[i].path, path) != 0)
      continue;
    free(diag_paths[i].path);
    for (int j = i; j + 1 < diag_npaths; j++)
      diag_paths[j] = diag_paths[j + 1];
    diag_npaths--;
    break;
  }
  diag_block(false, &old);
}

/* Remove the registered paths, newest first: async-signal-safe. */
static void diag_remove_all(void) {
  for (int i = diag_npaths - 1; i >= 0; i--)
    diag_paths[i].dir ? rmdir(diag_paths[i].path) : unlink(diag_paths[i].path);
}

void diag_cleanup(void) {
  sigset_t old;
  diag_block(true, &old);
  int saved = errno;
  diag_remove_all();
  for (int i = 0; i < diag_npaths; i++)
    free(diag_paths[i].path);
  diag_npaths = 0;
  errno = saved;
  diag_block(false, &old);
}

/* Remove the registered paths and die of sig: async-signal-safe. */
static void diag_die(int sig) {
  diag_remove_all();
  struct sigaction dfl = {0};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  sigaction(sig, &dfl, NULL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  raise(sig);
  _exit(128 + sig); /* not reached */
}

static void diag_on_signal(int sig) {
  if (diag_child > 0) {
    int saved = errno;
    kill(diag_child, sig);
    diag_signalled = sig;
    errno = saved;
    return;
  }
  diag_die(sig);
}

void diag_catch_signals(void) {
  struct sigaction sa = {0};
  sa.sa_handler = diag_on_signal;
  sigemptyset(&sa.sa_mask);
  for (int i = 0; i < DIAG_NSIGNALS; i++)
    sigaddset(&sa.sa_mask, diag_signals[i]); /* one handler at a time */
  for (int i = 0; i < DIAG_NSIGNALS; i++) {
    struct sigaction old;
    if (sigaction(diag_signals[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
      sigaction(diag_signals[i], &sa, NULL);
  }
}

void diag_set_child(pid_t pid) {
  sigset_t old;
  diag_block(true, &old);
  diag_child = pid;
  diag_block(false, &old);
}

void diag_die_if_signalled(void) {
  if (diag_signalled)
    diag_die(diag_signalled);
}

/* gcc's colours, or nothing when stderr is not a colour terminal. */
static const char *diag_color(const char *sgr) {
  static int on = -1;
  if (on < 0) {
    const char *term = getenv("TERM");
    on = isatty(2) && !getenv("NO_COLOR") && term && strcmp(term, "dumb") != 0;
  }
  return on ? sgr : "";
}
#define BOLD diag_color("\033[1m")
#define RED diag_color("\033[1;31m")
#define MAGENTA diag_color("\033[1;35m")
#define GREEN diag_color("\033[1;32m")
#define RESET diag_color("\033[0m")

/* Print source line `line` (1-based) and a caret under byte column `col`. */
static void diag_show_line(int line, int col) {
  if (!diag_src || line < 1)
    return;
  const char *p = diag_src, *end = diag_src + diag_len;
  for (int l = 1; l < line && p < end; l++) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl) {
      p = end;
      break;
    }
    p = nl + 1;
  }
  const char *eol = memchr(p, '\n', (size_t)(end - p));
  if (!eol)
    eol = end;
  if (eol > p && eol[-1] == '\r')
    eol--;
  /* The line as it is, but control characters (a NUL, say) shown as spaces. */
  for (const char *q = p; q < eol; q++)
    fputc((unsigned char)*q < 0x20 && *q != '\t' ? ' ' : *q, stderr);
  fputc('\n', stderr);
  /* The caret line: the line's bytes before the column, as padding. */
  for (int i = 0; i < col - 1; i++) {
    unsigned char c = p + i < eol ? (unsigned char)p[i] : ' ';
    if (c == '\t')
      fputc('\t', stderr);
    else if ((c & 0xC0) != 0x80) /* not a UTF-8 continuation byte */
      fputc(' ', stderr);
  }
  fprintf(stderr, "%s^%s\n", GREEN, RESET);
}

/* ---- warnings ------------------------------------------------------------ */

const WarningInfo diag_warnings[W_COUNT] = {
    [W_UNREACHABLE_CODE] = {"unreachable-code", true, "a statement after return, raise, break or continue"},
    [W_UNUSED_COROUTINE] = {"unused-coroutine", true, "a coroutine function called as a statement, never awaited"},
    [W_UNUSED_GENERATOR] = {"unused-generator", true, "a (async) generator function called as a statement, never run"},
    [W_UNUSED_VARIABLE] = {"unused-variable", false, "a local variable assigned to but never read"},
};

WarningOptions diag_warning_options;

Warning diag_warning_named(const char *name) {
  for (int w = 0; w < W_COUNT; w++)
    if (strcmp(diag_warnings[w].name, name) == 0)
      return (Warning)w;
  return W_COUNT;
}

bool diag_warning_enabled(Warning w) {
  const WarningOptions *o = &diag_warning_options;
  if (o->none)
    return false;
  if (o->on[w])
    return o->on[w] > 0;
  return o->all || diag_warnings[w].on;
}

/* Is an enabled warning w an error? */
static bool diag_warning_is_error(Warning w) {
  const WarningOptions *o = &diag_warning_options;
  if (o->as_error[w])
    return o->as_error[w] > 0;
  return o->error;
}

/* One queued warning. */
typedef struct Queued {
  Pos pos;
  Warning w;
  int seq;         /* the order diag_warning saw them: ties keep it */
  const char *msg; /* arena */
} Queued;

static Vec diag_queue;    /* Queued* not yet printed */
static int diag_seq;
static int diag_promoted; /* warnings printed as errors so far */

/* A new compile: the last one's queue may point into a freed arena. */
static void diag_reset_queue(void) {
  diag_queue = (Vec){0};
  diag_seq = diag_promoted = 0;
}

void diag_warning(Warning w, Pos pos, const char *fmt, ...) {
  if (diag_quiet || !diag_warning_enabled(w))
    return;
  Buf b = {0};
  va_list ap;
  va_start(ap, fmt);
  buf_vprintf(&b, fmt, ap);
  va_end(ap);
  Queued *q = arena_alloc(sizeof *q);
  q->pos = pos;
  q->w = w;
  q->seq = diag_seq++;
  q->msg = arena_strndup(b.data ? b.data : "", b.len);
  buf_free(&b);
  vec_push(&diag_queue, q);
}

static int diag_cmp(const void *pa, const void *pb) {
  const Queued *a = *(Queued *const *)pa, *b = *(Queued *const *)pb;
  if (a->pos.line != b->pos.line)
    return a->pos.line < b->pos.line ? -1 : 1;
  if (a->pos.col != b->pos.col)
    return a->pos.col < b->pos.col ? -1 : 1;
  return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* `path:line:col: ` in bold (just `path: ` without a line). */
static void diag_place(Pos pos) {
  if (pos.line > 0)
    fprintf(stderr, "%s%s:%d:%d:%s ", BOLD, diag_path, pos.line, pos.col, RESET);
  else
    fprintf(stderr, "%s%s:%s ", BOLD, diag_path, RESET);
}

/* Print the queued warnings in source order and empty the queue. */
static void diag_print_queue(void) {
  if (diag_queue.len == 0)
    return;
  fflush(stdout);
  qsort(diag_queue.items, (size_t)diag_queue.len, sizeof(void *), diag_cmp);
  for (int i = 0; i < diag_queue.len; i++) {
    Queued *q = diag_queue.items[i];
    bool err = diag_warning_is_error(q->w);
    const char *colour = err ? RED : MAGENTA;
    diag_place(q->pos);
    fprintf(stderr, "%s%s:%s %s [%s-W%s%s%s]\n", colour, err ? "error" : "warning", RESET, q->msg, colour,
            err ? "error=" : "", diag_warnings[q->w].name, RESET);
    if (q->pos.line > 0)
      diag_show_line(q->pos.line, q->pos.col > 0 ? q->pos.col : 1);
    diag_promoted += err;
  }
  diag_queue.len = 0;
}

/* gcc's closing line when warnings were errors. */
static void diag_print_promoted(void) {
  if (diag_promoted)
    fprintf(stderr, "yieldc: %s warnings being treated as errors\n", diag_warning_options.error ? "all" : "some");
}

void diag_finish(void) {
  diag_print_queue();
  if (!diag_promoted)
    return;
  diag_print_promoted();
  diag_cleanup();
  diag_exit();
}

/* ---- errors -------------------------------------------------------------- */

void diag_error(Pos pos, const char *fmt, ...) {
  diag_print_queue();
  fflush(stdout);
  diag_place(pos);
  fprintf(stderr, "%serror:%s ", RED, RESET);
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  if (pos.line > 0)
    diag_show_line(pos.line, pos.col > 0 ? pos.col : 1);
  diag_print_promoted();
  diag_cleanup();
  diag_exit();
}

void diag_fatal(const char *fmt, ...) {
  fflush(stdout);
  fprintf(stderr, "%syieldc:%s %serror:%s ", BOLD, RESET, RED, RESET);
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  diag_cleanup();
  diag_exit();
}

void diag_unreachable(const char *file, int line) {
  fflush(stdout);
  fprintf(stderr, "yieldc: internal error at %s:%d\n", file, line);
  diag_cleanup();
  abort();
}
