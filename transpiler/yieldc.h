/*
 * yieldc.h: the one internal header of the yieldc compiler.
 *
 * The compiler is a pipeline of passes over one source file, each in its own
 * file, all allocating from one arena that is freed when the file is done:
 *
 *   scan.c   the raw text: the tokenizer's checks tree-sitter does not make
 *            (UTF-8, brackets, indentation, unterminated strings) and the
 *            rewrite of PEP 828's `async yield from` into text tree-sitter
 *            parses.  Knows nothing of tree-sitter.
 *   parse.c  tree-sitter's concrete tree -> yieldc's AST (Expr, Stmt, Func).
 *            The only file that sees tree-sitter's types.  Rejects syntax
 *            errors only: a construct outside the subset that the AST cannot
 *            hold is recorded where it stands (Unsupported) for sema.
 *   sema.c   what the language accepts: every construct outside the subset
 *            and every error CPython's compiler reports ('return' outside
 *            function, ...); then scopes: which names are locals, cells,
 *            free or global variables; which functions are generators,
 *            coroutines or async generators; which statements contain a
 *            suspension point; then the warnings.
 *   emit.c   the AST -> C: one struct and one resume function per generator,
 *            plain C functions for the rest, and main() for the module body.
 *            sema has rejected every program it cannot compile: emit raises
 *            internal errors only.
 *   code.c   what emit.c builds the C from: tagged lines (code, labels,
 *            gotos, suspensions) with their Python lines, temporaries and
 *            failure checks; it drops dead code and unused labels, and
 *            prints the lines, with the #line directives, in one place.
 *   states.c the state machine of each generator, read off those lines: a
 *            Graphviz diagram (--emit=dot) and a page with the Python beside
 *            the C (--emit=html), for people learning how generators compile.
 *   main.c   the command line.
 *
 * Beside the passes: ast.c walks the AST generically (the children of an
 * expression, the parts of a statement) for sema's passes, dump.c prints the
 * AST (--dump-ast), diag.c reports errors and warnings, util.c has the arena.
 *
 * Errors in the user's program go through diag.c and stop the compiler at the
 * first one (exit status 1): the tokenizer's and syntax errors from scan.c and
 * parse.c, all others from sema.c.  Warnings (sema.c finds them) are queued in
 * diag.c and printed in source order once the program is compiled;
 * the -W options decide which are on and which are errors.  Bugs in yieldc
 * itself go through unreachable().
 */
#ifndef YIELDC_H
#define YIELDC_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#define YIELDC_VERSION "0.1.0"

/* ===================================================================== */
/* util.c: arena, string buffers, vectors                                 */
/* ===================================================================== */

/* All compiler memory comes from one arena, freed at once (QBE style). */
void *arena_alloc(size_t size);          /* zeroed */
char *arena_strdup(const char *s);
char *arena_strndup(const char *s, size_t n);
char *arena_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void arena_free_all(void);
/* An arena of shorter life (a function's lines: emit.c).  The functions
 * _in take one, or NULL for the compiler's arena.  {0} is an empty one. */
