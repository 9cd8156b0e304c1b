/*
 * test_sys.c: unit tests of the sys module (runtime/sys.c) and of what
 * tests/run cannot reach: sys.argv as yrt_init received it (arguments that
 * are not UTF-8), the recursion limit seen by yrt_enter_call, the OSError
 * subclass of every errno CPython maps (the expected names are python3's
 * `type(OSError(errno.X, 'm')).__name__`), and a file read by lines in
 * flat memory.
 */
#include "unit.h"

#include <errno.h>
#include <sys/resource.h>

#define R(what, c, want) unit_repr(__LINE__, what, (c), (want))
#define E(what, c, want)                   \
  do {                                     \
    YValue v_ = (c);                       \
    int f_ = YIS_ERR(v_);                  \
    if (!f_) yrt_decref(v_);               \
    unit_err(__LINE__, what, f_, (want));  \
  } while (0)

static YValue sys_attr(const char *name) { return yrt_module_getattr(yobj(&yrt_module_sys), name); }

static long maxrss_kb(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

int main(void) {
  static char *argv[] = {"prog", "a b", "caf\xc3\xa9", "\xff\xfe", NULL};
  yrt_init(4, argv, "test_sys.py");
  YValue m = yrt_import(&yrt_module_sys);
  R("import sys", m, "<module 'sys' (built-in)>");

  /* argv: UTF-8 arguments decoded, others as Latin-1 (CPython keeps their
   * bytes as surrogates, '\udcff\udcfe'). */
  R("sys.argv", sys_attr("argv"), "['prog', 'a b', 'café', 'ÿþ']");
  R("sys.maxsize", sys_attr("maxsize"), "9223372036854775807");
  R("sys.version_info[:2]", yrt_getslice(K(sys_attr("version_info")), yint(0), yint(2), YNONE), "(3, 11)");
  R("sys.stdout", sys_attr("stdout"), "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
  R("sys.stdin", sys_attr("stdin"), "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>");
  R("type(sys.stderr)", yobj((void *)yrt_typeof(K(sys_attr("stderr")))), "<class '_io.TextIOWrapper'>");
  R("sys.stderr.errors", yrt_getattr(K(sys_attr("stderr")), YN_errors), "'backslashreplace'");

  /* The recursion limit: yrt_enter_call follows setrecursionlimit. */
  YValue lim = yint(5);
  R("sys.setrecursionlimit(5)", yrt_sys_setrecursionlimit(1, &lim), "None");
  int depth = 0;
  while (yrt_enter_call() == 0) depth++;
  unit_err(__LINE__, "past the limit", 1, "RecursionError: maximum recursion depth exceeded");
  R("levels entered under limit 5 from depth 1", yint(depth), "4");
  while (depth-- > 0) yrt_leave_call();
  lim = yint(1);
  E("sys.setrecursionlimit(1)", yrt_sys_setrecursionlimit(1, &lim),
    "RecursionError: cannot set the recursion limit to 1 at the recursion depth 1: the limit is too low");
  lim = yint(1000);
  R("sys.setrecursionlimit(1000)", yrt_sys_setrecursionlimit(1, &lim), "None");
  R("sys.getrecursionlimit()", yrt_sys_getrecursionlimit(0, NULL), "1000");

  /* sys.exit */
  YValue code = yrt_str_from_c("bye");
  E("sys.exit('bye')", yrt_sys_exit(1, &code), "SystemExit: bye");
  yrt_decref(code);

  /* The OSError subclass of each errno. */
  static const struct {
    int err;
    const char *name;
  } map[] = {
      {EAGAIN, "BlockingIOError"},        {EWOULDBLOCK, "BlockingIOError"},   {EALREADY, "BlockingIOError"},
      {EINPROGRESS, "BlockingIOError"},   {ECHILD, "ChildProcessError"},      {EPIPE, "BrokenPipeError"},
      {ESHUTDOWN, "BrokenPipeError"},     {ECONNABORTED, "ConnectionAbortedError"},
      {ECONNREFUSED, "ConnectionRefusedError"}, {ECONNRESET, "ConnectionResetError"},
      {EEXIST, "FileExistsError"},        {ENOENT, "FileNotFoundError"},      {EINTR, "InterruptedError"},
      {EISDIR, "IsADirectoryError"},      {ENOTDIR, "NotADirectoryError"},    {EACCES, "PermissionError"},
      {EPERM, "PermissionError"},         {ESRCH, "ProcessLookupError"},      {ETIMEDOUT, "TimeoutError"},
      {ENOSPC, "OSError"},                {EIO, "OSError"},                   {EBADF, "OSError"},
  };
  for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
    YValue args[2] = {yint(map[i].err), yrt_str_from_c("m")};
    YValue e = yrt_call(yobj((void *)&yrt_exc_OSError), 2, args);
    unit_str(__LINE__, "type(OSError(errno, 'm')).__name__", yrt_str_from_c(yrt_typeof(e)->name), map[i].name);
    yrt_decref(e);
    yrt_decref(args[1]);
  }

  /* A file of 16 MiB read by lines: the memory stays flat. */
  const char *path = "/tmp/yieldc-test-sys-flat.txt";
  FILE *out = fopen(path, "w");
  if (!out) return 1;
  static char line[129];
  memset(line, 'x', 127);
  line[127] = '\n';
  for (int i = 0; i < (16 << 20) / 128; i++) fwrite(line, 1, 128, out);
  fclose(out);
  long before = maxrss_kb();
  YValue p = yrt_str_from_c(path);
  YValue f = yrt_b_open(1, &p);
  YValue it = yrt_iter(f), v;
  int64_t n = 0, bytes = 0;
  while (yrt_next(it, &v) == 1) {
    n++;
    bytes += YSTR(v)->len;
    yrt_decref(v);
  }
  yrt_decref(v);
  R("lines of the 16 MiB file", yint(n), "131072");
  R("their bytes", yint(bytes), "16777216");
  long grown = maxrss_kb() - before;
#if defined(__SANITIZE_ADDRESS__)
  grown = 0; /* ASan keeps freed memory in quarantine: RSS says nothing here */
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  grown = 0;
#endif
#endif
  R("the memory grew by less than 1 MiB", ybool(grown < 1024), "True");
  if (grown >= 1024) printf("  (grew by %ld KiB)\n", grown);
  yrt_decref(it);
  yrt_decref(f);
  yrt_decref(p);
  remove(path);

  yrt_finish(YNONE);
  return unit_done("sys");
}
