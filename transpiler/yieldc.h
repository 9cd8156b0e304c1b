/*
 * yieldc.h: the one internal header of the yieldc compiler.
 *
 * The compiler is a pipeline of four passes over one source file, each in its
 * own file, all allocating from one arena that is freed when the file is done:
 *
 *   parse.c  tree-sitter's concrete tree -> yieldc's AST (Expr, Stmt, Func).
 *            The only file that sees tree-sitter's types.  Rejects syntax
 *            errors and constructs outside the subset.
 *   sema.c   scopes: which names are locals, cells, free or global variables;
 *            which functions are generators, coroutines or async generators;
 *            which statements contain a suspension point; then the warnings.
 *   emit.c   the AST -> C: one struct and one resume function per generator,
 *            plain C functions for the rest, and main() for the module body.
 *   states.c the state machine of each generator, read off the control flow
 *            emit.c recorded while writing it: a Graphviz diagram
 *            (--emit=dot) and a page with the Python beside the C
 *            (--emit=html), for people learning how generators compile.
 *   main.c   the command line.
 *
 * Errors in the user's program go through diag.c and stop the compiler at the
 * first one (exit status 1).  Warnings (sema.c's last pass finds them) are
 * queued in diag.c and printed in source order once the program is compiled;
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

/* A growable byte buffer for generated text. */
typedef struct Buf {
  char *data;
  size_t len, cap;
} Buf;
void buf_putc(Buf *b, char c);
void buf_puts(Buf *b, const char *s);
void buf_putn(Buf *b, const char *s, size_t n);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(Buf *b, const char *fmt, va_list ap);
void buf_free(Buf *b);

/* A growable array of pointers (arena backed). */
typedef struct Vec {
  void **items;
  int len, cap;
} Vec;
void vec_push(Vec *v, void *item);

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
/* Remove this file if the compiler exits on an error (no half-written output). */
void diag_remove_on_error(const char *path);
/* For the fuzzer only: call hook, which must not return, instead of exit(1). */
void diag_set_exit_hook(void (*hook)(void));
/* A bug in yieldc. */
__attribute__((noreturn)) void diag_unreachable(const char *file, int line);
#define unreachable() diag_unreachable(__FILE__, __LINE__)

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

typedef enum ExprKind {
  E_NAME,        /* a variable: name; var after sema */
  E_NONE,        /* None */
  E_TRUE,        /* True */
  E_FALSE,       /* False */
  E_INT,         /* an int literal: ival */
  E_FLOAT,       /* a float literal: fval */
  E_STR,         /* a str literal, escapes decoded, adjacent literals joined: str, len */
  E_FSTRING,     /* an f-string: items[] are E_STR and E_FORMAT pieces */
  E_FORMAT,      /* one {value!conv:spec} of an f-string: a = value, conv ('r', 's', 'a' or 0), b = spec (an E_FSTRING) or NULL */
  E_BINOP,       /* a op b, op one of OP_ADD..OP_POW */
  E_UNARY,       /* op a, op one of OP_NEG, OP_POS, OP_INVERT, OP_NOT */
  E_BOOLOP,      /* a and b, a or b: op OP_AND or OP_OR */
  E_COMPARE,     /* a ops[0] items[0] ops[1] items[1] ...: a chained comparison */
  E_IFEXP,       /* b if a else c */
  E_CALL,        /* a(items...) with keyword arguments kwnames[i] = kwvalues[i] */
  E_ATTR,        /* a.name */
  E_SUBSCRIPT,   /* a[b] */
  E_SLICE,       /* a:b:c inside a subscript; absent parts are NULL */
  E_LIST,        /* [items...] */
  E_TUPLE,       /* (items...) */
  E_DICT,        /* {items[0]: items[1], items[2]: items[3], ...} */
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
   * spell them as C identifiers.  Expr.a/b/c of the E_*COMP node are unused.
   */
  E_LISTCOMP,    /* [elt for ...]: func is the comprehension's function (above) */
  E_DICTCOMP,    /* {key: value for ...}: func */
  E_GENEXP,      /* (elt for ...): func, a generator */
  E_LAMBDA,      /* lambda params: body: func */
  E_YIELD,       /* yield a (a NULL: yield None) */
  E_YIELD_FROM,  /* yield from a */
  E_AWAIT,       /* await a */
  E_ASYNC_YIELD_FROM, /* async yield from a (PEP 828); pos is that of `async` */
  E_STARRED      /* *a, as a call argument: its items become arguments */
} ExprKind;

