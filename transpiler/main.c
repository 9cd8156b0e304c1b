/*
 * main.c: the command line.
 *
 *   yieldc [options] FILE.py        compile FILE.py (and the modules it
 *                                   imports) to FILE.c
 *   yieldc run [--no-line] [--no-inline] [--pep828=MODE] [-I DIR] [-W...] FILE.py [args...]
 *                                   compile, build with $CC, run, clean up
 *
 * One compile is: check the output names, program_load (read and parse the
 * file and the modules it imports, found beside it, in the -I directories
 * and in yieldc's library: program.c), then for each module sema_check
 * (which --dump-ast runs too, on the main file: it rejects what yieldc does
 * not compile), sema_module and layout_module, emit_program into a Buf,
 * diag_finish (print the warnings; stop if -Werror made one an error), then
 * write every output
 * (the C, --header, the depfile) at once, and only then (main_write_outputs
 * below): a failed compile writes nothing.
 *
 * Outputs are written as gcc writes them, with one difference: an output
 * that is a regular file (or does not exist yet) is written to a temporary
 * file in its directory and renamed over it when complete, so that an
 * existing file is replaced atomically and an interrupted compile never
 * leaves a half-written one.  Anything else (/dev/null, a FIFO, a terminal)
 * is opened and written through, as gcc does: a rename would replace the
 * device with a file.  A symbolic link is followed and the file it names is
 * written; the link stays.  "-" is standard output for every output.
 *
 * Refused before anything is read, as gcc refuses `gcc -c x.c -o x.c`: an
 * output that is the input file (compared by device and inode, so
 * `-o ./prog.py` and a link to it are caught), two outputs that are the
 * same file, and a depfile that would have to name a file whose name holds
 * a newline (make cannot).  Any other name is fine: names reach the C only
 * as escaped string literals and comment text (buf_c_string,
 * buf_c_comment).
 *
 * SIGINT, SIGTERM and SIGHUP remove the temporary files (diag.c).  `yieldc
 * run` passes them on to the child it waits for (the C compiler or the
 * program), then removes its temporary directory and dies of the signal.
 *
 * The -W options take gcc's syntax and go into diag_warning_options; an
 * unknown warning name is a usage error, like any unknown option.
 *
 * Exit status: 0 success, 1 an error in the program or in reading/writing
 * files (diag), 2 a usage error.  `run` forwards the program's status, and
 * 128+N when it dies of signal N, the way shells report it (but when `run`
 * itself was sent the signal, it dies of it too).
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "yieldc.h"

#include <ctype.h>
#include <limits.h>

#ifndef YIELDC_INCLUDE_DIR
#define YIELDC_INCLUDE_DIR "runtime"
#endif
#ifndef YIELDC_PYLIB_DIR
#define YIELDC_PYLIB_DIR "runtime/lib"
#endif
#ifndef YIELDC_LIB_DIR
#define YIELDC_LIB_DIR "build"
#endif
/* The runtime's libraries after libyieldrt.a, the Makefile's RT_LIBS. */
#ifndef YIELDC_RT_LIBS
#error "define YIELDC_RT_LIBS as the Makefile does (RT_LIBS)"
#endif

extern char **environ;

