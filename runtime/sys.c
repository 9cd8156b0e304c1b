/*
 * sys.c: the sys module, as generator programs use it.
 *
 * Design
 * ------
 * Its members are the slots yrt_m_sys_<name> of yrt_modules.h; the
 * values are made by the first `import sys` (yrt_sys_init):
 *
 *   argv             the program's arguments as its main() received them
 *                    (yrt_init): argv[0] is the program as it was run;
 *                    `yieldc run prog.py args` passes prog.py there, as
 *                    CPython's sys.argv[0] is the script.  [''] when the
 *                    runtime was started without arguments (--header's API).
 *   exit([code])     raises SystemExit(code); yrt_finish turns an uncaught
 *                    one into the exit status, as CPython does.
 *   maxsize          2**63 - 1.
 *   getrecursionlimit(), setrecursionlimit(n)
 *                    the runtime's yrt_recursion_limit (rt.h), with
 *                    CPython's checks; the C stack's own floor still holds
 *                    under a higher limit (RecursionError, not a crash).
 *   stdin, stdout, stderr (and __stdin__, ...)
 *                    file objects (file.c): stdout and stderr write through
 *                    C's stdout and stderr, the streams print() uses, so
 *                    the two interleave in program order.  print() without
 *                    file= writes to sys.stdout when a program rebinds it
 *                    (builtins.c).
 *   version_info     a tuple (3, 11, 7, 'final', 0): the CPython version
 *                    yieldc follows; a tuple, not CPython's named struct
 *                    sequence, so version_info.major does not exist.
 *   platform, byteorder  'linux' (else 'darwin', 'win32', or the OS name the
 *                    compiler says), 'little' or 'big'.
 *
 * Everything else of CPython's sys is left out (the compiler reports a name
 * this module lacks); so is sys.executable, which has no meaning for a
 * compiled program.
 */
#include "rt.h"

YValue yrt_m_sys_argv, yrt_m_sys_maxsize, yrt_m_sys_stdin, yrt_m_sys_stdout, yrt_m_sys_stderr,
    yrt_m_sys___stdin__, yrt_m_sys___stdout__, yrt_m_sys___stderr__, yrt_m_sys_version_info, yrt_m_sys_platform,
    yrt_m_sys_byteorder;

#if defined(__linux__)
#define PLATFORM "linux"
#elif defined(__APPLE__)
#define PLATFORM "darwin"
#elif defined(_WIN32)
#define PLATFORM "win32"
#elif defined(__FreeBSD__)
#define PLATFORM "freebsd"
#else
#define PLATFORM "unknown"
#endif

int yrt_sys_init(void) {
  YList *argv = yrt_list_alloc(yrt_argc > 0 ? yrt_argc : 1);
  if (yrt_argc <= 0 || !yrt_argv) yrt_list_push(argv, yrt_str_from_c(""));
  for (int i = 0; i < yrt_argc && yrt_argv; i++) {
    /* An argument that is not UTF-8 is decoded as latin-1 (CPython would
     * keep its bytes as surrogates, which a yieldc str cannot hold). */
    const char *a = yrt_argv[i];
    YValue s = yrt_codec_decode(YCODEC_UTF8, a, (int64_t)strlen(a), YNONE); /* strict */
    if (YIS_ERR(s)) {
      yrt_decref(yrt_fetch_exc());
      s = yrt_codec_decode(YCODEC_LATIN1, a, (int64_t)strlen(a), YNONE);
    }
    yrt_list_push(argv, s);
  }
  yrt_store(&yrt_m_sys_argv, yobj(argv));
  yrt_store(&yrt_m_sys_maxsize, yint(INT64_MAX));
  static const int fds[3] = {0, 1, 2};
  YValue *slots[3][2] = {{&yrt_m_sys_stdin, &yrt_m_sys___stdin__},
                         {&yrt_m_sys_stdout, &yrt_m_sys___stdout__},
                         {&yrt_m_sys_stderr, &yrt_m_sys___stderr__}};
  for (int i = 0; i < 3; i++) {
    YValue f = yrt_file_std(fds[i]);
    yrt_store(slots[i][1], yrt_incref(f));
    yrt_store(slots[i][0], f);
  }
  YValue v[5] = {yint(3), yint(11), yint(7), yrt_str_from_c("final"), yint(0)};
  yrt_store(&yrt_m_sys_version_info, yrt_tuple_steal(5, v));
  yrt_store(&yrt_m_sys_platform, yrt_str_from_c(PLATFORM));
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  yrt_store(&yrt_m_sys_byteorder, yrt_str_from_c("big"));
#else
  yrt_store(&yrt_m_sys_byteorder, yrt_str_from_c("little"));
#endif
  return 0;
}

/* sys.exit(status=None, /) */
YValue yrt_sys_exit(int argc, const YValue *argv) {
  if (yrt_args_range("exit", argc, 0, 1) < 0) return YERROR;
  if (argc == 1 && YIS_NONE(argv[0])) argc = 0; /* PyErr_SetObject(SystemExit, None): SystemExit() */
  YValue e = yrt_exc_new(&yrt_exc_SystemExit, argc, argv);
  if (YIS_ERR(e)) return e;
  yrt_raise(e);
  yrt_decref(e);
  return YERROR;
}

YValue yrt_sys_getrecursionlimit(int argc, const YValue *argv) {
  (void)argv;
  if (yrt_args_none("sys.getrecursionlimit", argc) < 0) return YERROR;
  return yint(yrt_recursion_limit);
}

/* sys.setrecursionlimit(new_limit, /) */
YValue yrt_sys_setrecursionlimit(int argc, const YValue *argv) {
  if (yrt_args_one("sys.setrecursionlimit", argc) < 0) return YERROR;
  YValue v = argv[0];
  if (yrt_is_big(v) || (yrt_is_intlike(v) && (v.u.i > INT32_MAX || v.u.i < INT32_MIN)))
    return yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C int");
  int64_t n;
  if (yrt_int_arg(v, &n) < 0) return YERROR;
  if (n < 1) return yrt_raise_msg(&yrt_exc_ValueError, "recursion limit must be greater or equal than 1");
  if (yrt_ts.depth >= n)
    return yrt_raise_msg(&yrt_exc_RecursionError,
                         "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", (int)n,
                         yrt_ts.depth);
  yrt_recursion_limit = (int)n;
  return YNONE;
}
