/* bench/hand.h: what the hand-written C benchmarks (bench/NAME.c) share.
 *
 * A generator by hand is a frame, a struct that starts with a struct gen
 * and holds the locals that live across a yield, and a resume function,
 * a switch on the frame's state that jumps back to where the last yield
 * left off (the `case` labels sit inside the loops, Duff's-device style).
 * It returns 1 with the yielded value in g.value, or 0 when finished.
 *
 * Each NAME.c is built twice (bench/run.sh):
 *   cc -DHEAP  the "heap" build: every frame is malloc'd and resumed
 *              through the function pointer kept in it, as a generic
 *              generator object is; gen_new is opaque to the optimiser,
 *              so the call stays indirect;
 *   cc         the "stack" build: every frame is a local variable of its
 *              consumer (or laid out by main) and resumed by a direct
 *              call to NAME_resume.
 * In the heap build resume functions are noinline (and called through a
 * pointer anyway).  In the stack build the C compiler may inline them and
 * fold the generator into its consumer's loop: that is the point of the
 * column, the best a compiler can do with a frame it can see whole, and the
 * performance issue's target for a `for` over a generator that does not
 * escape.
 */
#ifndef BENCH_HAND_H
#define BENCH_HAND_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef HEAP
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif
#if defined(__GNUC__) && !defined(__clang__)
#define OPAQUE __attribute__((noipa))
#else
#define OPAQUE __attribute__((noinline))
#endif

struct gen {
#ifdef HEAP
  int (*resume)(struct gen *); /* how the consumer resumes it */
#endif
  int state;                   /* where to resume; 0: not started */
  long long value;             /* the value last yielded (or returned) */
};

#ifdef HEAP
static OPAQUE void *gen_new(size_t size, int (*resume)(struct gen *)) {
  struct gen *g = calloc(1, size);
  if (!g) abort();
  g->resume = resume;
  return g;
}
/* NEW(T, p): a fresh frame of generator T, struct T *p; NEXT(T, g): resume
 * the struct gen *g, a T; FREE(p): drop the frame. */
#define NEW(T, p) struct T *p = gen_new(sizeof(struct T), T##_resume)
#define NEXT(T, g) ((g)->resume(g))
#define FREE(p) free(p)
#else
#define NEW(T, p) struct T p##_frame = {0}, *p = &p##_frame
#define NEXT(T, g) T##_resume(g)
#define FREE(p) ((void)0)
#endif
#endif
