/* yield_from_depth1.py by hand: the depth-500 chain with one link. */
#define DEPTH 1
#include "yield_from_depth500.c"