static void main_usage(FILE *out) {
  fputs("usage: yieldc [options] FILE.py\n"
        "       yieldc run [--no-line] [--no-inline] [--pep828=MODE] [-I DIR] [-W...] FILE.py [args...]\n"
        "\n"
        "Compile a Python program with generators and coroutines to C: FILE.py and\n"
        "the modules it imports, into one C file.  FILE.py may be '-' to read\n"
        "standard input.\n"
        "\n"
        "options:\n"
        "  -o FILE      write the C to FILE (default: FILE.py with .py replaced by .c;\n"
        "               '-' or standard input: standard output)\n"
        "  --emit=KIND  what to write: c (the default), dot (a Graphviz state diagram of\n"
        "               each generator) or html (a page with the Python beside the C);\n"
        "               the default output name ends in .c, .dot or .html\n"
        "  --dump-ast   print the syntax tree as S-expressions instead of C\n"
        "  --no-line    no #line directives in the C\n"
        "  --no-inline  keep every generator a state machine: do not inline the body of\n"
        "               a generator into the `for` loop that calls it\n"
        "  -I DIR       look for imported modules in DIR too (after FILE.py's directory)\n"
        "  --pep828=MODE  accepted (the default): PEP 828 as accepted, `yield from` in an\n"
        "               async generator delegates to an async iterable; draft: the March\n"
        "               2026 draft, `async yield from` and sync `yield from`\n"
        "  --header FILE   also write a header declaring the module's C API\n"
        "  --depfile FILE  also write a make-style depfile naming the outputs and every\n"
        "               .py they were made from (or -MF FILE)\n"
        "  -MD          write the depfile beside the output (OUTPUT.c -> OUTPUT.d)\n"
        "  --library-module  FILE.py is a module of yieldc's library: compile it as\n"
        "               imported, for libyieldrt (yieldc's own build does this)\n"
        "  --cflags     print the C compiler flags the generated C needs\n"
        "  --libs       print the linker flags the generated C needs\n"
        "  --version    print the version\n"
        "  --help       print this help\n"
        "\n"
        "warnings (for each, the last option naming it wins; -Wall overrides none):\n"
        "  -WNAME       enable warning NAME; -Wno-NAME disables it\n"
        "  -Wall        enable all warnings\n"
        "  -w           suppress all warnings\n"
        "  -Werror      make every enabled warning an error (-Wno-error: do not)\n"
        "  -Werror=NAME make warning NAME an error, and enable it\n"
        "  -Wno-error=NAME  keep warning NAME a warning under -Werror\n"
        "warning names (* on by default):\n",
        out);
  for (int w = 0; w < W_COUNT; w++)
    fprintf(out, "  %-18s%c %s\n", diag_warnings[w].name, diag_warnings[w].on ? '*' : ' ', diag_warnings[w].help);
  fputs("\n"
        "run: compile FILE.py, build it with $CC (default cc), run it with args,\n"
        "and exit with its status.\n",
        out);
}

/* One -W option, without the -W: false if it names no warning. */
static bool main_warning_option(const char *w) {
  WarningOptions *o = &diag_warning_options;
  bool no = strncmp(w, "no-", 3) == 0;
  const char *rest = no ? w + 3 : w;
  if (strcmp(w, "all") == 0) {
    o->all = true;
    return true;
  }
  if (strcmp(rest, "error") == 0) {
    o->error = !no;
    return true;
  }
  if (strncmp(rest, "error=", 6) == 0) {
    Warning id = diag_warning_named(rest + 6);
    if (id == W_COUNT)
      return false;
    o->as_error[id] = no ? -1 : 1;
    if (!no)
      o->on[id] = 1; /* -Werror=NAME also enables NAME; -Wno-error=NAME does not */
    return true;
  }
  Warning id = diag_warning_named(rest);
  if (id == W_COUNT)
    return false;
  o->on[id] = no ? -1 : 1;
  return true;
}

__attribute__((noreturn, format(printf, 1, 2))) static void main_usage_error(const char *fmt, ...) {
  fputs("yieldc: error: ", stderr);
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputs("\nTry 'yieldc --help' for more information.\n", stderr);
  exit(2);
}

/* The whole of a file ("-": standard input), NUL-terminated. */
static char *main_read(const char *path, size_t *len) {
  bool is_stdin = strcmp(path, "-") == 0;
  FILE *f = is_stdin ? stdin : fopen(path, "rb");
  if (!f)
    diag_fatal("cannot open '%s': %s", path, strerror(errno));
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap);
  if (!buf)
    diag_fatal("out of memory");
  for (;;) {
    if (n + 1 >= cap) {
      if (cap > SIZE_MAX / 2)
        diag_fatal("out of memory");
      char *b = realloc(buf, cap *= 2);
      if (!b)
        diag_fatal("out of memory");
      buf = b;
    }
    size_t got = fread(buf + n, 1, cap - n - 1, f);
    n += got;
    if (got == 0) {
      if (ferror(f))
        diag_fatal("cannot read '%s': %s", is_stdin ? "<stdin>" : path, strerror(errno));
      break;
    }
  }
  if (!is_stdin)
    fclose(f);
  buf[n] = '\0';
  *len = n;
  return buf;
}

