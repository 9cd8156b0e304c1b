/*
 * fuzz_alloc.h: force-included (-include) into every file of the compiler
 * and of tree-sitter in the fuzzer build, and only there.
 *
 * The compiler is a one-shot process: after an error it exits and leaves
 * its malloc'd memory (tree-sitter's parser and tree, text buffers) to the
 * system.  The fuzzer compiles millions of inputs in one process, so after
 * each input it frees whatever the compile left.  These macros route the
 * compiler's and tree-sitter's allocations through fuzz_alloc.c, which
 * keeps every live block on a list; fuzz_free_all() frees them all.  The
 * system headers come first, so they still declare the real functions.
 */
#ifndef FUZZ_ALLOC_H
#define FUZZ_ALLOC_H

/* This file comes before any of the file's own lines, so the feature macros
 * the compiler's files define (util.c: madvise; program.c: realpath) must be
 * defined here, the same way, before the first system header. */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif

#include <stdlib.h>
#include <string.h>

void *fuzz_malloc(size_t n);
void *fuzz_calloc(size_t n, size_t size);
void *fuzz_realloc(void *p, size_t n);
void fuzz_free(void *p);
char *fuzz_strdup(const char *s);
/* Free every block allocated through these functions and not yet freed. */
void fuzz_free_all(void);

#define malloc fuzz_malloc
#define calloc fuzz_calloc
#define realloc fuzz_realloc
#define free fuzz_free
#define strdup fuzz_strdup

#endif
