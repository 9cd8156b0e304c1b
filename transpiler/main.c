/*
 * main.c: the command line.
 *
 *   yieldc [options] FILE.py        compile FILE.py to FILE.c
 *   yieldc run [--no-line] [-W...] FILE.py [args...]
 *                                   compile, build with $CC, run, clean up
 *
 * One compile is: read the file, diag_init, parse_module, sema_check (which
 * --dump-ast runs too: it rejects what yieldc does not compile), sema_module,
 * emit_module into a Buf, diag_finish (print the warnings; stop if -Werror
 * made one an error), write the Buf.  The output is written to a temporary
 * file in the destination's directory and renamed over the destination only
 * when complete, so a failed or interrupted compile never leaves a
 * half-written .c file, and an existing one is replaced atomically.
 *
 * The -W options take gcc's syntax and go into diag_warning_options; an
 * unknown warning name is a usage error, like any unknown option.
 *
 * Exit status: 0 success, 1 an error in the program or in reading/writing
 * files (diag), 2 a usage error.  `run` forwards the program's status, and
 * 128+N when it dies of signal N, the way shells report it.
 */
#include <errno.h>
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

#ifndef YIELDC_INCLUDE_DIR
#define YIELDC_INCLUDE_DIR "runtime"
#endif
#ifndef YIELDC_LIB_DIR
#define YIELDC_LIB_DIR "build"
#endif

extern char **environ;