static Module *main_module;   /* the main module compiled, for --header */
static Program main_program;  /* it and its modules */

/* ---- outputs ------------------------------------------------------------ */

/* One file yieldc writes: the C (or the dot or html), the header, the
 * depfile.  main_write_outputs writes them all, once the compile has
 * succeeded, in three steps:
 *   1. each output that is a regular file or does not exist yet, into a
 *      temporary file beside it (registered for removal: diag.c);
 *   2. each output that is no regular file, and standard output, written
 *      through;
 *   3. with the signals held back, each temporary file renamed over its
 *      output.
 * Writing fails in steps 1 and 2 (a full disk, a missing directory), before
 * any output is replaced.  Should a rename fail in step 3, the outputs
 * already renamed are removed too: like gcc, a failed run leaves no output,
 * rather than this run's .c beside the last run's header.  What step 2 has
 * written through cannot be taken back. */
typedef struct Output {
  const char *role;   /* "output file", "header file", "depfile": for messages */
  const char *path;   /* as the user named it; "-": standard output */
  const char *target; /* the file written: path, its symbolic links followed */
  bool exists;        /* target exists: st is its stat */
  bool through;       /* target is not a regular file (or is stdout): write through */
  struct stat st;
  Buf text;
  char *tmp; /* step 1's temporary file */
} Output;

/* The file a write to path lands on: path, or, if it is a symbolic link, the
 * file at the end of the chain of links (which need not exist). */
static const char *main_follow(const char *path) {
  const char *p = path;
  for (int hops = 0; hops < 40; hops++) {
    struct stat st;
    char link[PATH_MAX];
    if (lstat(p, &st) != 0 || !S_ISLNK(st.st_mode))
      return p;
    ssize_t n = readlink(p, link, sizeof link);
    if (n < 0 || (size_t)n == sizeof link)
      return p; /* let the write report it */
    const char *slash = strrchr(p, '/');
    if (link[0] == '/' || !slash)
      p = arena_strndup(link, (size_t)n);
    else
      p = arena_printf("%.*s/%.*s", (int)(slash - p), p, (int)n, link);
  }
  return p; /* a loop: stat reports ELOOP */
}

/* Find out what o->path is. */
static void main_plan(Output *o) {
  if (strcmp(o->path, "-") == 0) {
    o->through = true;
    return;
  }
  o->target = main_follow(o->path);
  if (stat(o->target, &o->st) == 0) {
    o->exists = true;
    if (S_ISDIR(o->st.st_mode))
      diag_fatal("cannot write '%s': %s", o->path, strerror(EISDIR));
    o->through = !S_ISREG(o->st.st_mode);
  } else if (errno != ENOENT) {
    diag_fatal("cannot write '%s': %s", o->path, strerror(errno));
  }
}

/* Do two paths that do not exist yet name the same file: the same name in
 * the same directory? */