typedef struct Arena {
  struct Chunk *head;  /* the chunk small requests come from, then the older ones */
  struct Chunk *spare; /* chunks released and cleared, for the next requests */
  size_t next_size;    /* a new chunk's size, header included (0: the first size) */
} Arena;
void *arena_alloc_in(Arena *a, size_t size); /* zeroed */
char *arena_strndup_in(Arena *a, const char *s, size_t n);
char *arena_printf_in(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *arena_vprintf_in(Arena *a, const char *fmt, va_list ap);
/* Everything allocated from a is gone; a keeps its chunks for reuse. */
void arena_release(Arena *a);
/* ... and gives its chunks back. */
void arena_destroy(Arena *a);
/* A block of HUGE_BLOCK bytes aligned to its size, zeroed, on a transparent
 * huge page where the system has them: the arena's big chunks, parse.c's
 * slabs for tree-sitter.  A block freed is kept for the next request. */
enum { HUGE_BLOCK = 2 * 1024 * 1024 };
void *huge_block_alloc(void);
void huge_block_free(void *p);

/* A growable byte buffer for generated text. */
typedef struct Buf {
  char *data;
  size_t len, cap;
} Buf;
void buf_putc(Buf *b, char c);
void buf_puts(Buf *b, const char *s);
void buf_putn(Buf *b, const char *s, size_t n);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Append the strings given, up to a NULL: buf_cat(b, "    ", text, "\n", NULL). */
void buf_cat(Buf *b, ...);
void buf_vprintf(Buf *b, const char *fmt, va_list ap);
void buf_free(Buf *b);
/* s (n bytes, any bytes: a file name, say) as a C string literal, quotes
 * included, that no byte can end early, bend or make a trigraph of.  Valid
 * UTF-8 is kept; control characters and other bytes become escapes. */
void buf_c_string(Buf *b, const char *s, size_t n);
/* s as text inside a C block comment: escaped as in buf_c_string (but `"`
 * kept) and no `*` `/` or `/` `*` in it, so it cannot end the comment,
 * start a nested one or splice a line. */
void buf_c_comment(Buf *b, const char *s, size_t n);

/* A growable array of pointers (arena backed). */
typedef struct Vec {
  void **items;
  int len, cap;
} Vec;
void vec_push(Vec *v, void *item);
void vec_push_in(Arena *a, Vec *v, void *item); /* growing in arena a */

/* A hash map from byte strings to pointers (arena backed, open addressing).
 * Keys are not copied: they must live as long as the map. */
typedef struct MapEntry {
  const char *key;
  size_t len;
  uint64_t hash;
  void *value;
} MapEntry;
typedef struct Map {
  MapEntry *slots;
  size_t cap, used; /* cap: 0 or a power of two */
  Arena *arena;     /* where its table grows: NULL, the compiler's arena */
} Map;
void *map_get(const Map *m, const char *key, size_t len); /* NULL when absent */
void map_put(Map *m, const char *key, size_t len, void *value); /* value != NULL */

/* ===================================================================== */
/* diag.c: diagnostics                                                    */
/* ===================================================================== */

/* A position in the source: 1-based line, 1-based column in bytes. */
typedef struct Pos {
  int line, col;
} Pos;

/* The warnings, each named by its -W option (-Wunreachable-code, ...). */
typedef enum Warning {
  W_UNREACHABLE_CODE, /* a statement after return, raise, break or continue in its block */
  W_UNUSED_COROUTINE, /* a coroutine function called as a statement: never awaited */
  W_UNUSED_GENERATOR, /* a generator or async generator function called as a statement */
  W_UNUSED_VARIABLE,  /* a local assigned by `name = ...` and never read (off by default) */
  W_COUNT             /* the number of warnings */
} Warning;

/* What diag knows of each warning; indexed by Warning. */
typedef struct WarningInfo {
  const char *name; /* the option's name: "unused-variable" for -Wunused-variable */
  bool on;          /* on by default */
  const char *help; /* one line for --help */
} WarningInfo;
extern const WarningInfo diag_warnings[W_COUNT];

/* The -W options as main.c parsed them; later options override earlier ones,
 * except that -Wall never overrides an explicit -WNAME or -Wno-NAME (gcc). */
typedef struct WarningOptions {
  bool all;                  /* -Wall: every warning not explicitly disabled */
  bool none;                 /* -w: no warnings at all, not even -Werror=NAME ones */
  bool error;                /* -Werror (-Wno-error clears it) */
  signed char on[W_COUNT];   /* +1 -WNAME or -Werror=NAME, -1 -Wno-NAME, 0 the default */
  signed char as_error[W_COUNT]; /* +1 -Werror=NAME, -1 -Wno-error=NAME, 0 as -Werror says */
} WarningOptions;
extern WarningOptions diag_warning_options;

/* The warning called `name` ("unused-variable"), or W_COUNT if there is none. */
Warning diag_warning_named(const char *name);
/* Is warning w on, given the options? (Checks that are costly can skip.) */
bool diag_warning_enabled(Warning w);

/* Register the source for carets; `path` as the user wrote it. */
void diag_init(const char *path, const char *src, size_t len);
/* Go on with another file of the program: the warnings queued so far are
 * printed (they are the last file's), later ones are this file's; quiet
 * drops them (yieldc's own library). */
void diag_switch(const char *path, const char *src, size_t len, bool quiet);
/* `path:line:col: error: message`, the source line, a caret; exit(1). */
__attribute__((noreturn, format(printf, 2, 3))) void diag_error(Pos pos, const char *fmt, ...);
/* Queue `path:line:col: warning: message [-WNAME]` if w is enabled (or, when
 * it is promoted, `error: message [-Werror=NAME]`).  Queued diagnostics are
 * printed sorted by position by diag_finish, or before the next error. */
__attribute__((format(printf, 3, 4))) void diag_warning(Warning w, Pos pos, const char *fmt, ...);
/* Print the queued warnings; if any was promoted to an error, exit(1) like
 * diag_error.  Called once the program is compiled, before any output is written. */
void diag_finish(void);
/* `yieldc: error: message`; exit(1). */
__attribute__((noreturn, format(printf, 1, 2))) void diag_fatal(const char *fmt, ...);
/* Remove this file (dir: this empty directory) if yieldc exits on an error,
 * or is killed by a signal diag_catch_signals caught; the paths registered
 * are removed newest first.  A path may be registered more than once. */
void diag_remove_on_error(const char *path, bool dir);
/* Forget path's newest registration: it is kept after all. */
void diag_keep(const char *path);
/* Remove the registered paths now and forget them all. */
void diag_cleanup(void);
/* Catch SIGINT, SIGTERM and SIGHUP (unless ignored): remove the registered
 * paths and die of the signal, or pass it on to diag_set_child's child. */
void diag_catch_signals(void);
/* Hold back (true) those signals, or let them in again (false): around
 * creating a file and registering it, so that no signal comes between. */
void diag_hold_signals(bool hold);
/* The child process a caught signal is passed on to (0: none). */
void diag_set_child(pid_t pid);
/* If a signal was passed on to the child: remove the registered paths and
 * die of it (call once the child is gone). */
void diag_die_if_signalled(void);
/* For the fuzzer only: call hook, which must not return, instead of exit(1). */
void diag_set_exit_hook(void (*hook)(void));
/* A bug in yieldc. */
__attribute__((noreturn)) void diag_unreachable(const char *file, int line);
#define unreachable() diag_unreachable(__FILE__, __LINE__)

/* ===================================================================== */
/* scan.c: the raw text                                                   */
/* ===================================================================== */

/* What the scan of the source found, for parse.c. */
typedef struct Scan {
  const char *src;   /* the user's text */
  size_t len;
  char *text;        /* the copy tree-sitter parses: `async yield from` rewritten */
  size_t *lines;     /* offsets of the line starts */
  int nlines;
  size_t *newlines;  /* ascending offsets of the NEWLINE tokens, CPython's:
                        the end of each logical line (the '\n', or the
                        start of the comment before it) */
  int nnewlines, capnewlines;
  size_t *asyncs;    /* ascending offsets of the rewritten `async` keywords */
  int nasyncs, capasyncs;
  const char *msg;   /* the first error not reported at once, or NULL */
  Pos pos;           /* where it is */
  int anchor;        /* the line it belongs to (an open bracket's, a string's) */
} Scan;

/* Translate "\r\n" and lone "\r" to "\n" in place (src[len] must be
 * writable); returns the new length, and src stays NUL-terminated. */
size_t scan_newlines(char *src, size_t len);
/* Check src[0, len) as CPython's tokenizer would and make the text for
 * tree-sitter.  Exits through diag_error on the errors that cannot wait. */
void scan_source(Scan *sc, const char *src, size_t len);
/* The line and column of a byte offset. */
Pos scan_pos_at(const Scan *sc, size_t off);
/* Is off where the scan rewrote `async yield from` (the offset of `async`)? */
bool scan_is_async_yield(const Scan *sc, size_t off);

/* ===================================================================== */
/* The AST                                                                */
/* ===================================================================== */

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Func Func;
typedef struct Var Var;

/* Binary and unary operators. */
typedef enum Op {
  OP_ADD,      /* +  */
  OP_SUB,      /* -  */
  OP_MUL,      /* *  */
  OP_DIV,      /* /  */
  OP_FLOORDIV, /* // */
  OP_MOD,      /* %  */
  OP_POW,      /* ** */
  OP_LSHIFT,   /* << */
  OP_RSHIFT,   /* >> */
  OP_BITAND,   /* &  */
  OP_BITOR,    /* |  */
  OP_BITXOR,   /* ^  */
  OP_NEG,      /* unary - */
  OP_POS,      /* unary + */
  OP_INVERT,   /* unary ~ */
  OP_NOT,      /* not */
  OP_AND,      /* and (E_BOOLOP) */
  OP_OR,       /* or  (E_BOOLOP) */
  OP_LT,       /* <  */
  OP_LE,       /* <= */
  OP_EQ,       /* == */
  OP_NE,       /* != */
  OP_GT,       /* >  */
  OP_GE,       /* >= */
  OP_IN,       /* in */
  OP_NOT_IN,   /* not in */
  OP_IS,       /* is */
  OP_IS_NOT    /* is not */
} Op;

/*
 * The constructs outside the subset yieldc compiles that the parser meets.
 * Python's grammar accepts them, so the parser does not reject them: it
 * records what and where on the node (Expr, Stmt or Handler .unsupported)
 * and sema reports it, with the message sema.c's sema_unsupported gives, in
 * source order with the other errors CPython's compiler would report.  Where
 * the AST cannot hold the construct at all, an E_NONE expression or an S_PASS
 * statement stands in for it.  sema_check rejects a program with any of
 * these before another pass sees the tree.  (Constructs the AST can hold,
 * such as `del x.a` or `class C` inside a def, sema finds by itself.)
 */
typedef enum UnsupportedKind {
  U_MATCH,           /* match: an S_PASS */
  U_IMPORT_STAR,     /* from M import * (name: M): an S_PASS */
  U_RELATIVE_IMPORT, /* from . import x, from .m import x: an S_PASS */
  U_TYPE_ALIAS,      /* type X = ... (Python 3.12): an S_PASS */
  U_PRINT_CHEVRON,   /* print >>f, x: an S_PASS */
  U_BARE_ANNOTATION, /* x: int, without a value: an S_PASS */
  U_OPERATOR,        /* an operator yieldc lacks, @ (name): an E_NONE, or on the S_AUGASSIGN of `x @= y` */
  U_TYPE_PARAMS,     /* def f[T]() or class C[T](): on the S_DEF or S_CLASS */
  U_CLASS_KEYWORD,   /* class C(E, metaclass=M) (name: the keyword, NULL for ** or *): on the S_CLASS */
  U_EXCEPT_STAR,     /* except* E: on the Handler */
  U_COMPLEX,         /* a complex literal, 1j: an E_NONE */
  U_NAMED_ESCAPE,    /* a \N{NAME} escape in a str literal: an E_NONE (also on an S_CLASS) */
  U_STARRED,         /* *x other than as a call argument: an E_NONE */
  U_STARRED_PAREN,   /* f((*x)), a parenthesized *argument: an E_NONE among the call's arguments */
  U_DICT_UNPACK,     /* **d outside a dict display or a call: an E_NONE */
  U_ELLIPSIS         /* ...: an E_NONE */
} UnsupportedKind;

/* One such construct.  (An S_CLASS that has one may have base NULL.) */
typedef struct Unsupported {
  UnsupportedKind kind;
  Pos pos;           /* where the error points: the construct, its operator, its parameter, ... */
  const char *name;  /* U_IMPORT_STAR: the module; U_OPERATOR: the operator */
} Unsupported;

/* The kinds of expression.  Each comment names the fields the kind uses.
 * Its operands, the subexpressions evaluated in the expression's own
 * function, are always among a, b, c, items, kwvalues and first_iter: those
 * are what ast.c's walker visits, so a new kind that keeps its operands there
 * needs no change to sema's walks.  func (a lambda's or comprehension's
 * body) is a function of its own, never an operand. */
typedef enum ExprKind {
  E_NAME,        /* a variable: name; var after sema */
  E_NONE,        /* None (with unsupported set, the stand-in for a construct: see UnsupportedKind) */
  E_TRUE,        /* True */
  E_FALSE,       /* False */
  E_INT,         /* an int literal: ival */
  E_FLOAT,       /* a float literal: fval */
  E_STR,         /* a str literal, escapes decoded, adjacent literals joined: str, len */
  E_FSTRING,     /* an f-string: items[] are E_STR and E_FORMAT pieces */
  E_FORMAT,      /* one {value!conv:spec} of an f-string: a = value, conv ('r', 's', 'a' or 0), b = spec (an E_FSTRING) or NULL */
  E_BINOP,       /* a op b, op one of OP_ADD..OP_BITXOR */
  E_UNARY,       /* op a, op one of OP_NEG, OP_POS, OP_INVERT, OP_NOT */
  E_BOOLOP,      /* a and b, a or b: op OP_AND or OP_OR */
  E_COMPARE,     /* a ops[0] items[0] ops[1] items[1] ...: a chained comparison */
  E_IFEXP,       /* b if a else c */
  E_CALL,        /* a(items...) with keyword arguments kwnames[i] = kwvalues[i] (at kwpos[i]); items may be E_STARRED (*it), a NULL kwname is **mapping */
  E_ATTR,        /* a.name */
  E_SUBSCRIPT,   /* a[b] */
  E_SLICE,       /* a:b:c inside a subscript; absent parts are NULL */
  E_LIST,        /* [items...] */
  E_TUPLE,       /* (items...) */
  E_DICT,        /* {items[0]: items[1], items[2]: items[3], ...}; a NULL key: **items[i + 1] */
  /*
   * Comprehensions are functions (as in CPython), built by parse.c as plain
   * statements, so sema and emit need nothing special beyond calling func at
   * once with iter(first_iter) as its one parameter ".0".  first_iter is the
   * outermost iterable, evaluated in the enclosing scope.  For
   *     [ELT for T1 in IT1 if C1 for T2 in IT2]
   * func (name "<listcomp>", is_comprehension, params {".0"}) has the body
   *     .r = []                      S_ASSIGN, target E_NAME ".r", value an empty E_LIST
   *     for T1 in .0:                S_FOR, iter E_NAME ".0"
   *         if C1:                   S_IF per `if` clause, orelse NULL
   *             for T2 in IT2:       S_FOR per further `for` clause
   *                 .r.append(ELT)   S_EXPR of E_CALL(E_ATTR(E_NAME ".r", "append"), ELT)
   *     return .r                    S_RETURN of E_NAME ".r"
   * A dict comprehension {K: V for ...} ("<dictcomp>") starts with `.r = {}`
   * and its innermost statements are `.k = K` then `.r[.k] = V` (the key is
   * evaluated first, as in CPython 3.8+).  A generator expression
   * ("<genexpr>") has no .r and no return: its innermost statement is
   * S_EXPR of E_YIELD(ELT), which makes it an ordinary generator.  Hidden
   * names start with '.', so they never clash with Python names; emit must
   * spell them as C identifiers.  An `async for` clause is an S_FOR with
   * is_async, which sema rejects.  Expr.a/b/c of the E_*COMP node are unused.
   */
  E_LISTCOMP,    /* [elt for ...]: func is the comprehension's function (above), first_iter */
  E_DICTCOMP,    /* {key: value for ...}: func, first_iter */
  E_GENEXP,      /* (elt for ...): func, a generator, first_iter */
  E_LAMBDA,      /* lambda params: body: func */
  E_YIELD,       /* yield a (a NULL: yield None) */
  E_YIELD_FROM,  /* yield from a */
  E_AWAIT,       /* await a */
  E_ASYNC_YIELD_FROM, /* async yield from a (PEP 828); pos is that of `async` */
  E_STARRED,     /* *a, as a call argument: its items become arguments */
  E_NAMED,       /* a := b, a an E_NAME (in a comprehension: the enclosing function's) */
  E_RTCALL,      /* yrt_<name>(items...): a runtime helper the parser's lowerings call (with) */
  E_BYTES,       /* a bytes literal, escapes decoded, adjacent literals joined: str (any bytes), len */
  E_SET,         /* {items...}; ival 0: add the items in order; 1: CPython 3.11 copies a frozenset constant (3+ constants), 2: it is that frozenset (the iterable of a for, the right of `in`) */
  E_SETCOMP      /* {elt for ...}: func, first_iter; as a list comprehension with `.r = {}` a set and `.r.add(ELT)` */
} ExprKind;

struct Expr {
  ExprKind kind;
  Op op;
  Pos pos;
  Expr *a, *b, *c;   /* operands, by kind */
  Expr **items;      /* E_LIST/TUPLE/DICT/CALL/COMPARE/FSTRING elements */
  int nitems;
  int nkw;           /* E_CALL: keyword arguments */
  Expr **kwvalues;   /* E_CALL */
  const char *name;  /* E_NAME, E_ATTR */
  Var *var;          /* E_NAME: resolved by sema */
  Func *func;        /* E_LISTCOMP/DICTCOMP/GENEXP/LAMBDA */
  Expr *first_iter;  /* comprehensions: the outermost iterable, evaluated in the enclosing scope */
  const Unsupported *unsupported; /* parse: outside the subset (see UnsupportedKind), or NULL */
  bool bound;        /* E_NAME of a local: sema proved it is always bound here */
  char conv;         /* E_FORMAT */
  /* What only some kinds have, by kind (the operand fields above are
   * every kind's, NULL or empty where unused: ast.c walks them all). */
  union {
    struct {                /* E_CALL */
      char **kwnames;       /* the keyword arguments' names */
      Pos *kwpos;           /* where each keyword argument (its name) stands */
      Var *super_cls, *super_self; /* super() in a method: its __class__ cell and first parameter (sema) */
    };
    Op *ops;                /* E_COMPARE: nitems operators */
    struct {                /* E_INT, E_FLOAT, E_STR, E_BYTES, E_SET */
      int64_t ival;         /* E_INT; E_SET: how to build it */
      const char *bigval;   /* E_INT beyond 64 bits: its decimal digits (ival unused); else NULL */
      double fval;          /* E_FLOAT */
      const char *str;      /* E_STR: UTF-8, NUL-terminated, may contain NUL; E_BYTES: any bytes */
      size_t len;           /* E_STR, E_BYTES: bytes */
    };
  };
};

/* One `except` clause. */
typedef struct Handler {
  Pos pos;
  Expr *type;       /* NULL for a bare except */
  const char *name; /* `as name`, or NULL */
  Var *var;         /* the variable `name` after sema */
  Stmt *body;
  const Unsupported *unsupported; /* parse: U_EXCEPT_STAR, or NULL */
} Handler;

typedef enum StmtKind {
  S_EXPR,      /* an expression statement: value */
  S_ASSIGN,    /* targets[0] = targets[1] = ... = value */
  S_AUGASSIGN, /* target op= value: targets[0], op */
  S_PASS,      /* pass (with unsupported set, the stand-in for a construct: see UnsupportedKind) */
  S_IF,        /* if test: body else: orelse (elif is a nested S_IF in orelse) */
  S_WHILE,     /* while test: body else: orelse */
  S_FOR,       /* for target in iter: body else: orelse; is_async for `async for` */
  S_BREAK,     /* break */
  S_CONTINUE,  /* continue */
  S_RETURN,    /* return value (value NULL: return None) */
  S_TRY,       /* try: body / handlers / else: orelse / finally: finalbody */
  S_RAISE,     /* raise value from cause; both NULL for a bare raise */
  S_ASSERT,    /* assert test, msg */
  S_DEL,       /* del targets... */
  S_GLOBAL,    /* global names...: recorded by sema, emits nothing */
  S_NONLOCAL,  /* nonlocal names...: recorded by sema, emits nothing */
  S_DEF,       /* def / async def: func */
  S_CLASS,     /* class name(bases): body: name, bases, func (the body, an F_CLASS), decorators */
  S_IMPORT,    /* import module as name / from module import attr as name: one name (a chain of them for several) */
  S_WITH       /* with / async with (is_async): body is its lowering, PEP 343's expansion (parse.c) */
} StmtKind;

struct Stmt {
  StmtKind kind;
  Pos pos;
  Stmt *next;          /* the next statement of the same block */
  Expr *value;         /* S_EXPR, S_ASSIGN, S_AUGASSIGN, S_RETURN, S_RAISE (exception), S_ASSERT (message) */
  Expr **targets;      /* S_ASSIGN (ntargets), S_AUGASSIGN (1), S_DEL */
  int ntargets;
  Op op;               /* S_AUGASSIGN */
  Expr *test;          /* S_IF, S_WHILE, S_ASSERT */
  Expr *target, *iter; /* S_FOR */
  Expr *cause;         /* S_RAISE: the `from` part */
  bool is_async;       /* S_FOR: async for; S_WITH: async with */
  bool annotated;      /* S_ASSIGN: `name: T = value` (a plain name, annotated) */
  Stmt *body, *orelse, *finalbody;
  Handler **handlers;  /* S_TRY */
  int nhandlers;
  const char **names;  /* S_GLOBAL, S_NONLOCAL */
  int nnames;
  const char *name;    /* S_CLASS; S_IMPORT: the name bound */
  const char *module;  /* S_IMPORT: the module, dotted ("os.path") */
  const char *attr;    /* S_IMPORT: `from module import attr`; NULL for `import module` */
  Pos module_pos, attr_pos; /* S_IMPORT: where the module and attr are named (for diagnostics) */
  struct Module *imported; /* S_IMPORT: the program's module (a .py file) it imports, or NULL: the runtime's (program.c) */
  Expr **bases;        /* S_CLASS: the base class expressions (nbases) */
  int nbases;
  Expr **decorators;   /* S_DEF, S_CLASS: the decorators, outermost first (ndecorators) */
  int ndecorators;
  Func *func;          /* S_DEF; S_CLASS: the class body */
  bool suspends;       /* sema: the statement contains a yield or an await */
  const Unsupported *unsupported; /* parse: outside the subset (see UnsupportedKind), or NULL */
};

/* What a function is, decided by sema from its body. */
typedef enum FuncKind {
  F_PLAIN,     /* an ordinary function */
  F_GENERATOR, /* def containing yield (or a generator expression) */
  F_COROUTINE, /* async def without yield */
  F_ASYNCGEN,  /* async def containing yield */
  F_MODULE,    /* the module's top-level code */
  F_CLASS      /* a class body: run once by the class statement, its names go to the class namespace */
} FuncKind;

/* What a builtin name is (runtime/yrt_builtins.h has them, one a line). */
typedef enum BuiltinKind {
  BK_FUNC,        /* a function: the YBuiltin `cobj`; calls go to yrt_b_<name> */
  BK_TYPE,        /* a type, called through its call slot */
  BK_EXC,         /* an exception class (a program's classes may extend it) */
  BK_CONST,       /* a constant object (NotImplemented): the YObj `cobj` */
  BK_MODULE_NAME, /* __name__: the module's name */
} BuiltinKind;
typedef struct Builtin {
  const char *name; /* the Python name */
  BuiltinKind kind;
  const char *cobj; /* the C object that is its value: "yrt_type_int" */
  bool kw;          /* BK_FUNC: it takes keyword arguments (yrt_bkw_<name>) */
} Builtin;

/* Where a variable lives. */
typedef enum VarKind {
  V_LOCAL,   /* a local of its function */
  V_CELL,    /* a local that inner functions read: stored in a YCell */
  V_FREE,    /* a variable of an enclosing function, read through the closure */
  V_GLOBAL,  /* a module global */
  V_BUILTIN, /* a builtin name not shadowed by a global */
  V_NAME     /* a name bound in a class body: an entry of the namespace dict */
} VarKind;

struct Var {
  const char *name;
  VarKind kind;
  Func *owner;      /* the function whose scope holds it */
  int index;        /* V_FREE: the index in the closure's cells; V_LOCAL: param index or -1 */
  bool is_param;
  const char *cname; /* the C name of the field or variable (emit) */
  Var *outer;       /* V_FREE: the enclosing function's variable */
  int nbindings;    /* how many statements bind it (assignments, defs, ...) */
  int ndeletes;     /* how many `del` statements unbind it */
  Func *def;        /* the function of its one `def`, if that is its only binding */
  const Builtin *builtin; /* V_BUILTIN: which */
  Stmt *nonlocal;   /* V_FREE: the `nonlocal` statement that declared it (sema resolves it in pass 2) */
  int slot;         /* its index in owner->vars (V_BUILTIN: -1) */
  Func *cls;        /* the class body of the class statement that binds it, if that is its only binding (layout.c) */
  const char *module; /* the runtime's module of its one `import module [as name]`, if that is its only binding */
  struct Module *imported; /* the same for one of the program's modules (a .py file) */
  Stmt *from;         /* the `from M import name` that is its only binding, or NULL */
};

/* The instance struct of a class (layout.c): the attributes its methods
 * assign as `self.NAME`, each a field (runtime YLayout). */
typedef struct Layout Layout;
struct Layout {
  Func *cls;       /* the class body (an F_CLASS) */
  Layout *parent;  /* the layout of its first base, which its struct starts with; or NULL */
  Vec fields;      /* const char *: every field, the parent's first */
  int nown;        /* how many of them this class adds (the last nown) */
  const char *cname; /* the C stem of its struct STEM__inst, STEM__layout, STEM__names (emit) */
};

struct Func {
  const char *name;      /* "count_up_to", "<lambda>", "<genexpr>", "<listcomp>", "<module>" */
  const char *qualname;  /* "outer.<locals>.inner" */
  Pos pos;
  FuncKind kind;
  bool is_async;         /* async def */
  bool is_lambda;        /* lambda: body is one S_RETURN */
  bool is_comprehension; /* listcomp/dictcomp/genexp: params[0] is the outermost iterator ".0" */
  /* The parameters, as the argument slots of the body (runtime YFuncCode):
   * the npos positional ones (the first nposonly positional-only), the
   * nkwonly keyword-only ones, then *args and **kwargs if present. */
  const char **params;
  Pos *param_pos;        /* parse: where each parameter stands */
  Expr **defaults;       /* per slot: its default value (evaluated where the def is), or NULL */
  int nparams;           /* all the slots */
  int npos, nposonly, nkwonly;
  bool varargs, varkw;
  Stmt *body;
  Func *parent;          /* the enclosing function (the module for top-level defs) */
  Vec vars;              /* Var*: every name bound or used here */
  Map var_map;           /* the same, by name (sema_var) */
  Vec frees;             /* Var*: V_FREE vars in cell index order */
  Vec children;          /* Func*: nested functions, lambdas, comprehensions */
  bool has_yield;        /* contains yield / yield from / async yield from */
  bool has_await;        /* contains await / async for */
  const char *cname;     /* the C identifier stem (emit) */
  Layout *layout;        /* F_CLASS: its instances' fields, or NULL (layout.c) */
  bool layout_done;      /* F_CLASS: layout.c has worked it out (or is at it) */
  Stmt *class_stmt;      /* F_CLASS: its class statement (layout.c) */
  Func *self_class;      /* a method (a def directly in a class body): its class (layout.c) */
  Var *self_var;         /* the same: its first parameter, never rebound, whose fields it may use */
};


/* ===================================================================== */
/* ast.c: walking the AST                                                 */
/* ===================================================================== */

/* The operands of e (see ExprKind), in a fixed order: a, b, c, items,
 * kwvalues, first_iter.  Child i of n is NULL for an absent operand (a
 * slice's missing bound, a bare yield's value).  A lambda's or
 * comprehension's func is not among them: it is a function of its own. */
int ast_expr_nkids(const Expr *e);
Expr *ast_expr_kid(const Expr *e, int i);
int ast_expr_suspensions(const Expr *e); /* yields, awaits, ... evaluating e passes */
bool ast_expr_assigns(const Expr *e);    /* evaluating e binds a name with := */
/* An item of a tuple or list target, or of a display: *x (E_STARRED) is x
 * (a target that gets the list of the middle items, PEP 3132; an iterable
 * whose items the display takes, PEP 448); any other item is itself. */
Expr *ast_unstarred(Expr *item);

/* One part of a statement: an expression of its own function or a block
 * (a list of statements), or neither (an absent part). */
typedef struct AstPart {
  Expr *expr;
  Stmt *block;
  Handler *handler; /* the handler the part belongs to (its type or its body), or NULL */
} AstPart;
/* The parts of s in source order: targets, test, target, iter, value, cause,
 * base, body, each handler's type and body, orelse, finalbody.  A def's body
 * is not a part: it is another function's. */
int ast_stmt_nparts(const Stmt *s);
AstPart ast_stmt_part(const Stmt *s, int i);

/* ===================================================================== */
/* code.c: the C being built, kept as data until it is printed            */
/* ===================================================================== */

/* emit.c never writes C text directly.  It appends tagged lines to the
 * function being built (FuncCode): plain code, labels, gotos, suspensions,
 * assignments to a try's pending-completion slot, each with the Python line
 * it comes from.  Jumps point at Label objects, not at names (Lua's lcode.c
 * keeps its jumps as data the same way).  code_print is the one place that
 * turns the lines into text: it drops the code no path reaches and the
 * labels no goto names, and writes the #line directives.  states.c reads the
 * same lines to draw the state machine and to link each C line of the page
 * to its Python line; nothing in the compiler parses C. */

/* What a label is for: the diagram and the page need to know. */
typedef enum LabelRole {
  LR_PLAIN,   /* an ordinary label */
  LR_RESUME,  /* where state `state` resumes */
  LR_EXCEPT,  /* the start of the except clauses of the try on `line` */
  LR_FINALLY, /* the start of the finally block of the try on `line` */
  LR_RETURN,  /* the function's return exit (return_) */
  LR_ERROR,   /* the function's error exit (error_) */
} LabelRole;

typedef struct Label {
  const char *name;  /* unique in its function, named after the Python: "for_L7" */
  LabelRole role;
  int state;         /* LR_RESUME: the state, 1-based as in f->gen.label */
  int line;          /* LR_EXCEPT, LR_FINALLY: the Python line of the try */
  int at;            /* the index of its LN_LABEL line in the function's lines; -1 until placed */
  int njumps;        /* the gotos (and dispatch cases) that name it */
} Label;

/* One line of C (some kinds print as a few). */
typedef enum LineKind {
  LN_TEXT,    /* text: scaffolding, printed as is (may hold several lines) */
  LN_CODE,    /* a statement line of a body: text, indented */
  LN_COMMENT, /* the Python source line above its code: text */
  LN_LABEL,   /* `label:` */
  LN_GOTO,    /* [if (test)] [{] [pre] goto label; [}]: pre are statements run first */
  LN_CASE,    /* `case STATE: goto label;` in the dispatch switch of a resume function */
  LN_SUSPEND, /* `f->gen.label = STATE;`: the body suspends at state `state` */
  LN_SETWHY,  /* `why = W;` in a try's pending-completion slot, then `goto label;` if label */
  LN_RETURN,  /* `return text;`: leaves the function (raise: the error exit) */
  LN_FILE,    /* prints nothing: the Python lines after it come from the file text (a C string literal) */
} LineKind;

typedef struct GenCode GenCode;

/* (The pointers first, then the ints, then the flags: a large program has
 * a million lines, and this order keeps each at 64 bytes.) */
typedef struct Line {
  const char *text;  /* LN_TEXT, LN_CODE, LN_COMMENT, LN_RETURN; LN_GOTO: `pre`, or NULL */
  const char *test;  /* LN_GOTO: the condition, or NULL: always taken */
  Label *label;      /* LN_LABEL: the label placed; LN_GOTO, LN_CASE, LN_SETWHY: the target */
  const char *why;   /* LN_SETWHY: the slot; LN_GOTO: the why slot the condition tests */
  GenCode *gen;      /* lines that name a state: the generator whose state it is */
  LineKind kind;
  int pyline;        /* the Python line it comes from; 0: scaffolding, mapped back to the .c */
  int why_is;        /* LN_GOTO: the YWhy the why slot is tested against; LN_SETWHY: the value stored */
  int state;         /* LN_SUSPEND, LN_CASE: the state; also set on the resume label's line */
  bool why_eq;       /* LN_GOTO on a why slot: tested with == (else !=) */
  bool raise;        /* LN_GOTO: the path of an exception; LN_RETURN: returns the error status */
  bool dead;         /* code_finish removed it: nothing reaches it */
  bool imported;     /* it comes from a module the program imports, not the main file (pyline is that file's) */
} Line;

/* A suspension point: the state a generator is in while suspended there. */
typedef struct GenState {
  const char *label;     /* the resume label, "yield_L4" */
  const char *kind;      /* "yield", "yield_from", "await", "async_yield_from", "async_for" */
  int line;              /* the Python line */
  const char *cname;     /* its name in the generator's enum of states: "count_up_to__yield_L4" */
  Label *resume;         /* the resume label */
} GenState;

/* One generator, coroutine or async generator function, as compiled. */
struct GenCode {
  Func *fn;
  struct Module *mod;    /* the module (file) it is in */
  Vec states;            /* GenState*: state n is states.items[n - 1] */
  Vec *lines;            /* Line*: the resume function, whole */
  int body, body_end;    /* lines[body, body_end): its body, after the dispatch */
};

/* A block of the body being built that control flow leaving it must know:
 * emit.c pushes one per loop, try, except clause and finally block. */
typedef enum BlockKind {
  B_LOOP,        /* while/for: break and continue targets; for: its iterator slot */
  B_TRY,         /* the body of a try with except clauses */
  B_HANDLER,     /* inside an except clause */
  B_TRY_FINALLY, /* the body, handlers and else of a try with finally */
  B_FINALLY,     /* inside a finally block */
  B_INLINE       /* the body of a generator inlined into its for loop (emit.c's InlineSite) */
} BlockKind;

typedef struct Block Block;
struct Block {
  BlockKind kind;
  Block *up;
  Label *brk, *cont;       /* B_LOOP */
  const char *iter;        /* B_LOOP over a for: the iterator slot, or NULL */
  const char *cleanup;     /* B_LOOP over an inlined generator: the statements that release its frame */
  Label *handler;          /* B_TRY: where exceptions go */
  Label *fin;              /* B_TRY_FINALLY: the finally label; B_FINALLY too */
  Label *fin_raise;        /* B_TRY_FINALLY: the label that records a pending exception */
  const char *why, *pending, *saved; /* B_TRY_FINALLY/B_FINALLY slots */
  const char *caught, *handled; /* B_HANDLER: the caught exception, the saved handled one */
  Var *as_var;             /* B_HANDLER: the `as` variable */
  Label *landing;          /* the error landing label */
  bool landing_used;
  bool jumps[8];           /* B_TRY_FINALLY: which completions (YWhy) reach the finally */
};

/* A numbered temporary, `tN_` (a C local) or `f->tN_` (a frame field). */
typedef struct Temp {
  bool frame; /* lives in the frame: made before a suspension point of its statement */
  bool busy;
  int id;
} Temp;

/* An expression compiled: a C expression of type YValue, either borrowed (a
 * variable, a constant) or owned by a temporary that must be released. */
typedef struct Opnd {
  const char *c; /* a C expression of type YValue */
  int temp;      /* >= 0: owned by this temp; -1: borrowed */
  bool imm;      /* a constant that needs no reference counting */
} Opnd;

/* The function being built. */
typedef struct FuncCode {
  Func *fn;
  Arena *arena;        /* where its lines and their text live (NULL: the compiler's arena) */
  bool gen;            /* generator/coroutine/async generator: variables are fields */
  Vec lines;           /* Line*: the body */
  int line;            /* the Python line of what is being emitted */
  Buf fields;          /* extra frame fields (temps, slots) */
  Buf locals;          /* extra C locals */
  Temp *temps;         /* every temporary made, reused when free */
  int ntemps, captemps;
  int *live;           /* live owned temps, in allocation order */
  int nlive, caplive;
  Block *block;        /* the innermost block */
  bool suspending;     /* the statement being emitted contains a suspension point */
  int susp_left;       /* of the part being emitted (a simple statement, an if or
                        * while test): the suspension points still to come, or
                        * -1, not counted; at 0 a new temp is a C local */
  Vec resume_live;     /* per state: the `yrt_clear(...)` of the frame temps live there */
  Vec value_slots;     /* YValue slot fields (iterators, caught exceptions) */
  Map label_names;     /* the names taken, to keep labels unique */
  Label *ret, *err;    /* the exits: return_, error_ */
  bool used_r, used_retval, used_unpack, used_st, used_out;
  int max_unpack;
  const char *tb_name; /* the function's name for tracebacks, as a C string literal */
  const char *tb_file; /* an imported module's: the C name of its file name (yrt_tb_add_in), else NULL */
  bool reraise;        /* emitting a bare `raise`: no new traceback entry */
  GenCode *gc;         /* generators: the states, for states.c */
  struct InlineSite *inl; /* the generator whose body is being inlined into a for loop, or NULL */
} FuncCode;

/* `for x in gen(args)` with gen's body inlined into the loop (emit.c's
 * emit_for_inline): gen's variables are slots of the caller, each yield
 * stores the item and runs the loop's body, which goes back after it.  A
 * `yield from sub(...)` in gen inlines sub's body too: a site inside. */
typedef struct InlineSite {
  Func *fn;                /* the generator function */
  struct InlineSite *up;   /* the site whose `yield from` this is, or NULL: the for loop's */
  const char **vars;       /* per Var.slot of fn: the caller's slot of a local, else NULL */
  Vec slots;               /* the YValue slots its statements made (its loops' iterators) */
  const char *locals;      /* the statements that release its variables */
  Label *done;             /* where its end goes: the loop's else, or after its `yield from` */
  /* The for loop's site only: */
  const char *item;        /* the C variable (a hidden temp) a yield leaves the item in */
  const char *at;          /* the slot saying after which yield to go on (1, 2, ...), or NULL: one yield */
  Vec resume;              /* Label*: where each yield goes on */
  Label *body;             /* the loop's body */
  Buf cleanup;             /* what releases every frame inlined, innermost first, when the loop is left early */
} InlineSite;

/* Lines. */
void code_out(FuncCode *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void code_comment(FuncCode *c, const char *text);
void code_return(FuncCode *c, const char *value, bool raise);
/* Labels and jumps. */
Label *code_new_label(FuncCode *c, const char *stem); /* unique in c, from "for_L7" */
void code_label(FuncCode *c, Label *l);               /* place it here */
void code_jump(FuncCode *c, Label *to);
void code_jump_if(FuncCode *c, const char *test, Label *to);
/* `if (test) { pre goto to; }` (pre "" allowed); raise: an exception's path. */
Line *code_jump_pre(FuncCode *c, const char *test, const char *pre, Label *to, bool raise);
/* `if (slot ==/!= w) goto to;`, known to the diagram as a test of the slot. */
void code_jump_why(FuncCode *c, const char *slot, int w, bool eq, Label *to);
/* `slot = w;`, then `goto then;` unless then is NULL. */
void code_set_why(FuncCode *c, const char *slot, int w, Label *then);
/* Suspension: the state and its resume label (kind "yield", "await", ...);
 * then code_suspend where the body stores it, code_resume_here at the label. */
Label *code_new_state(FuncCode *c, const char *kind, int line);
void code_suspend(FuncCode *c, Label *state);
void code_resume_here(FuncCode *c, Label *state);
/* A frame field (generators) or C local for a block's bookkeeping. */
const char *code_slot(FuncCode *c, const char *type, const char *stem, const char *init);
/* Temporaries and operands. */
int code_temp_new(FuncCode *c);
const char *code_temp_c(FuncCode *c, int t);
void code_temp_forget(FuncCode *c, int t); /* it no longer owns anything */
void code_temp_hide(FuncCode *c, int t);   /* reserved, not released on errors until shown */
void code_temp_show(FuncCode *c, int t);
Opnd opnd_borrowed(const char *cexpr);
Opnd opnd_constant(const char *cexpr);     /* unboxed or immortal: never counted */
Opnd code_owned(FuncCode *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void code_release(FuncCode *c, Opnd o);
const char *code_take(FuncCode *c, Opnd o); /* a new reference, no longer tracked */
Opnd code_own(FuncCode *c, Opnd o);         /* owned, so it survives later side effects */
/* Failure checks: jump to the innermost handler, releasing the live temps
 * except `keep`, after `what` (a statement raising the exception, or ""). */
Label *code_error_target(FuncCode *c);
void code_fail(FuncCode *c, const char *cond, const char *what, int keep);
void code_check(FuncCode *c, Opnd o);       /* if (YIS_ERR(o)) fail */
void code_check_r(FuncCode *c);             /* if (r_ < 0) fail */
void code_raise_now(FuncCode *c, const char *call);
/* The body is complete: drop the lines no path reaches and the labels no
 * goto names.  (Lines of the user's code are kept even when dead, as the C
 * compiler would see them anyway.) */
void code_finish(FuncCode *c);
/* Printing: `lines` as C into out.  With line directives, each code line
 * that comes from Python is mapped to its .py line and the rest back to
 * out_name; `map`, if given, receives the Line* of every printed line. */
typedef struct CodePrint {
  bool line_directives;
  const char *py_path;   /* as a C string literal */
  const char *c_path;    /* as a C string literal */
} CodePrint;
void code_print(Buf *out, Vec *lines, const CodePrint *opt, Vec *map);
/* code_print a piece at a time: emit.c prints each function as it is done,
 * before the top of the file (constants, declarations) is known.  Each
 * piece continues where the last left off; the #line directives back to the
 * .c in the pieces number the lines from the printer's start, and are listed
 * in fixups (when not NULL) for code_print_shift to renumber. */
typedef struct CodeFixup {
  size_t at;  /* where the number is in the text */
  int len;    /* its digits */
  int line;   /* the line it names, counted from the printer's start */
} CodeFixup;
typedef struct CodePrinter {
  const CodePrint *opt;
  Buf *out;
  Vec *map;              /* states.c: each line of the output's Line (or NULL) */
  Buf *fixups;           /* CodeFixup[], or NULL */
  int at;                /* the line of the output being written */
  int counted;           /* what C numbers that line, when it counts Python lines */
  bool in_py;            /* a #line naming the .py is in force */
  bool new_file;         /* since the last #line naming a .py */
  const char *py_path;   /* which .py (LN_FILE changes it) */
  const char *named;     /* the file the directives in force name */
} CodePrinter;
void code_print_begin(CodePrinter *p, Buf *out, const CodePrint *opt, Vec *map);
void code_print_lines(CodePrinter *p, Vec *lines);
/* Put head (headlen bytes) before text, whose fixups say where its
 * directives' numbers are, and raise each number by shift: in place. */
void code_print_shift(Buf *text, const Buf *fixups, int shift, const char *head, size_t headlen);
/* The call that adds the function's current line to a traceback. */
const char *code_tb_add(const FuncCode *c);
/* Append scaffolding text (pyline 0) to a line list. */
void code_text(Vec *lines, const char *text);

/* One .py file of the program. */
typedef struct Module {
  const char *name;      /* its __name__: "__main__" for the program, else the name imported */
  bool library;          /* a file of yieldc's library directory (runtime/lib): its warnings are
                            not shown, it may import the runtime's private modules */
  bool external;         /* compiled elsewhere: an imported module of yieldc's library, whose C is
                            in libyieldrt (yieldc --library-module); checked, never emitted */
  Vec imports;           /* Stmt*: its import statements, wherever they are (parse) */
  const char *cname;     /* emit: the C name of its YModule (not for __main__); yrt_lib_NAME for the
                            library's (external, or the --library-module being compiled) */
  const char *cfile;     /* emit: the C name of its path, for tracebacks (not for __main__) */
  const char *path;      /* as given on the command line, or as found on the search path */
  const char *src;       /* the source text (for the line comments in the C) */
  size_t srclen;
  Func *main;            /* the top-level code, kind F_MODULE */
  Vec globals;           /* Var*: module globals, in order of first appearance */
  Vec layouts;           /* Layout*: every class's that has one, each after its parent's (layout.c) */
  bool pep828_draft;     /* --pep828=draft: the March 2026 draft (async yield from; sync yield from in async generators) */
  Vec gens;              /* GenCode*: filled by emit_program, in the order of the C; the main module's has
                          * every module's generators (for --emit=dot, html) */
  Vec lines;             /* Line*: the main module: the whole C file, as emit_program built it */
} Module;

/* The program: the main module and the modules it imports (program.c). */
typedef struct Program {
  Vec modules;        /* Module*: the main module first, then the modules found, in the order found */
  Vec sources;        /* char*: their texts, malloc'd by read */
  Vec dirs;           /* const char*: before program_load the -I directories; after it the whole search path */
  const char *libdir; /* yieldc's library of modules written in Python, or NULL */
  bool has_libdir;    /* dirs ends with libdir */
  bool pep828_draft;  /* --pep828=draft, for every module */
  bool library_module; /* --library-module: the main file is a library module, compiled as imported */
  char *(*read)(const char *path, size_t *len); /* reads a file, NUL-terminated ("-": stdin); exits on failure */
} Program;
/* Parse the file at path and every module it imports, into p->modules. */
void program_load(Program *p, const char *path);
/* The order sema checks the modules in: each after the modules it imports
 * (depth first from the program; in a cycle, the one reached last first). */
Vec program_check_order(Program *p);

/* ===================================================================== */
/* parse.c: source text -> AST                                            */
/* ===================================================================== */

/* The AST of the file, by way of scan.c and tree-sitter.  Exits through
 * diag_error on a syntax error; constructs outside the subset are left in
 * the tree for sema_check (see UnsupportedKind). */
Module *parse_module(const char *path, const char *src, size_t len);
/* What parse_module leaves when an error stops it (tree-sitter's parser and
 * pool): given back.  For the fuzzer, which goes on; parse_module itself
 * calls it when it is done. */
void parse_release(void);
/* An expression node of `kind` at pos; a construct outside the subset,
 * recorded for sema (parse.c, also for literal.c). */
Expr *parse_new_expr(ExprKind kind, Pos pos);
const Unsupported *parse_unsupported(UnsupportedKind kind, Pos pos, const char *name);

/* ===================================================================== */
/* literal.c: number and string literals from their text                  */
/* ===================================================================== */

/* An int literal t[0, len) at pos (negate: the operand of a unary minus,
 * so that -2**63 fits); a float literal. */
Expr *literal_int(const char *t, size_t len, Pos pos, bool negate);
Expr *literal_float(const char *t, size_t len, Pos pos);
/* Decode a literal piece, sc->src[off, off+n), into b: escapes unless raw,
 * `{{`/`}}` in f-strings, bytes escapes as bytes, newlines as '\n'; the
 * first escape outside the subset goes to *unsupported. */
void literal_unescape(const Scan *sc, Buf *b, size_t off, size_t n, bool raw, bool fstring, bool bytes,
                      const Unsupported **unsupported);
/* Are all of a display's items constants (after CPython's folding)?  Make
 * e, such a set display, the frozenset constant CPython 3.11 makes (ival =
 * mode, see E_SET): equal displays in a module share the first one's items,
 * in its order; *sets lists the constants so far. */
typedef struct ConstSet ConstSet;
bool literal_all_constant(const Expr *e);
void literal_const_set(ConstSet **sets, Expr *e, int mode);

/* ===================================================================== */
/* dump.c: the AST as text                                                */
/* ===================================================================== */

/* Print the AST as S-expressions (--dump-ast; for tests and debugging). */
void dump_module(FILE *out, Module *m);

/* ===================================================================== */
/* sema.c: what the language accepts, scopes, warnings                    */
/* ===================================================================== */

/* Reject what yieldc does not compile and what CPython's compiler rejects
 * ('return' outside function, ...), in source order.  Before --dump-ast too. */
void sema_check(Module *m);
/* After sema_check: resolve names, classify functions and variables, queue
 * the warnings, then reject what the code generator cannot compile. */
void sema_module(Module *m);

/* ===================================================================== */
/* layout.c: the instance structs of classes                              */
/* ===================================================================== */

/* Give each class its Layout and each method its self_class/self_var
 * (after sema_module). */
void layout_module(Module *m);
/* The layout of cls's chain that adds field `name` (self.name in a method
 * of cls), or NULL when name is not a field of cls. */
Layout *layout_owner(Func *cls, const char *name);
/* The builtin called `name` (print, len, ValueError, ...), or NULL. */
const Builtin *sema_builtin(const char *name);
/* Is e the name `asyncio`, bound only by `import asyncio` of the library's
 * asyncio.py (whose run, sleep, gather and create_task are the C core's)? */
bool sema_is_asyncio(const Expr *e);
/* The module `e` names, if it is a global bound only by `import module [as
 * name]` and never deleted; else NULL. */
const char *sema_module_of(const Expr *e);
/* The same for a module of the program's (a .py file compiled with it). */
struct Module *sema_imported_of(const Expr *e);
/* fn's own variable `name` (one of fn->vars), or NULL; a hash lookup. */
Var *sema_var(Func *fn, const char *name);

/* ===================================================================== */
/* emit.c: the C translation                                              */
/* ===================================================================== */

typedef struct EmitOptions {
  bool line_directives;  /* #line directives back to the .py */
  const char *out_name;  /* the C file's name, for the #line directives that return to it */
  const char *prefix;    /* the C API's prefix: the module's name ("counter" for counter.py) */
  bool pep828_draft;     /* --pep828=draft (main_compile copies it into Module) */
  bool library_module;   /* --library-module: the main file as the library module libyieldrt holds
                            (an exported YModule yrt_lib_NAME; no main function, no C API) */
  bool no_inline;        /* --no-inline: every `for` steps its generator's state machine */
  bool keep_lines;       /* keep every Line (Module.lines, GenCode.lines) for states.c; else each
                            function's lines are printed when it is done and released */
} EmitOptions;
/* The whole program into one C file: each module, then the main function. */
void emit_program(Buf *out, Program *p, const EmitOptions *opt);
/* The header declaring the module's C API (call after emit_program). */
void emit_header(Buf *out, Module *m, const EmitOptions *opt);

/* ---- shared by emit.c and emit_expr.c (the emitter's two halves) ----- */

extern Module *emit_mod; /* the module being emitted */
/* emit_expr.c: an expression as an operand (owned or borrowed); with want
 * false its value is not needed (an expression statement). */
Opnd emit_expr(FuncCode *c, Expr *e);
Opnd emit_expr_want(FuncCode *c, Expr *e, bool want);
/* Jump to target when e is false (or true, if when). */
void emit_cond_jump(FuncCode *c, Expr *e, bool when, Label *target);
/* Is e a leaf that evaluates without side effects or failure? */
bool emit_simple_expr(Expr *e);
/* The operands of n arguments, evaluated left to right (an earlier one
 * made owned when a later one could rebind what it borrows). */
Opnd *emit_args(FuncCode *c, Expr **items, int n);
/* `(YValue[]){a, b}` (or NULL) for n operands; release them. */
const char *emit_args_array(Opnd *ops, int n);
void emit_release_all(FuncCode *c, Opnd *ops, int n);
/* The runtime function of a binary operator (yrt_add, ...). */
const char *emit_binop_fn(Op op);
/* A def's function object, made where the def stands (defaults, cells). */
Opnd emit_make_function(FuncCode *c, Func *fn);
/* Does fn take exactly its positional parameters (no defaults, * or **)?
 * Is its function object a static one (no free variables, no defaults)? */
bool emit_simple_signature(Func *fn);
bool emit_static_function(Func *fn);
/* The delegation that yield from, await and async for share: fn
 * (yrt_yield_from, yrt_await, ...) makes src (owned, stolen) the
 * generator's delegate; the body goes on at the state `kind` of `line`. */
void emit_delegation(FuncCode *c, const char *kind, int line, const char *fn, const char *src, bool await_only);
/* emit.c: a function's C, once (its children from their defs). */
void emit_func(Func *fn);
/* The static str (or bytes) object of a literal, by C name; as an operand. */
const char *emit_str_const_of(const char *s, size_t n, bool bytes);
const char *emit_str_const(const char *s, size_t n);
Opnd emit_str_opnd(const char *s, size_t n);
/* A module global's C variable; the YCell* of a cell or free variable. */
const char *emit_global_cname(Var *v);
const char *emit_cell_of(FuncCode *c, Var *v);
/* Is name one of the runtime's name ids (yrt_names.h)? */
bool emit_known_name(const char *name);
/* obj.name, owned: a field of self (layout.c) or the generic lookup. */
const char *emit_load_attr(FuncCode *c, const Expr *t, const char *obj);
/* A variable's value (checked bound unless `bound`); store an owned value. */
Opnd emit_load_var(FuncCode *c, Var *v, bool bound);
void emit_check_var(FuncCode *c, Var *v, bool bound); /* read for its NameError only */
void emit_store_var(FuncCode *c, Var *v, const char *value);

/* ===================================================================== */
/* states.c: the state machines, for people                               */
/* ===================================================================== */

/* Call these after emit_program, which builds m->lines and m->gens. */
/* A Graphviz digraph with one cluster per generator. */
void states_dot(Buf *out, Module *m);
/* A self-contained HTML page: the Python beside the C (as --no-line prints
 * it), each C line linked to the Python line it came from. */
void states_html(Buf *out, Module *m);

#endif /* YIELDC_H */