static void main_usage(FILE *out) {
  fputs("usage: yieldc [options] FILE.py\n"
        "       yieldc run [--no-line] [-W...] FILE.py [args...]\n"
        "\n"
        "Compile a Python program with generators and coroutines to C.\n"
        "FILE.py may be '-' to read standard input.\n"
        "\n"
        "options:\n"
        "  -o FILE      write the C to FILE (default: FILE.py with .py replaced by .c;\n"
        "               '-' or standard input: standard output)\n"
        "  --emit=KIND  what to write: c (the default), dot (a Graphviz state diagram of\n"
        "               each generator) or html (a page with the Python beside the C);\n"
        "               the default output name ends in .c, .dot or .html\n"
        "  --dump-ast   print the syntax tree as S-expressions instead of C\n"
        "  --no-line    no #line directives in the C\n"
        "  --header FILE   also write a header declaring the module's C API\n"
        "  --depfile FILE  also write a make-style depfile naming the outputs (or -MF FILE)\n"
        "  -MD          write the depfile beside the output (OUTPUT.c -> OUTPUT.d)\n"
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

/* Write b to path through a temporary file in the same directory and rename(). */
static void main_write(const char *path, Buf *b) {
  const char *slash = strrchr(path, '/');
  size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
  char *tmp = arena_printf("%.*s.%s.XXXXXX", (int)dirlen, path, slash ? slash + 1 : path);
  int fd = mkstemp(tmp);
  if (fd < 0)
    diag_fatal("cannot write '%s': %s", path, strerror(errno));
  diag_remove_on_error(tmp);
  mode_t mask = umask(0);
  umask(mask);
  if (fchmod(fd, 0666 & ~mask) != 0)
    diag_fatal("cannot write '%s': %s", path, strerror(errno));
  size_t off = 0;
  while (off < b->len) {
    ssize_t w = write(fd, b->data + off, b->len - off);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      diag_fatal("cannot write '%s': %s", path, strerror(errno));
    }
    off += (size_t)w;
  }
  if (close(fd) != 0)
    diag_fatal("cannot write '%s': %s", path, strerror(errno));
  if (rename(tmp, path) != 0)
    diag_fatal("cannot write '%s': %s", path, strerror(errno));
  diag_remove_on_error(NULL);
}

static void main_write_stdout(Buf *b) {
  if (b->len && fwrite(b->data, 1, b->len, stdout) != b->len)
    diag_fatal("cannot write to standard output: %s", strerror(errno));
  if (fflush(stdout) != 0)
    diag_fatal("cannot write to standard output: %s", strerror(errno));
}

static Module *main_module; /* the module compiled, for --header */

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

/* A path in a make rule: spaces, '#' and '$' escaped as make reads them. */
static void main_dep_path(Buf *b, const char *path) {
  for (const char *p = path; *p; p++) {
    if (*p == ' ' || *p == '#' || *p == '\\')
      buf_putc(b, '\\');
    if (*p == '$')
      buf_putc(b, '$');
    buf_putc(b, *p);
  }
}

/* Compile one file into out (or dump its AST to stdout). */
static void main_compile(const char *input, Buf *out, bool dump, const EmitOptions *opt, char **srcp) {
  size_t len;
  char *src = main_read(input, &len);
  *srcp = src;
  const char *name = strcmp(input, "-") == 0 ? "<stdin>" : input;
  diag_init(name, src, len);
  Module *m = parse_module(name, src, len);
  sema_check(m);
  if (dump) {
    dump_module(stdout, m);
    return;
  }
  sema_module(m);
  emit_module(out, m, opt);
  diag_finish(); /* the warnings; exits if one is an error, before anything is written */
  main_module = m;
}

/* ---- yieldc run -------------------------------------------------------- */

static char *main_tmpdir; /* removed at exit */
static char *main_tmpfiles[2];

static void main_cleanup_tmpdir(void) {
  if (!main_tmpdir)
    return;
  for (int i = 0; i < 2; i++)
    if (main_tmpfiles[i])
      unlink(main_tmpfiles[i]);
  rmdir(main_tmpdir);
  main_tmpdir = NULL;
}

/* Spawn path with argv (searching PATH if search), wait, return the wait status. */
static int main_spawn(const char *path, char **argv, bool search) {
  posix_spawnattr_t attr;
  sigset_t def;
  posix_spawnattr_init(&attr);
  sigemptyset(&def);
  sigaddset(&def, SIGINT);
  sigaddset(&def, SIGQUIT);
  posix_spawnattr_setsigdefault(&attr, &def);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
  /* Like system(): the child gets ^C, we wait for it and clean up. */
  struct sigaction ign = {0}, oldint, oldquit;
  ign.sa_handler = SIG_IGN;
  sigaction(SIGINT, &ign, &oldint);
  sigaction(SIGQUIT, &ign, &oldquit);
  pid_t pid;
  int err = search ? posix_spawnp(&pid, path, NULL, &attr, argv, environ)
                   : posix_spawn(&pid, path, NULL, &attr, argv, environ);
  posix_spawnattr_destroy(&attr);
  int status = 0;
  if (err == 0) {
    while (waitpid(pid, &status, 0) < 0) {
      if (errno != EINTR) {
        err = errno;
        break;
      }
    }
  }
  sigaction(SIGINT, &oldint, NULL);
  sigaction(SIGQUIT, &oldquit, NULL);
  if (err)
    diag_fatal("cannot run '%s': %s", path, strerror(err));
  return status;
}

static int main_run(const char *input, const EmitOptions *opt0, int nargs, char **args) {
  const char *tmp = getenv("TMPDIR");
  if (!tmp || !*tmp)
    tmp = "/tmp";
  char *dir = arena_printf("%s/yieldc-XXXXXX", tmp);
  if (!mkdtemp(dir))
    diag_fatal("cannot create a temporary directory in '%s': %s", tmp, strerror(errno));
  main_tmpdir = dir;
  atexit(main_cleanup_tmpdir);
  char *cfile = arena_printf("%s/prog.c", dir), *exe = arena_printf("%s/prog", dir);
  EmitOptions opt = *opt0;
  opt.out_name = cfile;
  opt.prefix = main_prefix(input);
  Buf out = {0};
  char *src = NULL;
  main_compile(input, &out, false, &opt, &src);
  main_tmpfiles[0] = cfile;
  main_tmpfiles[1] = exe;
  main_write(cfile, &out);
  buf_free(&out);
  free(src);

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
                        YIELDC_LIB_DIR "/libyieldrt.a", "-lm"};
  for (size_t i = 0; i < sizeof rest / sizeof rest[0]; i++)
    vec_push(&argv, (char *)rest[i]);
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
  main_cleanup_tmpdir();
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
      return 0;
    } else if (strcmp(a, "--version") == 0) {
      puts("yieldc " YIELDC_VERSION);
      return 0;
    } else if (strcmp(a, "--no-line") == 0) {
      opt.line_directives = false;
    } else if (strcmp(a, "-w") == 0) {
      diag_warning_options.none = true;
    } else if (strncmp(a, "-W", 2) == 0) {
      if (!main_warning_option(a + 2))
        main_usage_error("unknown warning option '%s'", a);
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
           libs ? YIELDC_LIB_DIR "/libyieldrt.a -lm" : "");
    return 0;
  }
  if (!input)
    main_usage_error("no input file");
  if (header && strcmp(emit, "c") != 0)
    main_usage_error("--header goes with --emit=c, not --emit=%s", emit);

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
  if (md && !depfile) {
    if (strcmp(output, "-") == 0)
      main_usage_error("-MD needs -MF FILE when the output is standard output");
    size_t n = strlen(output), e = strlen(emit) + 1;
    depfile = n > e && output[n - e] == '.' && strcmp(output + n - e + 1, emit) == 0
                  ? arena_printf("%.*s.d", (int)(n - e), output)
                  : arena_printf("%s.d", output);
  }
  Buf out = {0};
  char *src = NULL;
  main_compile(input, &out, dump, &opt, &src);
  if (!dump && strcmp(emit, "c") != 0) {
    Buf shown = {0};
    if (strcmp(emit, "dot") == 0)
      states_dot(&shown, main_module);
    else
      states_html(&shown, main_module);
    buf_free(&out);
    out = shown;
  }
  if (!dump) {
    if (header) {
      Buf h = {0};
      emit_header(&h, main_module, &opt);
      main_write(header, &h);
      buf_free(&h);
    }
    if (depfile) {
      /* make-style: both outputs depend on the .py */
      Buf d = {0};
      if (strcmp(output, "-") != 0)
        main_dep_path(&d, output);
      if (header) {
        if (d.len)
          buf_putc(&d, ' ');
        main_dep_path(&d, header);
      }
      buf_puts(&d, ":");
      if (strcmp(input, "-") != 0) {
        buf_putc(&d, ' ');
        main_dep_path(&d, input);
      }
      buf_putc(&d, '\n');
      main_write(depfile, &d);
      buf_free(&d);
    }
    if (strcmp(output, "-") == 0)
      main_write_stdout(&out);
    else
      main_write(output, &out);
  }
  buf_free(&out);
  free(src);
  arena_free_all();
  return 0;
}