static bool main_same_new(const char *a, const char *b) {
  const char *sa = strrchr(a, '/'), *sb = strrchr(b, '/');
  if (strcmp(sa ? sa + 1 : a, sb ? sb + 1 : b) != 0)
    return false;
  const char *da = !sa ? "." : sa == a ? "/" : arena_strndup(a, (size_t)(sa - a));
  const char *db = !sb ? "." : sb == b ? "/" : arena_strndup(b, (size_t)(sb - b));
  struct stat x, y;
  if (stat(da, &x) != 0 || stat(db, &y) != 0)
    return strcmp(da, db) == 0;
  return x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

/* Would writing a and b write the same file?  Not for two devices or FIFOs
 * (`-o /dev/null -MF /dev/null` is fine), but yes for stdout twice. */
static bool main_same(const Output *a, const Output *b) {
  if (!strcmp(a->path, "-") || !strcmp(b->path, "-"))
    return !strcmp(a->path, b->path);
  if (a->through || b->through || a->exists != b->exists)
    return false;
  if (a->exists)
    return a->st.st_dev == b->st.st_dev && a->st.st_ino == b->st.st_ino;
  return main_same_new(a->target, b->target);
}

/* Refuse outputs that are the input or each other, before compiling. */
static void main_check_outputs(const char *input, Output *outs, int n) {
  for (int i = 0; i < n; i++)
    main_plan(&outs[i]);
  struct stat in;
  if (strcmp(input, "-") != 0 && stat(input, &in) == 0)
    for (int i = 0; i < n; i++)
      if (outs[i].exists && !outs[i].through && outs[i].st.st_dev == in.st_dev && outs[i].st.st_ino == in.st_ino)
        diag_fatal("input file '%s' is the same as %s", input, outs[i].role);
  for (int i = 0; i < n; i++)
    for (int j = 0; j < i; j++)
      if (main_same(&outs[i], &outs[j]))
        diag_fatal("%s '%s' is the same as %s", outs[i].role, outs[i].path, outs[j].role);
}

/* Refuse outputs that are one of the program's modules (main_check_outputs
 * has checked the main file before compiling). */
static void main_check_modules(Output *outs, int n) {
  for (int k = 1; k < main_program.modules.len; k++) {
    const Module *m = main_program.modules.items[k];
    struct stat in;
    if (stat(m->path, &in) != 0)
      continue;
    for (int i = 0; i < n; i++)
      if (outs[i].exists && !outs[i].through && outs[i].st.st_dev == in.st_dev && outs[i].st.st_ino == in.st_ino)
        diag_fatal("module file '%s' is the same as %s", m->path, outs[i].role);
  }
}

/* Write all of b to fd: false, with errno set, if that fails. */
static bool main_write_fd(int fd, const Buf *b) {
  size_t off = 0;
  while (off < b->len) {
    ssize_t w = write(fd, b->data + off, b->len - off);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      return false;
    }
    off += (size_t)w;
  }
  return true;
}

/* Step 1: o's text into a new temporary file beside o->target. */
static void main_write_temp(Output *o) {
  const char *t = o->target, *slash = strrchr(t, '/');
  const char *base = slash ? slash + 1 : t;
  o->tmp = arena_printf("%.*s.%.64s.XXXXXX", (int)(base - t), t, base);
  diag_hold_signals(true); /* no signal between creating and registering */
  int fd = mkstemp(o->tmp);
  int err = errno;
  if (fd >= 0)
    diag_remove_on_error(o->tmp, false);
  diag_hold_signals(false);
  if (fd < 0)
    diag_fatal("cannot write '%s': %s", o->path, strerror(err));
  mode_t mode = o->exists ? o->st.st_mode & 0777 : 0666;
  if (!o->exists) {
    mode_t mask = umask(0);
    umask(mask);
    mode &= ~mask;
  }
  if (fchmod(fd, mode) != 0 || !main_write_fd(fd, &o->text) || close(fd) != 0)
    diag_fatal("cannot write '%s': %s", o->path, strerror(errno));
}

/* Step 2: o's text written through o->target (or to stdout). */
static void main_write_through(Output *o) {
  if (strcmp(o->path, "-") == 0) {
    if ((o->text.len && fwrite(o->text.data, 1, o->text.len, stdout) != o->text.len) || fflush(stdout) != 0)
      diag_fatal("cannot write to standard output: %s", strerror(errno));
    return;
  }
  int fd = open(o->target, O_WRONLY | O_CREAT | O_TRUNC, 0666);
  if (fd < 0 || !main_write_fd(fd, &o->text) || close(fd) != 0)
    diag_fatal("cannot write '%s': %s", o->path, strerror(errno));
}

static void main_write_outputs(Output *outs, int n) {
  for (int i = 0; i < n; i++)
    if (!outs[i].through)
      main_write_temp(&outs[i]);
  for (int i = 0; i < n; i++)
    if (outs[i].through)
      main_write_through(&outs[i]);
  diag_hold_signals(true);
  for (int i = 0; i < n; i++) {
    Output *o = &outs[i];
    if (!o->tmp)
      continue;
    if (rename(o->tmp, o->target) != 0)
      diag_fatal("cannot write '%s': %s", o->path, strerror(errno));
    diag_keep(o->tmp);
    diag_remove_on_error(o->target, false); /* should a later rename fail */
  }
  for (int i = 0; i < n; i++)
    if (outs[i].tmp)
      diag_keep(outs[i].target);
  diag_hold_signals(false);
}

