/*
 * fuzz_alloc.c: the fuzzer's allocator for the compiler (see fuzz_alloc.h).
 *
 * Each block carries a header linking it into one circular list of the
 * blocks alive, so that fuzz_free_all() can free, after each input, what
 * an error exit left behind.  The header keeps the payload aligned as
 * malloc's is; the blocks themselves come from malloc, so AddressSanitizer
 * still sees overflows past their end and uses after free.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef union Block {
  struct {
    union Block *prev, *next;
  } link;
  max_align_t align; /* the payload after the header is aligned like malloc's */
} Block;

static Block live = {.link = {&live, &live}};

static void fuzz_link(Block *b) {
  b->link.prev = &live;
  b->link.next = live.link.next;
  live.link.next->link.prev = b;
  live.link.next = b;
}

static void fuzz_unlink(Block *b) {
  b->link.prev->link.next = b->link.next;
  b->link.next->link.prev = b->link.prev;
}

void *fuzz_malloc(size_t n) {
  if (n > SIZE_MAX - sizeof(Block))
    return NULL;
  Block *b = malloc(sizeof(Block) + n);
  if (!b)
    return NULL;
  fuzz_link(b);
  return b + 1;
}

void *fuzz_calloc(size_t n, size_t size) {
  if (size && n > SIZE_MAX / size)
    return NULL;
  void *p = fuzz_malloc(n * size);
  if (p)
    memset(p, 0, n * size);
  return p;
}

void *fuzz_realloc(void *p, size_t n) {
  if (!p)
    return fuzz_malloc(n);
  if (n > SIZE_MAX - sizeof(Block))
    return NULL;
  Block *b = (Block *)p - 1;
  fuzz_unlink(b);
  Block *nb = realloc(b, sizeof(Block) + n);
  if (!nb) {
    fuzz_link(b);
    return NULL;
  }
  fuzz_link(nb);
  return nb + 1;
}

void fuzz_free(void *p) {
  if (!p)
    return;
  Block *b = (Block *)p - 1;
  fuzz_unlink(b);
  free(b);
}

char *fuzz_strdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = fuzz_malloc(n);
  if (p)
    memcpy(p, s, n);
  return p;
}

void fuzz_free_all(void) {
  while (live.link.next != &live) {
    Block *b = live.link.next;
    fuzz_unlink(b);
    free(b);
  }
}