struct Expr {
  ExprKind kind;
  Pos pos;
  Expr *a, *b, *c;   /* operands, by kind */
  Op op;
  Op *ops;           /* E_COMPARE: nitems operators */
  Expr **items;      /* E_LIST/TUPLE/DICT/CALL/COMPARE/FSTRING elements */
  int nitems;
  char **kwnames;    /* E_CALL keyword arguments */
  Expr **kwvalues;
  int nkw;
  const char *name;  /* E_NAME, E_ATTR */
  Var *var;          /* E_NAME: resolved by sema */
  bool bound;        /* E_NAME of a local: sema proved it is always bound here */
  int64_t ival;      /* E_INT */
  double fval;       /* E_FLOAT */
  const char *str;   /* E_STR: UTF-8, NUL-terminated, may contain NUL */
  size_t len;        /* E_STR: bytes */
  char conv;         /* E_FORMAT */
  Func *func;        /* E_LISTCOMP/DICTCOMP/GENEXP/LAMBDA */
  Expr *first_iter;  /* comprehensions: the outermost iterable, evaluated in the enclosing scope */
};

/* One `except` clause. */
typedef struct Handler {
  Pos pos;
  Expr *type;       /* NULL for a bare except */
  const char *name; /* `as name`, or NULL */
  Var *var;         /* the variable `name` after sema */
  Stmt *body;
} Handler;

typedef enum StmtKind {
  S_EXPR,      /* an expression statement: value */
  S_ASSIGN,    /* targets[0] = targets[1] = ... = value */
  S_AUGASSIGN, /* target op= value: targets[0], op */
  S_PASS,      /* pass */
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
  S_DEF,       /* def / async def: func */
  S_CLASS,     /* class name(base): pass, an exception class: name, base */
  S_IMPORT     /* import asyncio: name */
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
  bool is_async;       /* S_FOR: async for */
  Stmt *body, *orelse, *finalbody;
  Handler **handlers;  /* S_TRY */
  int nhandlers;
  const char **names;  /* S_GLOBAL */
  int nnames;
  const char *name;    /* S_CLASS, S_IMPORT */
  Expr *base;          /* S_CLASS: the base class expression */
  Func *func;          /* S_DEF */
  bool suspends;       /* sema: the statement contains a yield or an await */
  const char *cname;   /* emit: S_CLASS: the C name of the class's static type */
};

/* What a function is, decided by sema from its body. */
typedef enum FuncKind {
  F_PLAIN,     /* an ordinary function */
  F_GENERATOR, /* def containing yield (or a generator expression) */
  F_COROUTINE, /* async def without yield */
  F_ASYNCGEN,  /* async def containing yield */
  F_MODULE     /* the module's top-level code */
} FuncKind;

/* Where a variable lives. */
typedef enum VarKind {
  V_LOCAL,   /* a local of its function */
  V_CELL,    /* a local that inner functions read: stored in a YCell */
  V_FREE,    /* a variable of an enclosing function, read through the closure */
  V_GLOBAL,  /* a module global */
  V_BUILTIN  /* a builtin name not shadowed by a global */
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
  Stmt *class_def;  /* the S_CLASS statement, if that is its only binding */
};

struct Func {
  const char *name;      /* "count_up_to", "<lambda>", "<genexpr>", "<listcomp>", "<module>" */
  const char *qualname;  /* "outer.<locals>.inner" */
  Pos pos;
  FuncKind kind;
  bool is_async;         /* async def */
  bool is_lambda;        /* lambda: body is one S_RETURN */
  bool is_comprehension; /* listcomp/dictcomp/genexp: params[0] is the outermost iterator ".0" */
  const char **params;
  int nparams;
  Stmt *body;
  Func *parent;          /* the enclosing function (the module for top-level defs) */
  Vec vars;              /* Var*: every name bound or used here */
  Vec frees;             /* Var*: V_FREE vars in cell index order */
  Vec children;          /* Func*: nested functions, lambdas, comprehensions */
  bool has_yield;        /* contains yield / yield from / async yield from */
  bool has_await;        /* contains await / async for */
  const char *cname;     /* the C identifier stem (emit) */
};

/* An exception class defined in the module. */
typedef struct ClassDef {
  const char *name;
  Pos pos;
  Expr *base;
} ClassDef;