/* The end of a command that printed to stdout (--help, --dump-ast, ...). */
static int main_close_stdout(void) {
  if (fflush(stdout) != 0)
    diag_fatal("cannot write to standard output: %s", strerror(errno));
  if (ferror(stdout)) /* an earlier write failed, and errno is long gone */
    diag_fatal("cannot write to standard output: %s", strerror(EIO));
  return 0;
}

/* The C API prefix: the input's base name as a C identifier. */
static const char *main_prefix(const char *input) {
  const char *base = strcmp(input, "-") == 0 ? "stdin" : input;
  const char *slash = strrchr(base, '/');
  if (slash)
    base = slash + 1;
  size_t n = strlen(base);
  if (n > 3 && strcmp(base + n - 3, ".py") == 0)
    n -= 3;
  char *p = arena_strndup(base, n);
  for (char *q = p; *q; q++)
    if (!isalnum((unsigned char)*q) && *q != '_')
      *q = '_';
  if (!*p || isdigit((unsigned char)p[0]) || !strncmp(p, "yrt", 3) || p[0] == 'Y')
    p = arena_printf("m_%s", p); /* a C identifier, clear of the runtime's names */
  return p;
}

/* A path in a make rule, quoted as gcc quotes it for GNU make (and ninja
 * reads it): a space or tab after N backslashes is written after 2N+1 of
 * them, '#' as "\\#", '$' as "$$"; any other backslash stays single. */
static void main_dep_path(Buf *b, const char *path) {
  for (const char *p = path; *p; p++) {
    if (*p == ' ' || *p == '\t') {
      for (const char *q = p; q > path && q[-1] == '\\'; q--)
        buf_putc(b, '\\');
      buf_putc(b, '\\');
    } else if (*p == '#') {
      buf_putc(b, '\\');
    } else if (*p == '$') {
      buf_putc(b, '$');
    }
    buf_putc(b, *p);
  }
}

/* Compile a program, its file and the modules it imports, into out (or
 * dump the main file's AST to stdout). */
static void main_compile(const char *input, Buf *out, bool dump, const EmitOptions *opt) {
  Program *p = &main_program;
  p->read = main_read;
  p->libdir = YIELDC_PYLIB_DIR;
  p->pep828_draft = opt->pep828_draft;
  p->library_module = opt->library_module;
  program_load(p, input);
  main_module = p->modules.items[0];
  if (opt->library_module && !main_module->library)
    diag_fatal("--library-module: '%s' is not in yieldc's library directory (%s)", input, p->libdir);
  /* Each module after those it imports (program_check_order), so that a
   * module's names are known when its importers are checked. */
  Vec order = program_check_order(p);
  for (int i = 0; i < order.len; i++) {
    Module *m = order.items[i];
    if (dump && m != main_module) continue; /* --dump-ast shows the program's file */
    diag_switch(m->path, m->src, m->srclen, m->library);
    sema_check(m);
    if (dump) {
      dump_module(stdout, m);
      return;
    }
    sema_module(m);
    layout_module(m);
  }
  emit_program(out, p, opt);
  diag_finish(); /* the warnings; exits if one is an error, before anything is written */
}

static void main_free_program(void) {
  for (int i = 0; i < main_program.sources.len; i++) free(main_program.sources.items[i]);
}

/* ---- yieldc run -------------------------------------------------------- */

/* Spawn path with argv (searching PATH if search), wait, return the wait
 * status.  Like system(), yieldc ignores SIGQUIT while it waits; SIGINT,
 * SIGTERM and SIGHUP are passed on to the child (diag_set_child), and once
 * the child is gone yieldc cleans up and dies of the signal. */
static int main_spawn(const char *path, char **argv, bool search) {
  posix_spawnattr_t attr;
  sigset_t def, mask;
  posix_spawnattr_init(&attr);
  sigemptyset(&def);
  sigaddset(&def, SIGINT);
  sigaddset(&def, SIGQUIT);
  posix_spawnattr_setsigdefault(&attr, &def);
  sigprocmask(SIG_BLOCK, NULL, &mask);
  posix_spawnattr_setsigmask(&attr, &mask); /* the child's: not the one held below */
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
  struct sigaction ign = {0}, oldquit;
  ign.sa_handler = SIG_IGN;
  sigaction(SIGQUIT, &ign, &oldquit);
  pid_t pid;
  diag_hold_signals(true); /* a signal from now on reaches the child */
  int err = search ? posix_spawnp(&pid, path, NULL, &attr, argv, environ)
                   : posix_spawn(&pid, path, NULL, &attr, argv, environ);
  if (err == 0)
    diag_set_child(pid);
  diag_hold_signals(false);
  posix_spawnattr_destroy(&attr);
  int status = 0;
  if (err == 0) {
    /* Wait without reaping, so that a signal passed on meanwhile cannot
     * reach another process that has been given the pid. */
    siginfo_t info;
    while (waitid(P_PID, (id_t)pid, &info, WEXITED | WNOWAIT) != 0 && errno == EINTR)
      ;
    diag_set_child(0);
    while (waitpid(pid, &status, 0) < 0) {
      if (errno != EINTR) {
        err = errno;
        break;
      }
    }
  }
  sigaction(SIGQUIT, &oldquit, NULL);
  diag_die_if_signalled();
  if (err)
    diag_fatal("cannot run '%s': %s", path, strerror(err));
  return status;
}

static int main_run(const char *input, const EmitOptions *opt0, int nargs, char **args) {
  const char *tmp = getenv("TMPDIR");
  if (!tmp || !*tmp)
    tmp = "/tmp";
  char *dir = arena_printf("%s/yieldc-XXXXXX", tmp);
  diag_hold_signals(true);
  bool made = mkdtemp(dir) != NULL;
  int err = errno;
  if (made)
    diag_remove_on_error(dir, true); /* removed last, once emptied */
  diag_hold_signals(false);
  if (!made)
    diag_fatal("cannot create a temporary directory in '%s': %s", tmp, strerror(err));
  char *cfile = arena_printf("%s/prog.c", dir), *exe = arena_printf("%s/prog", dir);
  diag_remove_on_error(cfile, false);
  diag_remove_on_error(exe, false);
  EmitOptions opt = *opt0;
  opt.out_name = cfile;
  opt.prefix = main_prefix(input);
  Buf out = {0};
  main_compile(input, &out, false, &opt);
  int fd = open(cfile, O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0 || !main_write_fd(fd, &out) || close(fd) != 0)
    diag_fatal("cannot write '%s': %s", cfile, strerror(errno));
  buf_free(&out);
  main_free_program();

  /* $CC may carry words of its own ("ccache gcc", "gcc -m32"). */
  const char *cc = getenv("CC");
  if (!cc || !*cc)
    cc = "cc";
  Vec argv = {0};
  char *words = arena_strdup(cc);
  for (char *w = strtok(words, " \t"); w; w = strtok(NULL, " \t"))
    vec_push(&argv, w);
  if (argv.len == 0)
    vec_push(&argv, "cc");
  const char *rest[] = {"-std=c11", "-O2", "-I" YIELDC_INCLUDE_DIR, "-o", exe, cfile,
                        YIELDC_LIB_DIR "/libyieldrt.a"};
  for (size_t i = 0; i < sizeof rest / sizeof rest[0]; i++)
    vec_push(&argv, (char *)rest[i]);
  char *libs = arena_strdup(YIELDC_RT_LIBS); /* the runtime's libraries, one word each */
  for (char *w = strtok(libs, " "); w; w = strtok(NULL, " "))
    vec_push(&argv, w);
  vec_push(&argv, NULL);
  int st = main_spawn(argv.items[0], (char **)argv.items, true);
  if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
    if (WIFSIGNALED(st))
      diag_fatal("the C compiler '%s' was killed by signal %d", cc, WTERMSIG(st));
    diag_fatal("the C compiler '%s' failed (exit status %d)", cc, WEXITSTATUS(st));
  }

  char **pargv = arena_alloc(sizeof(char *) * (size_t)(nargs + 2));
  pargv[0] = (char *)input; /* what sys.argv[0] would be */
  for (int i = 0; i < nargs; i++)
    pargv[i + 1] = args[i];
  fflush(stdout);
  st = main_spawn(exe, pargv, false);
  diag_cleanup();
  if (WIFSIGNALED(st))
    return 128 + WTERMSIG(st);
  return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}