/* ===================================================================== */
/* The control flow of a resume function, recorded by emit.c             */
/* ===================================================================== */

/* As emit.c writes a generator's resume function it records, in the order
 * of the C, every label, every goto and every suspension.  That record is
 * the C's control flow at the level states.c needs: which suspension points
 * each resumption can reach, and whether the path passes through an except
 * clause or a finally block.  The diagram is thus read off the code that was
 * generated, not off a second model of Python. */
typedef enum FlowKind {
  FL_LABEL,   /* a C label, `name:` */
  FL_JUMP,    /* `goto name;` (only sometimes, if cond) */
  FL_SUSPEND, /* `f->gen.label = state;`: the body suspends at that state */
  FL_SETWHY,  /* `why = state;`: a try's pending completion (a YWhy) in slot `name` */
} FlowKind;

typedef enum FlowRole {
  FR_PLAIN,   /* an ordinary label */
  FR_RESUME,  /* where `state` resumes */
  FR_EXCEPT,  /* the start of the except clauses of the try on `line` */
  FR_FINALLY, /* the start of the finally block of the try on `line` */
} FlowRole;

typedef struct Flow {
  FlowKind kind;
  FlowRole role;         /* FL_LABEL */
  const char *name;      /* the label, or the jump's target ("return_", "error_": the exits) */
  int state;             /* FL_SUSPEND, FR_RESUME: the state, 1-based as in f->gen.label */
  int line;              /* FR_EXCEPT, FR_FINALLY: the Python line of the try */
  bool cond;             /* FL_JUMP: taken only when a condition holds */
  bool raise;            /* FL_JUMP: the path of an exception */
  const char *why;       /* FL_JUMP: the condition tests this why slot... */
  int why_is;            /* ...for this YWhy, */
  bool why_eq;           /* ...with == (or !=) */
} Flow;

/* A suspension point: the state a generator is in while suspended there. */
typedef struct GenState {
  const char *label;     /* the resume label, "yield_L4" */
  const char *kind;      /* "yield", "yield_from", "await", "async_yield_from", "async_for" */
  int line;              /* the Python line */
} GenState;

/* One generator, coroutine or async generator function. */
typedef struct GenFlow {
  Func *fn;
  Vec states;            /* GenState*: state n is states.items[n - 1] */
  Vec ops;               /* Flow*: the resume body's control flow, in order */
} GenFlow;

/* The whole program. */
typedef struct Module {
  const char *path;      /* as given on the command line */
  const char *src;       /* the source text (for the line comments in the C) */
  size_t srclen;
  Func *main;            /* the top-level code, kind F_MODULE */
  Vec globals;           /* Var*: module globals, in order of first appearance */
  bool imports_asyncio;
  Vec flows;             /* GenFlow*: filled by emit_module, in the order of the C */
} Module;

/* ===================================================================== */
/* The passes                                                             */
/* ===================================================================== */

/* parse.c: source text -> AST.  Exits through diag_error on bad input. */
Module *parse_module(const char *path, const char *src, size_t len);
/* For tests: print the AST as S-expressions. */
void parse_dump(FILE *out, Module *m);

/* sema.c: resolve names, classify functions and variables. */
void sema_module(Module *m);
/* Is `name` a builtin yieldc knows (print, len, ValueError, ...)? */
bool sema_is_builtin(const char *name);

/* emit.c: write the C translation. */
typedef struct EmitOptions {
  bool line_directives;  /* #line directives back to the .py */
  const char *out_name;  /* the C file's name, for the #line directives that return to it */
  const char *prefix;    /* the C API's prefix: the module's name ("counter" for counter.py) */
} EmitOptions;
void emit_module(Buf *out, Module *m, const EmitOptions *opt);
/* The header declaring the module's C API (call after emit_module). */
void emit_header(Buf *out, Module *m, const EmitOptions *opt);

/* states.c: for people (call after emit_module, which records the flows). */
/* A Graphviz digraph with one cluster per generator. */
void states_dot(Buf *out, Module *m);
/* A self-contained HTML page: the Python beside the C, which is c_text as
 * emit_module wrote it with #line directives and out_name STATES_C_NAME
 * (the directives are not shown: they say which Python line each C line
 * came from). */
#define STATES_C_NAME "<C>"
void states_html(Buf *out, Module *m, const char *c_text);

#endif /* YIELDC_H */