/* ---- main ---------------------------------------------------------------- */

int main(int argc, char **argv) {
  EmitOptions opt = {.line_directives = true};
  const char *input = NULL, *output = NULL, *header = NULL, *depfile = NULL;
  bool md = false;
  const char *emit = "c"; /* --emit: c, dot or html */
  bool dump = false, cflags = false, libs = false, run = false, options_done = false;
  int i = 1;
  diag_catch_signals();
  if (argc > 1 && strcmp(argv[1], "run") == 0) {
    run = true;
    i = 2;
  }
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (options_done || a[0] != '-' || strcmp(a, "-") == 0) {
      if (input)
        main_usage_error("more than one input file ('%s' and '%s')", input, a);
      input = a;
      if (run) {
        i++;
        break; /* the rest are the program's arguments */
      }
      continue;
    }
    if (strcmp(a, "--") == 0) {
      options_done = true;
    } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      main_usage(stdout);
      return main_close_stdout();
    } else if (strcmp(a, "--version") == 0) {
      puts("yieldc " YIELDC_VERSION);
      return main_close_stdout();
    } else if (strcmp(a, "--no-line") == 0) {
      opt.line_directives = false;
    } else if (strcmp(a, "--no-inline") == 0) {
      opt.no_inline = true;
    } else if (strncmp(a, "--pep828=", 9) == 0) {
      if (strcmp(a + 9, "draft") == 0)
        opt.pep828_draft = true;
      else if (strcmp(a + 9, "accepted") == 0)
        opt.pep828_draft = false;
      else
        main_usage_error("unknown --pep828 mode '%s' (accepted or draft)", a + 9);
    } else if (strcmp(a, "-w") == 0) {
      diag_warning_options.none = true;
    } else if (strncmp(a, "-W", 2) == 0) {
      if (!main_warning_option(a + 2))
        main_usage_error("unknown warning option '%s'", a);
    } else if (strncmp(a, "-I", 2) == 0) {
      if (!a[2] && i + 1 >= argc)
        main_usage_error("option '-I' needs a directory");
      vec_push(&main_program.dirs, a[2] ? (char *)a + 2 : argv[++i]);
    } else if (run) {
      main_usage_error("unrecognized option '%s' for 'yieldc run'", a);
    } else if (strcmp(a, "-o") == 0) {
      if (i + 1 >= argc)
        main_usage_error("option '-o' needs a file name");
      output = argv[++i];
    } else if (strncmp(a, "-o", 2) == 0) {
      output = a + 2;
    } else if (strcmp(a, "--header") == 0 || strcmp(a, "--depfile") == 0 || strcmp(a, "-MF") == 0) {
      if (i + 1 >= argc)
        main_usage_error("option '%s' needs a file name", a);
      if (strcmp(a, "--header") == 0)
        header = argv[++i];
      else
        depfile = argv[++i];
    } else if (strcmp(a, "-MD") == 0) {
      md = true;
    } else if (strcmp(a, "--library-module") == 0) {
      opt.library_module = true;
    } else if (strcmp(a, "--emit") == 0 || strncmp(a, "--emit=", 7) == 0) {
      if (a[6] == '=')
        emit = a + 7;
      else if (i + 1 < argc)
        emit = argv[++i];
      else
        main_usage_error("option '--emit' needs c, dot or html");
      if (strcmp(emit, "c") && strcmp(emit, "dot") && strcmp(emit, "html"))
        main_usage_error("unknown --emit kind '%s' (c, dot or html)", emit);
    } else if (strcmp(a, "--dump-ast") == 0) {
      dump = true;
    } else if (strcmp(a, "--cflags") == 0) {
      cflags = true;
    } else if (strcmp(a, "--libs") == 0) {
      libs = true;
    } else {
      main_usage_error("unrecognized option '%s'", a);
    }
  }

  if (run) {
    if (!input)
      main_usage_error("no input file");
    int status = main_run(input, &opt, argc - i, argv + i);
    arena_free_all();
    return status;
  }
  if (cflags || libs) {
    if (input)
      main_usage_error("--cflags and --libs take no input file");
    printf("%s%s%s\n", cflags ? "-I" YIELDC_INCLUDE_DIR : "", cflags && libs ? " " : "",
           libs ? YIELDC_LIB_DIR "/libyieldrt.a " YIELDC_RT_LIBS : "");
    return main_close_stdout();
  }
  if (!input)
    main_usage_error("no input file");
  if (header && strcmp(emit, "c") != 0)
    main_usage_error("--header goes with --emit=c, not --emit=%s", emit);
  if (opt.library_module && (header || strcmp(emit, "c") != 0 || dump))
    main_usage_error("--library-module makes C only: no --header, --emit=%s or --dump-ast", header ? "c --header" : emit);

  if (!output) {
    size_t n = strlen(input);
    if (strcmp(input, "-") == 0)
      output = "-";
    else if (n > 3 && strcmp(input + n - 3, ".py") == 0)
      output = arena_printf("%.*s.%s", (int)(n - 3), input, emit);
    else
      output = arena_printf("%s.%s", input, emit);
  }
  opt.out_name = strcmp(output, "-") == 0 ? "<stdout>" : output;
  opt.prefix = main_prefix(input);
  opt.keep_lines = strcmp(emit, "c") != 0; /* states.c reads every Line */
  if (md && !depfile) {
    if (strcmp(output, "-") == 0)
      main_usage_error("-MD needs -MF FILE when the output is standard output");
    size_t n = strlen(output), e = strlen(emit) + 1;
    depfile = n > e && output[n - e] == '.' && strcmp(output + n - e + 1, emit) == 0
                  ? arena_printf("%.*s.d", (int)(n - e), output)
                  : arena_printf("%s.d", output);
  }

  /* The outputs: the C (or dot, html), then the header and the depfile. */
  Output outs[3] = {{.role = "output file", .path = output}};
  int nouts = 1;
  Output *hout = NULL, *dout = NULL;
  if (dump) {
    nouts = 0;
  } else {
    if (header) {
      hout = &outs[nouts++];
      *hout = (Output){.role = "header file", .path = header};
    }
    if (depfile) {
      dout = &outs[nouts++];
      *dout = (Output){.role = "depfile", .path = depfile};
      const char *names[] = {output, header, input};
      for (int k = 0; k < 3; k++)
        if (names[k] && strchr(names[k], '\n'))
          diag_fatal("depfile '%s' cannot name '%s': make reads no newline in a file name", depfile, names[k]);
    }
  }
  main_check_outputs(input, outs, nouts);

  main_compile(input, &outs[0].text, dump, &opt);
  main_check_modules(outs, nouts);
  if (dump) {
    main_free_program();
    arena_free_all();
    return main_close_stdout();
  }
  if (strcmp(emit, "c") != 0) {
    Buf shown = {0};
    if (strcmp(emit, "dot") == 0)
      states_dot(&shown, main_module);
    else
      states_html(&shown, main_module);
    buf_free(&outs[0].text);
    outs[0].text = shown;
  }
  if (hout)
    emit_header(&hout->text, main_module, &opt);
  if (dout) {
    /* make-style: both outputs depend on the .py (stdout is no target) */
    Buf *d = &dout->text;
    if (strcmp(output, "-") != 0)
      main_dep_path(d, output);
    if (header && strcmp(header, "-") != 0) {
      if (d->len)
        buf_putc(d, ' ');
      main_dep_path(d, header);
    }
    buf_puts(d, ":");
    for (int k = 0; k < main_program.modules.len; k++) {
      const char *py = ((Module *)main_program.modules.items[k])->path;
      if (k == 0 && strcmp(input, "-") == 0)
        continue;
      buf_putc(d, ' ');
      main_dep_path(d, k == 0 ? input : py);
    }
    buf_putc(d, '\n');
  }
  main_write_outputs(outs, nouts);
  for (int k = 0; k < nouts; k++)
    buf_free(&outs[k].text);
  main_free_program();
  arena_free_all();
  return 0;
}
