/*
 * random.c: the random module of CPython 3.11, its module-level functions
 * (the methods of the hidden instance random._inst), giving CPython's exact
 * sequences after the same seed.
 *
 * Design
 * ------
 * The generator is the Mersenne Twister MT19937 (Matsumoto and Nishimura's
 * 2002 reference algorithm), seeded as CPython's _random does: an int seed
 * is |a| cut into 32-bit words, least significant first (one word for 0),
 * and handed to init_by_array; a float (or any other hashable the Python
 * layer lets through) is seeded by its hash taken as an unsigned 64-bit
 * int; a str, bytes seed with version=2 (the default) is the int
 * int.from_bytes(a + sha512(a).digest()) (big-endian; a str as UTF-8), with
 * the SHA-512 of FIPS 180-4 written here; version=1 is Python 2's string
 * hash.  seed() or seed(None) takes 624 words from the OS (/dev/urandom,
 * else the time and the pid), as does the module's import.
 *
 * Every other function follows Lib/random.py 3.11 step for step, so that
 * each draws the same words in the same order: random() is 53 bits from two
 * words (a>>5, b>>6); getrandbits(k) takes ceil(k/32) words, the last one
 * shifted right to k's remaining bits; _randbelow(n) draws
 * getrandbits(n.bit_length()) until it is below n (so randrange, randint,
 * choice, shuffle and sample agree with CPython), and sample switches
 * between its pool and its set of selections at CPython's set size.  Where
 * random.py does arithmetic on the caller's values (uniform's
 * a + (b - a) * random(), randrange's int arithmetic, the mu + z * sigma of
 * the normal distributions, choices' accumulated weights) this file uses
 * the runtime's generic operators, so types, big ints and errors are
 * Python's; the pure float steps are C doubles, as they are in CPython.
 * Ints past 64 bits (getrandbits(200), randrange(10**30)) are bigint.c's.
 *
 * Argument errors are the ones a call of a bound method of a Python class
 * gives ("Random.randint() missing 1 required positional argument: 'b'"),
 * and those of the C methods random() and getrandbits(); every message was
 * checked against python3 (tests/unit/test_random.c).
 *
 * Left out: the Random and SystemRandom classes (the module-level functions
 * are not bound methods here: repr(random.randint) is "<built-in function
 * randint>").  randrange's DeprecationWarning for integral floats
 * (randrange(3.0)) is not printed; the call works as in CPython.  A sample
 * population must be a list, tuple, str, bytes or range (CPython accepts
 * any registered collections.abc.Sequence).
 */
#include "rt.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* math.pi, math.tau, math.e */
#define PI 3.141592653589793
#define TWOPI 6.283185307179586
#define E_ 2.718281828459045

/* ===================================================================== */
/* MT19937                                                                */
/* ===================================================================== */

#define MT_N 624
#define MT_M 397

static uint32_t mt[MT_N];
static int mt_index = MT_N + 1; /* MT_N: the block is used up */
/* random._inst.gauss_next: None, or the second value of the last pair. */
static YValue gauss_next = {.tag = YT_NONE, .u = {.i = 0}};

static void mt_init(uint32_t s) {
  mt[0] = s;
  for (int i = 1; i < MT_N; i++) mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
  mt_index = MT_N;
}

static void mt_init_by_array(const uint32_t *key, size_t len) {
  mt_init(19650218u);
  size_t i = 1, j = 0;
  for (size_t k = MT_N > len ? MT_N : len; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
    i++, j++;
    if (i >= MT_N) {
      mt[0] = mt[MT_N - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (size_t k = MT_N - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
    i++;
    if (i >= MT_N) {
      mt[0] = mt[MT_N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u; /* a nonzero initial array */
}

static uint32_t mt_next(void) {
  static const uint32_t mag01[2] = {0, 0x9908b0dfu};
  if (mt_index >= MT_N) {
    int k = 0;
    uint32_t y;
    for (; k < MT_N - MT_M; k++) {
      y = (mt[k] & 0x80000000u) | (mt[k + 1] & 0x7fffffffu);
      mt[k] = mt[k + MT_M] ^ (y >> 1) ^ mag01[y & 1];
    }
    for (; k < MT_N - 1; k++) {
      y = (mt[k] & 0x80000000u) | (mt[k + 1] & 0x7fffffffu);
      mt[k] = mt[k + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
    }
    y = (mt[MT_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
    mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
    mt_index = 0;
  }
  uint32_t y = mt[mt_index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

/* random(): a float of 53 random bits in [0, 1). */
static double mt_random(void) {
  uint32_t a = mt_next() >> 5, b = mt_next() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* getrandbits(k) for 0 < k <= 64, as CPython draws it: the first word is the
 * least significant, the last one keeps its top bits. */
static uint64_t mt_bits64(int k) {
  if (k <= 32) return mt_next() >> (32 - k);
  uint64_t lo = mt_next();
  uint64_t hi = mt_next() >> (64 - k);
  return lo | hi << 32;
}

/* getrandbits(k), k >= 0: an int. */
static YValue mt_bits(int64_t k) {
  if (k == 0) return yint(0);
  if (k < 64) return yint((int64_t)mt_bits64((int)k));
  size_t n = (size_t)((k - 1) / 32 + 1);
  uint32_t *w = yrt_malloc(n * sizeof *w);
  for (size_t i = 0; i < n; i++, k -= 32) w[i] = k < 32 ? mt_next() >> (32 - k) : mt_next();
  YValue r = yrt_int_from_u32(w, n);
  free(w);
  return r;
}

/* _randbelow_with_getrandbits(n) for 0 < n < 2**63. */
static int64_t below(int64_t n) {
  int k = 64 - __builtin_clzll((unsigned long long)n);
  uint64_t r;
  do r = mt_bits64(k);
  while (r >= (uint64_t)n);
  return (int64_t)r;
}

/* _randbelow(n) for any int n > 0. */
static YValue below_int(YValue n) {
  if (n.tag != YT_OBJ) return yint(below(n.u.i));
  int64_t k = yrt_int_bits(n, 0);
  for (;;) {
    YValue r = mt_bits(k);
    if (YIS_ERR(r) || yrt_int_cmp(r, n) < 0) return r;
    yrt_decref(r);
  }
}

/* ===================================================================== */
/* SHA-512 (FIPS 180-4), for str and bytes seeds                          */
/* ===================================================================== */

static const uint64_t sha_k[80] = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
    0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
    0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
    0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
    0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
    0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
    0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817};

static uint64_t ror64(uint64_t x, int n) { return x >> n | x << (64 - n); }

static void sha512_block(uint64_t h[8], const unsigned char *p) {
  uint64_t w[80];
  for (int t = 0; t < 16; t++) {
    w[t] = 0;
    for (int b = 0; b < 8; b++) w[t] = w[t] << 8 | p[8 * t + b];
  }
  for (int t = 16; t < 80; t++) {
    uint64_t s0 = ror64(w[t - 15], 1) ^ ror64(w[t - 15], 8) ^ w[t - 15] >> 7;
    uint64_t s1 = ror64(w[t - 2], 19) ^ ror64(w[t - 2], 61) ^ w[t - 2] >> 6;
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int t = 0; t < 80; t++) {
    uint64_t t1 = hh + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & f) ^ (~e & g)) + sha_k[t] + w[t];
    uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
    hh = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
  }
  h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

/* The SHA-512 digest of data[0..n) into out[64]. */
static void sha512(const unsigned char *data, size_t n, unsigned char out[64]) {
  uint64_t h[8] = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                   0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
  size_t i = 0;
  for (; n - i >= 128; i += 128) sha512_block(h, data + i);
  unsigned char last[256] = {0};
  size_t rest = n - i;
  memcpy(last, data + i, rest);
  last[rest] = 0x80;
  size_t len = rest + 17 <= 128 ? 128 : 256;
  uint64_t bits = (uint64_t)n * 8; /* the high 64 bits of the 128-bit length stay 0 */
  for (int b = 0; b < 8; b++) last[len - 1 - b] = (unsigned char)(bits >> (8 * b));
  for (size_t j = 0; j < len; j += 128) sha512_block(h, last + j);
  for (int t = 0; t < 8; t++)
    for (int b = 0; b < 8; b++) out[8 * t + b] = (unsigned char)(h[t] >> (56 - 8 * b));
}

/* ===================================================================== */
/* Seeding                                                                */
/* ===================================================================== */

/* Seed with the unsigned int whose 32-bit words are w[0..n) (n >= 1). */
static void seed_words(const uint32_t *w, size_t n) {
  while (n > 1 && w[n - 1] == 0) n--;
  mt_init_by_array(w, n);
}

static void seed_u64(uint64_t x) {
  uint32_t w[2] = {(uint32_t)x, (uint32_t)(x >> 32)};
  seed_words(w, 2);
}

/* Seed with the big-endian unsigned int of bytes p[0..n). */
static void seed_bytes_be(const unsigned char *p, size_t n) {
  size_t nw = n / 4 + 1;
  uint32_t *w = yrt_calloc(nw, sizeof *w);
  for (size_t i = 0; i < n; i++) w[i / 4] |= (uint32_t)p[n - 1 - i] << (8 * (i % 4));
  seed_words(w, nw);
  free(w);
}

/* seed(None): 624 words from the OS, else the time and the pid. */
static void seed_os(void) {
  uint32_t key[MT_N];
  size_t got = 0;
  int fd = open("/dev/urandom", O_RDONLY);
  if (fd >= 0) {
    while (got < sizeof key) {
      ssize_t r = read(fd, (char *)key + got, sizeof key - got);
      if (r <= 0) {
        if (r < 0 && errno == EINTR) continue;
        break;
      }
      got += (size_t)r;
    }
    close(fd);
  }
  if (got == sizeof key) {
    mt_init_by_array(key, MT_N);
    return;
  }
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  uint32_t k[5] = {(uint32_t)ts.tv_sec, (uint32_t)((uint64_t)ts.tv_sec >> 32), (uint32_t)ts.tv_nsec,
                   (uint32_t)getpid(), 0};
  mt_init_by_array(k, 5);
}

/* Seed with a str or bytes by version 2: int.from_bytes(a + sha512(a)). */
static void seed_sha(const unsigned char *p, size_t n) {
  unsigned char *buf = yrt_malloc(n + 64);
  memcpy(buf, p, n);
  sha512(p, n, buf + n);
  seed_bytes_be(buf, n + 64);
  free(buf);
}

/* Seed with a str or bytes by version 1 (Python 2's hash of a str). */
static void seed_v1(YValue a) {
  uint64_t x = 0, len = 0;
  if (yrt_is_str(a)) {
    const char *s = YSTR(a)->data;
    const char *end = s + YSTR(a)->len;
    int first = 1;
    while (s < end) {
      int nb;
      uint32_t c = yrt_utf8_decode(s, &nb);
      s += nb;
      if (first) x = (uint64_t)c << 7;
      first = 0;
      x = (1000003 * x) ^ c;
      len++;
    }
  } else {
    const YBytes *b = (const YBytes *)a.u.o;
    const unsigned char *p = (const unsigned char *)b->data;
    len = (uint64_t)b->len;
    if (len) x = (uint64_t)p[0] << 7;
    for (uint64_t i = 0; i < len; i++) x = (1000003 * x) ^ p[i];
  }
  seed_u64(x ^ len);
}

/* _random.Random.seed(a) of an int or any hashable. */
static int seed_value(YValue a) {
  if (yrt_is_int(a)) {
    if (a.tag != YT_OBJ) {
      int64_t i = a.u.i;
      seed_u64(i < 0 ? 0 - (uint64_t)i : (uint64_t)i);
      return 0;
    }
    size_t n;
    uint32_t *w = yrt_int_to_u32(a, &n);
    seed_words(w, n);
    free(w);
    return 0;
  }
  int64_t h = yrt_hash(a);
  if (h == -1 && !YIS_UNBOUND(yrt_ts.exc)) return -1;
  seed_u64((uint64_t)h);
  return 0;
}

/* ===================================================================== */
/* Arguments                                                              */
/* ===================================================================== */

/* The arguments of Random.<fn>, a Python method: npos parameters that may
 * be positional (the first nreq required), then nkwonly keyword-only ones
 * (with defaults), named by names; out[i] is unbound for a parameter not
 * given.  The errors and their order are CPython's for a bound method. */
static int pyargs(const char *fn, const char *const *names, int npos, int nreq, int nkwonly, int argc,
                  const YValue *argv, int nkw, YStr *const *kwnames, YValue *out) {
  int nparams = npos + nkwonly, kwonly_given = 0;
  for (int i = 0; i < nparams; i++) out[i] = i < argc && i < npos ? argv[i] : YUNBOUND;
  for (int k = 0; k < nkw; k++) {
    const char *kn = kwnames[k]->data;
    int i = 0;
    while (i < nparams && strcmp(names[i], kn)) i++;
    if (i == nparams) {
      yrt_raise_msg(&yrt_exc_TypeError, "Random.%s() got an unexpected keyword argument '%s'", fn, kn);
      return -1;
    }
    if (!YIS_UNBOUND(out[i])) {
      yrt_raise_msg(&yrt_exc_TypeError, "Random.%s() got multiple values for argument '%s'", fn, kn);
      return -1;
    }
    out[i] = argv[argc + k];
    if (i >= npos) kwonly_given++;
  }
  if (argc > npos) {
    char took[64], extra[96] = "";
    if (nreq == npos)
      snprintf(took, sizeof took, "%d positional argument%s", npos + 1, npos ? "s" : "");
    else
      snprintf(took, sizeof took, "from %d to %d positional arguments", nreq + 1, npos + 1);
    if (kwonly_given)
      snprintf(extra, sizeof extra, " positional argument%s (and %d keyword-only argument%s)", argc ? "s" : "",
               kwonly_given, kwonly_given == 1 ? "" : "s");
    yrt_raise_msg(&yrt_exc_TypeError, "Random.%s() takes %s but %d%s were given", fn, took, argc + 1, extra);
    return -1;
  }
  int missing = 0;
  for (int i = 0; i < nreq; i++) missing += YIS_UNBOUND(out[i]);
  if (missing) {
    YBuf b = {0};
    int seen = 0;
    for (int i = 0; i < nreq; i++) {
      if (!YIS_UNBOUND(out[i])) continue;
      seen++;
      if (seen > 1) yrt_buf_puts(&b, missing == 2 ? " and " : seen == missing ? ", and " : ", ");
      yrt_buf_printf(&b, "'%s'", names[i]);
    }
    YValue list = yrt_buf_finish(&b);
    if (YIS_ERR(list)) return -1;
    yrt_raise_msg(&yrt_exc_TypeError, "Random.%s() missing %d required positional argument%s: %s", fn, missing,
                  missing == 1 ? "" : "s", yrt_str_cstr(list));
    yrt_decref(list);
    return -1;
  }
  return 0;
}

/* The keyword entry of a method with no default or keyword-only
 * parameters, and its positional entry. */
#define PYFUNC(n, ...)                                                                          \
  static YValue n##_impl(const YValue *a);                                                      \
  YValue yrt_random_kw_##n(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {       \
    static const char *const names[] = {__VA_ARGS__};                                           \
    enum { NP = sizeof names / sizeof names[0] };                                               \
    YValue a[NP];                                                                               \
    if (pyargs(#n, names, NP, NP, 0, argc, argv, nkw, kwnames, a) < 0) return YERROR;         \
    return n##_impl(a);                                                                         \
  }                                                                                             \
  YValue yrt_random_##n(int argc, const YValue *argv) { return yrt_random_kw_##n(argc, argv, 0, NULL); }

/* The positional entry of a function whose keyword entry is written out. */
#define POSITIONAL(n) \
  YValue yrt_random_##n(int argc, const YValue *argv) { return yrt_random_kw_##n(argc, argv, 0, NULL); }

/* operator.index(v): a new reference to an int, or YERROR. */
static YValue to_index(YValue v) {
  if (yrt_is_intlike(v)) return yint(v.u.i);
  if (yrt_is_big(v)) return yrt_incref(v);
  YValue m = yrt_special_find(v, YN___index__);
  if (!YIS_UNBOUND(m)) {
    yrt_decref(m);
    YValue r = yrt_special(v, YN___index__, 0, NULL);
    if (YIS_ERR(r) || yrt_is_int(r)) return yrt_is_intlike(r) ? yint(r.u.i) : r;
    yrt_decref(r);
    return yrt_raise_msg(&yrt_exc_TypeError, "__index__ returned non-int (type %s)", yrt_tname(r));
  }
  return yrt_raise_msg(&yrt_exc_TypeError, "'%s' object cannot be interpreted as an integer", yrt_tname(v));
}

/* float(v) for a math function's argument. */
static int real_arg(YValue v, double *out) {
  if (v.tag == YT_FLOAT) {
    *out = v.u.f;
    return 0;
  }
  if (yrt_is_int(v)) return yrt_int_to_double(v, out);
  YValue f = yrt_call(yobj((void *)&yrt_type_float), 1, &v);
  if (YIS_ERR(f)) {
    YValue e = yrt_fetch_exc();
    int te = yrt_subclass(yrt_typeof(e), &yrt_exc_TypeError);
    if (!te) {
      yrt_restore_exc(e);
      return -1;
    }
    yrt_decref(e);
    yrt_raise_msg(&yrt_exc_TypeError, "must be real number, not %s", yrt_tname(v));
    return -1;
  }
  *out = f.u.f;
  yrt_decref(f);
  return 0;
}

/* Generic binary operations on owned operands: both are released, and an
 * operand that is already an error passes through. */
static YValue op(YValue (*f)(YValue, YValue), YValue a, YValue b) {
  if (YIS_ERR(a) || YIS_ERR(b)) {
    yrt_decref(a);
    yrt_decref(b);
    return YERROR;
  }
  YValue r = f(a, b);
  yrt_decref(a);
  yrt_decref(b);
  return r;
}
static YValue add_(YValue a, YValue b) { return yrt_add(a, b); }
static YValue sub_(YValue a, YValue b) { return yrt_sub(a, b); }
static YValue mul_(YValue a, YValue b) { return yrt_mul(a, b); }
#define ADD(a, b) op(add_, (a), (b))
#define SUB(a, b) op(sub_, (a), (b))
#define MUL(a, b) op(mul_, (a), (b))
#define DIV(a, b) op(yrt_truediv, (a), (b))
#define REF(v) yrt_incref(v)

/* Compare borrowed a and b: 1, 0, or -1 with an exception. */
#define CMP(a, b, how) yrt_compare((a), (b), (how))

/* ===================================================================== */
/* seed, random, getrandbits, randbytes, getstate, setstate               */
/* ===================================================================== */

YValue yrt_random_kw_seed(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"a", "version"};
  YValue a[2];
  if (pyargs("seed", names, 2, 0, 0, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  YValue x = YIS_UNBOUND(a[0]) ? YNONE : a[0];
  YValue version = YIS_UNBOUND(a[1]) ? yint(2) : a[1];
  int bytes_like = yrt_is_str(x) || yrt_is_bytes(x);
  if (bytes_like) {
    int v1 = CMP(version, yint(1), YC_EQ), v2 = v1 == 1 ? 0 : CMP(version, yint(2), YC_EQ);
    if (v1 < 0 || v2 < 0) return YERROR;
    if (v1) {
      seed_v1(x);
    } else if (v2) {
      if (yrt_is_str(x))
        seed_sha((const unsigned char *)YSTR(x)->data, (size_t)YSTR(x)->len);
      else
        seed_sha((const unsigned char *)((YBytes *)x.u.o)->data, (size_t)((YBytes *)x.u.o)->len);
    } else if (seed_value(x) < 0) {
      return YERROR;
    }
  } else if (YIS_NONE(x)) {
    seed_os();
  } else if (yrt_is_int(x) || x.tag == YT_FLOAT) {
    if (seed_value(x) < 0) return YERROR;
  } else {
    return yrt_raise_msg(&yrt_exc_TypeError,
                         "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
  yrt_store(&gauss_next, YNONE);
  return YNONE;
}
POSITIONAL(seed)

YValue yrt_random_kw_random(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  (void)argv, (void)kwnames;
  if (nkw) return yrt_raise_msg(&yrt_exc_TypeError, "Random.random() takes no keyword arguments");
  if (argc) return yrt_raise_msg(&yrt_exc_TypeError, "Random.random() takes no arguments (%d given)", argc);
  return yfloat(mt_random());
}
POSITIONAL(random)

/* getrandbits(k) with k an int-like value (borrowed). */
static YValue getrandbits(YValue k) {
  if (!yrt_is_int(k)) {
    YValue i = to_index(k);
    if (YIS_ERR(i)) return i;
    YValue r = getrandbits(i);
    yrt_decref(i);
    return r;
  }
  if (k.tag == YT_OBJ || k.u.i > INT32_MAX || k.u.i < INT32_MIN)
    return yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C int");
  if (k.u.i < 0) return yrt_raise_msg(&yrt_exc_ValueError, "number of bits must be non-negative");
  return mt_bits(k.u.i);
}

YValue yrt_random_kw_getrandbits(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  (void)kwnames;
  if (nkw) return yrt_raise_msg(&yrt_exc_TypeError, "Random.getrandbits() takes no keyword arguments");
  if (argc != 1)
    return yrt_raise_msg(&yrt_exc_TypeError, "Random.getrandbits() takes exactly one argument (%d given)", argc);
  return getrandbits(argv[0]);
}
POSITIONAL(getrandbits)

/* randbytes(n): getrandbits(n * 8).to_bytes(n, 'little'). */
PYFUNC(randbytes, "n")
static YValue randbytes_impl(const YValue *a) {
  YValue k = yrt_mul(a[0], yint(8));
  if (YIS_ERR(k)) return k;
  if (!yrt_is_int(k) || k.tag == YT_OBJ || !yrt_is_int(a[0])) {
    YValue r = getrandbits(k); /* the error of a non-int or too large n */
    yrt_decref(k);
    if (YIS_ERR(r)) return r;
    yrt_decref(r);
    return yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C int");
  }
  int64_t bits = k.u.i;
  if (bits < 0) return yrt_raise_msg(&yrt_exc_ValueError, "number of bits must be non-negative");
  if (bits > INT32_MAX) return yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C int");
  int64_t n = bits / 8;
  YBytes *b = yrt_bytes_alloc(n);
  unsigned char *p = (unsigned char *)yrt_bytes_buf(b);
  for (int64_t i = 0; i < n; i += 4) {
    uint32_t w = n - i < 4 ? mt_next() >> (32 - 8 * (n - i)) : mt_next();
    for (int64_t j = 0; j < 4 && i + j < n; j++) p[i + j] = (unsigned char)(w >> (8 * j));
  }
  return yobj(b);
}

YValue yrt_random_kw_getstate(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  YValue unused[1];
  if (pyargs("getstate", NULL, 0, 0, 0, argc, argv, nkw, kwnames, unused) < 0) return YERROR;
  YValue *items = yrt_malloc((MT_N + 1) * sizeof *items);
  for (int i = 0; i < MT_N; i++) items[i] = yint(mt[i]);
  items[MT_N] = yint(mt_index);
  YValue inner = yrt_tuple_steal(MT_N + 1, items);
  free(items);
  if (YIS_ERR(inner)) return inner;
  YValue t[3] = {yint(3), inner, gauss_next};
  YValue r = yrt_tuple_new(3, t);
  yrt_decref(inner);
  return r;
}
POSITIONAL(getstate)

/* _random.Random.setstate(internalstate), version 2 taking each word
 * modulo 2**32 first. */
static YValue set_internal(YValue st, int v2) {
  if (!yrt_is_tuple(st)) return yrt_raise_msg(&yrt_exc_TypeError, "state vector must be a tuple");
  int64_t n;
  YValue *items = yrt_seq_items(st, &n);
  if (n != MT_N + 1) return yrt_raise_msg(&yrt_exc_ValueError, "state vector is the wrong size");
  uint32_t words[MT_N];
  for (int i = 0; i < MT_N; i++) {
    YValue x = items[i];
    if (v2) {
      x = yrt_mod(x, yrt_int_const("4294967296"));
      if (YIS_ERR(x)) return x;
    } else {
      yrt_incref(x);
    }
    if (!yrt_is_int(x)) {
      yrt_decref(x);
      return yrt_raise_msg(&yrt_exc_TypeError, "an integer is required");
    }
    if (yrt_int_sign(x) < 0) {
      yrt_decref(x);
      return yrt_raise_msg(&yrt_exc_OverflowError, "can't convert negative value to unsigned int");
    }
    if (x.tag == YT_OBJ) {
      yrt_decref(x);
      return yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C unsigned long");
    }
    words[i] = (uint32_t)x.u.i;
  }
  YValue ix = to_index(items[MT_N]);
  if (YIS_ERR(ix)) return ix;
  if (ix.tag == YT_OBJ) {
    yrt_decref(ix);
    return yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C long");
  }
  if (ix.u.i < 0 || ix.u.i > MT_N) return yrt_raise_msg(&yrt_exc_ValueError, "invalid state");
  memcpy(mt, words, sizeof words);
  mt_index = (int)ix.u.i;
  return YNONE;
}

PYFUNC(setstate, "state")
static YValue setstate_impl(const YValue *a) {
  YValue version = yrt_getitem(a[0], yint(0));
  if (YIS_ERR(version)) return version;
  int v3 = CMP(version, yint(3), YC_EQ), v2 = v3 == 1 ? 0 : CMP(version, yint(2), YC_EQ);
  if (v3 < 0 || v2 < 0) {
    yrt_decref(version);
    return YERROR;
  }
  if (!v3 && !v2) {
    YValue s = yrt_str(version);
    yrt_decref(version);
    if (YIS_ERR(s)) return s;
    YValue r = yrt_raise_msg(&yrt_exc_ValueError, "state with version %s passed to Random.setstate() of version 3",
                             yrt_str_cstr(s));
    yrt_decref(s);
    return r;
  }
  yrt_decref(version);
  YValue parts[3];
  if (yrt_unpack(a[0], 3, parts) < 0) return YERROR;
  yrt_store(&gauss_next, parts[2]);
  YValue r = set_internal(parts[1], v2);
  yrt_decref(parts[0]);
  yrt_decref(parts[1]);
  return r;
}

/* ===================================================================== */
/* Integers: randrange, randint                                           */
/* ===================================================================== */

/* randrange's conversion of an argument: _index(v), else int(v) when that
 * equals v (CPython warns then; yieldc does not), else ValueError. */
static YValue range_arg(YValue v, const char *which) {
  YValue i = to_index(v);
  if (!YIS_ERR(i)) return i;
  YValue e = yrt_fetch_exc();
  if (!yrt_subclass(yrt_typeof(e), &yrt_exc_TypeError)) {
    yrt_restore_exc(e);
    return YERROR;
  }
  yrt_decref(e);
  i = yrt_call(yobj((void *)&yrt_type_int), 1, &v);
  if (YIS_ERR(i)) return i;
  int ne = CMP(i, v, YC_NE);
  if (ne != 0) {
    yrt_decref(i);
    return ne < 0 ? YERROR : yrt_raise_msg(&yrt_exc_ValueError, "non-integer %s for randrange()", which);
  }
  if (yrt_is_intlike(i)) return yint(i.u.i);
  return i;
}

/* ValueError("empty range for randrange() (start, stop, width)"). */
static YValue empty_range(YValue start, YValue stop, YValue width) {
  YValue a = yrt_int_repr(start), b = yrt_int_repr(stop), c = yrt_int_repr(width);
  YValue r = YERROR;
  if (!YIS_ERR(a) && !YIS_ERR(b) && !YIS_ERR(c))
    r = yrt_raise_msg(&yrt_exc_ValueError, "empty range for randrange() (%s, %s, %s)", yrt_str_cstr(a),
                      yrt_str_cstr(b), yrt_str_cstr(c));
  yrt_decref(a);
  yrt_decref(b);
  yrt_decref(c);
  return r;
}

/* randrange(start, stop, step); stop and step may be unbound (not given). */
static YValue randrange(YValue start, YValue stop, YValue step) {
  YValue istart = range_arg(start, "arg 1");
  if (YIS_ERR(istart)) return istart;
  if (YIS_UNBOUND(stop) || YIS_NONE(stop)) {
    if (!YIS_UNBOUND(step) && !(step.tag == YT_INT && step.u.i == 1)) {
      yrt_decref(istart);
      return yrt_raise_msg(&yrt_exc_TypeError, "Missing a non-None stop argument");
    }
    if (yrt_int_sign(istart) > 0) {
      YValue r = below_int(istart);
      yrt_decref(istart);
      return r;
    }
    yrt_decref(istart);
    return yrt_raise_msg(&yrt_exc_ValueError, "empty range for randrange()");
  }
  YValue istop = range_arg(stop, "stop");
  if (YIS_ERR(istop)) {
    yrt_decref(istart);
    return istop;
  }
  YValue width = yrt_int_binop(YI_SUB, istop, istart), istep = YUNBOUND, n = YUNBOUND, r = YERROR;
  if (YIS_ERR(width)) goto out;
  istep = YIS_UNBOUND(step) ? yint(1) : range_arg(step, "step");
  if (YIS_ERR(istep)) goto out;
  if (istep.tag == YT_INT && istep.u.i == 1) {
    if (yrt_int_sign(width) > 0)
      r = op(add_, REF(istart), below_int(width));
    else
      r = empty_range(istart, istop, width);
    goto out;
  }
  int sign = yrt_int_sign(istep);
  if (sign == 0) {
    r = yrt_raise_msg(&yrt_exc_ValueError, "zero step for randrange()");
    goto out;
  }
  {
    YValue t = yrt_int_binop(YI_ADD, width, istep);
    if (YIS_ERR(t)) goto out;
    YValue u = yrt_int_binop(sign > 0 ? YI_SUB : YI_ADD, t, yint(1));
    yrt_decref(t);
    if (YIS_ERR(u)) goto out;
    n = yrt_int_binop(YI_FLOORDIV, u, istep);
    yrt_decref(u);
    if (YIS_ERR(n)) goto out;
  }
  if (yrt_int_sign(n) <= 0) {
    r = yrt_raise_msg(&yrt_exc_ValueError, "empty range for randrange()");
    goto out;
  }
  r = op(add_, REF(istart), op(mul_, REF(istep), below_int(n)));
out:
  yrt_decref(istart);
  yrt_decref(istop);
  yrt_decref(width);
  yrt_decref(istep);
  yrt_decref(n);
  return r;
}

YValue yrt_random_kw_randrange(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"start", "stop", "step"};
  YValue a[3];
  if (pyargs("randrange", names, 3, 1, 0, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  return randrange(a[0], a[1], a[2]);
}
POSITIONAL(randrange)

PYFUNC(randint, "a", "b")
static YValue randint_impl(const YValue *a) {
  YValue stop = yrt_add(a[1], yint(1));
  if (YIS_ERR(stop)) return stop;
  YValue r = randrange(a[0], stop, YUNBOUND);
  yrt_decref(stop);
  return r;
}

/* ===================================================================== */
/* Sequences: choice, shuffle, sample, choices                            */
/* ===================================================================== */

PYFUNC(choice, "seq")
static YValue choice_impl(const YValue *a) {
  int64_t n = yrt_len(a[0]);
  if (n < 0) return YERROR;
  if (n == 0) return yrt_raise_msg(&yrt_exc_IndexError, "Cannot choose from an empty sequence");
  return yrt_getitem(a[0], yint(below(n)));
}

PYFUNC(shuffle, "x")
static YValue shuffle_impl(const YValue *a) {
  YValue x = a[0];
  int64_t n = yrt_len(x);
  if (n < 0) return YERROR;
  if (yrt_is_list(x)) {
    int64_t len;
    YValue *items = yrt_seq_items(x, &len);
    for (int64_t i = n - 1; i > 0; i--) {
      int64_t j = below(i + 1);
      YValue t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return YNONE;
  }
  for (int64_t i = n - 1; i > 0; i--) {
    int64_t j = below(i + 1);
    YValue xj = yrt_getitem(x, yint(j));
    if (YIS_ERR(xj)) return xj;
    YValue xi = yrt_getitem(x, yint(i));
    if (YIS_ERR(xi)) {
      yrt_decref(xj);
      return xi;
    }
    int bad = yrt_setitem(x, yint(i), xj) < 0 || yrt_setitem(x, yint(j), xi) < 0;
    yrt_decref(xj);
    yrt_decref(xi);
    if (bad) return YERROR;
  }
  return YNONE;
}

/* list(itertools.accumulate(it)), or YERROR. */
static YValue accumulate(YValue iterable) {
  YValue it = yrt_iter(iterable);
  if (YIS_ERR(it)) return it;
  YValue out = yrt_list_new(0, NULL), total = YUNBOUND, x;
  for (;;) {
    int r = yrt_next(it, &x);
    if (r <= 0) {
      if (r == 0) yrt_decref(x);
      yrt_decref(total);
      yrt_decref(it);
      if (r < 0) {
        yrt_decref(out);
        return YERROR;
      }
      return out;
    }
    total = YIS_UNBOUND(total) ? x : ADD(total, x);
    if (YIS_ERR(total) || yrt_list_append(out, total) < 0) {
      yrt_decref(total);
      yrt_decref(it);
      yrt_decref(out);
      return YERROR;
    }
  }
}

/* bisect.bisect_right(a, x, lo, hi): the index, or -1 with an exception. */
static int64_t bisect(YValue a, YValue x, int64_t lo, int64_t hi) {
  while (lo < hi) {
    int64_t mid = lo + (hi - lo) / 2;
    YValue item = yrt_getitem(a, yint(mid));
    if (YIS_ERR(item)) return -1;
    int lt = CMP(x, item, YC_LT);
    yrt_decref(item);
    if (lt < 0) return -1;
    if (lt)
      hi = mid;
    else
      lo = mid + 1;
  }
  return lo;
}

/* A set of int64 (sample's selections): open addressing, a power of two. */
typedef struct Picked {
  int64_t *keys; /* -1: empty (keys are >= 0) */
  int64_t cap;
} Picked;

/* Add j; 0 if it was there already. */
static int picked_add(Picked *p, int64_t j) {
  uint64_t h = (uint64_t)j * 0x9E3779B97F4A7C15u;
  for (int64_t i = (int64_t)(h >> 20) & (p->cap - 1);; i = (i + 1) & (p->cap - 1)) {
    if (p->keys[i] == j) return 0;
    if (p->keys[i] < 0) {
      p->keys[i] = j;
      return 1;
    }
  }
}

/* Is v a collections.abc.Sequence (of the types the runtime has)? */
static int is_sequence(YValue v) {
  return yrt_is_list(v) || yrt_is_tuple(v) || yrt_is_str(v) || yrt_is_bytes(v) || yrt_is_range(v);
}

static YValue sample(YValue population, YValue k, YValue counts);

/* sample(population, k, counts=counts) with counts given. */
static YValue sample_counts(YValue population, int64_t n, YValue k, YValue counts) {
  YValue cum = accumulate(counts);
  if (YIS_ERR(cum)) return cum;
  YValue r = YERROR, sel = YUNBOUND, total = YUNBOUND, range = YUNBOUND;
  int64_t m;
  YValue *items = yrt_seq_items(cum, &m);
  if (m != n) {
    yrt_raise_msg(&yrt_exc_ValueError, "The number of counts does not match the population");
    goto out;
  }
  if (m == 0) {
    yrt_raise_msg(&yrt_exc_IndexError, "pop from empty list");
    goto out;
  }
  total = items[m - 1];
  YLIST(cum)->len = m - 1; /* cum_counts.pop() */
  if (!yrt_is_int(total)) {
    yrt_raise_msg(&yrt_exc_TypeError, "Counts must be integers");
    goto out;
  }
  if (yrt_int_sign(total) <= 0) {
    yrt_raise_msg(&yrt_exc_ValueError, "Total of counts must be greater than zero");
    goto out;
  }
  range = yrt_range_of(yint(0), total, yint(1));
  if (YIS_ERR(range)) goto out;
  sel = sample(range, k, YNONE);
  if (YIS_ERR(sel)) goto out;
  int64_t ns;
  YValue *s = yrt_seq_items(sel, &ns);
  YValue *res = yrt_calloc((size_t)(ns ? ns : 1), sizeof *res);
  for (int64_t i = 0; i < ns; i++) {
    int64_t at = bisect(cum, s[i], 0, m - 1);
    res[i] = at < 0 ? YERROR : yrt_getitem(population, yint(at));
    if (YIS_ERR(res[i])) {
      for (int64_t j = 0; j < i; j++) yrt_decref(res[j]);
      free(res);
      goto out;
    }
  }
  r = yrt_list_steal(ns, res);
  free(res);
out:
  yrt_decref(total);
  yrt_decref(cum);
  yrt_decref(sel);
  yrt_decref(range);
  return r;
}

static YValue sample(YValue population, YValue k, YValue counts) {
  if (!is_sequence(population))
    return yrt_raise_msg(&yrt_exc_TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  int64_t n = yrt_len(population);
  if (n < 0) return YERROR;
  if (!YIS_NONE(counts)) return sample_counts(population, n, k, counts);
  int lo = CMP(yint(0), k, YC_LE), hi = lo == 1 ? CMP(k, yint(n), YC_LE) : 0;
  if (lo < 0 || hi < 0) return YERROR;
  if (!lo || !hi) return yrt_raise_msg(&yrt_exc_ValueError, "Sample larger than population or is negative");
  if (!yrt_is_int(k))
    return yrt_raise_msg(&yrt_exc_TypeError, "can't multiply sequence by non-int of type '%s'", yrt_tname(k));
  int64_t kk = k.u.i; /* 0 <= k <= n */
  /* setsize = 21 (+ 4 ** ceil(log(3k, 4)) for k > 5); beyond 4**31 no
   * population is smaller. */
  int pool = 1;
  if (kk > 5) {
    double e = ceil(log((double)kk * 3) / log(4.0));
    if (e < 31) pool = n <= 21 + ((int64_t)1 << (2 * (int)e));
  } else {
    pool = n <= 21;
  }
  YValue *res = yrt_calloc((size_t)(kk ? kk : 1), sizeof *res);
  int64_t done = 0;
  if (pool) {
    YValue pl = yrt_list_from_iterable(population);
    if (YIS_ERR(pl)) goto fail;
    int64_t np;
    YValue *p = yrt_seq_items(pl, &np);
    for (; done < kk; done++) {
      int64_t j = below(n - done);
      res[done] = yrt_incref(p[j]);
      YValue moved = p[n - done - 1];
      yrt_incref(moved);
      yrt_decref(p[j]);
      p[j] = moved;
    }
    yrt_decref(pl);
  } else {
    Picked set;
    set.cap = 8;
    while (set.cap < 2 * kk) set.cap *= 2;
    set.keys = yrt_malloc((size_t)set.cap * sizeof *set.keys);
    memset(set.keys, 0xff, (size_t)set.cap * sizeof *set.keys);
    for (; done < kk; done++) {
      int64_t j = below(n);
      while (!picked_add(&set, j)) j = below(n);
      res[done] = yrt_getitem(population, yint(j));
      if (YIS_ERR(res[done])) {
        free(set.keys);
        goto fail;
      }
    }
    free(set.keys);
  }
  YValue r = yrt_list_steal(kk, res);
  free(res);
  return r;
fail:
  for (int64_t i = 0; i < done; i++) yrt_decref(res[i]);
  free(res);
  return YERROR;
}

YValue yrt_random_kw_sample(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"population", "k", "counts"};
  YValue a[3];
  if (pyargs("sample", names, 2, 2, 1, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  return sample(a[0], a[1], YIS_UNBOUND(a[2]) ? YNONE : a[2]);
}
POSITIONAL(sample)

/* _repeat(None, k)'s count: an index, negative meaning none. */
static int repeat_count(YValue k, int64_t *out) {
  if (yrt_is_int(k)) {
    if (k.tag == YT_OBJ) {
      yrt_raise_msg(&yrt_exc_OverflowError, "Python int too large to convert to C ssize_t");
      return -1;
    }
    *out = k.u.i;
    return 0;
  }
  YValue i = to_index(k);
  if (YIS_ERR(i)) return -1;
  int r = repeat_count(i, out);
  yrt_decref(i);
  return r;
}

YValue yrt_random_kw_choices(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"population", "weights", "cum_weights", "k"};
  YValue a[4];
  if (pyargs("choices", names, 2, 1, 2, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  YValue population = a[0], weights = YIS_UNBOUND(a[1]) ? YNONE : a[1];
  YValue cum = YIS_UNBOUND(a[2]) ? YNONE : a[2], kv = YIS_UNBOUND(a[3]) ? yint(1) : a[3];
  int64_t n = yrt_len(population), k;
  if (n < 0) return YERROR;
  if (YIS_NONE(cum)) {
    if (YIS_NONE(weights)) {
      if (repeat_count(kv, &k) < 0) return YERROR;
      YValue out = yrt_list_new(0, NULL);
      for (int64_t i = 0; i < k; i++) {
        YValue ix = yrt_int_from_double(floor(mt_random() * (double)n));
        YValue x = YIS_ERR(ix) ? ix : yrt_getitem(population, ix);
        yrt_decref(ix);
        if (YIS_ERR(x) || yrt_list_append(out, x) < 0) {
          yrt_decref(x);
          yrt_decref(out);
          return YERROR;
        }
        yrt_decref(x);
      }
      return out;
    }
    cum = accumulate(weights);
    if (YIS_ERR(cum)) {
      if (!yrt_is_int(weights)) return cum;
      YValue e = yrt_fetch_exc();
      if (!yrt_subclass(yrt_typeof(e), &yrt_exc_TypeError)) {
        yrt_restore_exc(e);
        return YERROR;
      }
      yrt_decref(e);
      YValue r = yrt_repr(weights);
      if (YIS_ERR(r)) return r;
      yrt_raise_msg(&yrt_exc_TypeError, "The number of choices must be a keyword argument: k=%s", yrt_str_cstr(r));
      yrt_decref(r);
      return YERROR;
    }
  } else if (!YIS_NONE(weights)) {
    return yrt_raise_msg(&yrt_exc_TypeError, "Cannot specify both weights and cumulative weights");
  } else {
    yrt_incref(cum);
  }
  YValue r = YERROR, total = YUNBOUND, out = YUNBOUND;
  int64_t m = yrt_len(cum);
  if (m < 0) goto done;
  if (m != n) {
    yrt_raise_msg(&yrt_exc_ValueError, "The number of weights does not match the population");
    goto done;
  }
  total = ADD(yrt_getitem(cum, yint(-1)), yfloat(0.0));
  if (YIS_ERR(total)) goto done;
  int le = CMP(total, yfloat(0.0), YC_LE);
  if (le < 0) goto done;
  if (le) {
    yrt_raise_msg(&yrt_exc_ValueError, "Total of weights must be greater than zero");
    goto done;
  }
  double t;
  if (real_arg(total, &t) < 0) goto done;
  if (!isfinite(t)) {
    yrt_raise_msg(&yrt_exc_ValueError, "Total of weights must be finite");
    goto done;
  }
  if (repeat_count(kv, &k) < 0) goto done;
  out = yrt_list_new(0, NULL);
  for (int64_t i = 0; i < k; i++) {
    YValue x = MUL(yfloat(mt_random()), REF(total));
    if (YIS_ERR(x)) goto done;
    int64_t at = bisect(cum, x, 0, n - 1);
    yrt_decref(x);
    if (at < 0) goto done;
    YValue item = yrt_getitem(population, yint(at));
    if (YIS_ERR(item)) goto done;
    int bad = yrt_list_append(out, item) < 0;
    yrt_decref(item);
    if (bad) goto done;
  }
  r = out;
  out = YUNBOUND;
done:
  yrt_decref(out);
  yrt_decref(total);
  yrt_decref(cum);
  return r;
}
POSITIONAL(choices)

/* ===================================================================== */
/* Real-valued distributions                                              */
/* ===================================================================== */

/* A keyword entry for a method whose parameters all have defaults. */
#define PYFUNC_DEFAULTS(n, nreq, ...)                                                           \
  static YValue n##_impl(const YValue *a);                                                      \
  YValue yrt_random_kw_##n(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {       \
    static const char *const names[] = {__VA_ARGS__};                                           \
    enum { NP = sizeof names / sizeof names[0] };                                               \
    YValue a[NP];                                                                               \
    if (pyargs(#n, names, NP, nreq, 0, argc, argv, nkw, kwnames, a) < 0) return YERROR;       \
    return n##_impl(a);                                                                         \
  }                                                                                             \
  POSITIONAL(n)

/* A parameter's value, or its default. */
static YValue arg_or(YValue v, YValue dflt) { return YIS_UNBOUND(v) ? dflt : v; }

/* math.<f>(x) of a double result: OverflowError "math range error" when a
 * finite argument gives an infinity. */
static YValue math_result(double arg, double r) {
  if (isinf(r) && isfinite(arg)) return yrt_raise_msg(&yrt_exc_OverflowError, "math range error");
  if (isnan(r) && !isnan(arg)) return yrt_raise_msg(&yrt_exc_ValueError, "math domain error");
  return yfloat(r);
}

PYFUNC(uniform, "a", "b")
static YValue uniform_impl(const YValue *a) {
  YValue d = yrt_sub(a[1], a[0]);
  if (YIS_ERR(d)) return d;
  return ADD(REF(a[0]), MUL(d, yfloat(mt_random())));
}

PYFUNC_DEFAULTS(triangular, 0, "low", "high", "mode")
static YValue triangular_impl(const YValue *a) {
  YValue low = arg_or(a[0], yfloat(0.0)), high = arg_or(a[1], yfloat(1.0)), mode = arg_or(a[2], YNONE);
  double u = mt_random();
  YValue c;
  if (YIS_NONE(mode)) {
    c = yfloat(0.5);
  } else {
    YValue num = yrt_sub(mode, low); /* Python's order: mode - low first */
    c = YIS_ERR(num) ? num : DIV(num, yrt_sub(high, low));
    if (YIS_ERR(c)) {
      YValue e = yrt_fetch_exc();
      if (yrt_subclass(yrt_typeof(e), &yrt_exc_ZeroDivisionError)) {
        yrt_decref(e);
        return REF(low);
      }
      yrt_restore_exc(e);
      return YERROR;
    }
  }
  int gt = CMP(yfloat(u), c, YC_GT);
  if (gt < 0) {
    yrt_decref(c);
    return YERROR;
  }
  if (gt) {
    u = 1.0 - u;
    c = SUB(yfloat(1.0), c);
    if (YIS_ERR(c)) return c;
    YValue t = low;
    low = high;
    high = t;
  }
  YValue uc = MUL(yfloat(u), c);
  if (YIS_ERR(uc)) return uc;
  double x;
  int bad = real_arg(uc, &x);
  yrt_decref(uc);
  if (bad < 0) return YERROR;
  if (x < 0) return yrt_raise_msg(&yrt_exc_ValueError, "math domain error");
  return ADD(REF(low), MUL(yrt_sub(high, low), yfloat(sqrt(x))));
}

/* Kinderman and Monahan's ratio of uniforms: z of normalvariate. */
static double normal_z(void) {
  const double nv_magic = 4 * exp(-0.5) / sqrt(2.0);
  for (;;) {
    double u1 = mt_random(), u2 = 1.0 - mt_random();
    double z = nv_magic * (u1 - 0.5) / u2;
    if (z * z / 4.0 <= -log(u2)) return z;
  }
}

PYFUNC_DEFAULTS(normalvariate, 0, "mu", "sigma")
static YValue normalvariate_impl(const YValue *a) {
  YValue mu = arg_or(a[0], yfloat(0.0)), sigma = arg_or(a[1], yfloat(1.0));
  double z = normal_z();
  return ADD(REF(mu), MUL(yfloat(z), REF(sigma)));
}

PYFUNC_DEFAULTS(gauss, 0, "mu", "sigma")
static YValue gauss_impl(const YValue *a) {
  YValue mu = arg_or(a[0], yfloat(0.0)), sigma = arg_or(a[1], yfloat(1.0));
  YValue z = gauss_next;
  gauss_next = YNONE;
  if (YIS_NONE(z)) {
    double x2pi = mt_random() * TWOPI;
    double g2rad = sqrt(-2.0 * log(1.0 - mt_random()));
    z = yfloat(cos(x2pi) * g2rad);
    yrt_store(&gauss_next, yfloat(sin(x2pi) * g2rad));
  }
  return ADD(REF(mu), MUL(z, REF(sigma)));
}

PYFUNC(lognormvariate, "mu", "sigma")
static YValue lognormvariate_impl(const YValue *a) {
  YValue v = ADD(REF(a[0]), MUL(yfloat(normal_z()), REF(a[1])));
  if (YIS_ERR(v)) return v;
  double x;
  int bad = real_arg(v, &x);
  yrt_decref(v);
  if (bad < 0) return YERROR;
  return math_result(x, exp(x));
}

PYFUNC(expovariate, "lambd")
static YValue expovariate_impl(const YValue *a) {
  return yrt_truediv(yfloat(-log(1.0 - mt_random())), a[0]);
}

PYFUNC(vonmisesvariate, "mu", "kappa")
static YValue vonmisesvariate_impl(const YValue *a) {
  YValue mu = a[0], kappa = a[1];
  int small = CMP(kappa, yfloat(1e-6), YC_LE);
  if (small < 0) return YERROR;
  if (small) return yfloat(TWOPI * mt_random());
  YValue sv = yrt_truediv(yfloat(0.5), kappa);
  if (YIS_ERR(sv)) return sv;
  double s;
  int bad = real_arg(sv, &s);
  yrt_decref(sv);
  if (bad < 0) return YERROR;
  double r = s + sqrt(1.0 + s * s), z;
  for (;;) {
    double u1 = mt_random();
    z = cos(PI * u1);
    double d = z / (r + z);
    double u2 = mt_random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
  }
  double q = 1.0 / r;
  double f = (q + z) / (1.0 + q * z);
  double u3 = mt_random();
  YValue sum = u3 > 0.5 ? yrt_add(mu, yfloat(acos(f))) : yrt_sub(mu, yfloat(acos(f)));
  if (YIS_ERR(sum)) return sum;
  return op(yrt_mod, sum, yfloat(TWOPI));
}

/* gammavariate(alpha, beta): a new value or YERROR. */
static YValue gammavariate(YValue alpha, YValue beta) {
  int a0 = CMP(alpha, yfloat(0.0), YC_LE), b0 = a0 == 1 ? 1 : a0 < 0 ? -1 : CMP(beta, yfloat(0.0), YC_LE);
  if (a0 < 0 || b0 < 0) return YERROR;
  if (a0 || b0) return yrt_raise_msg(&yrt_exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
  int gt1 = CMP(alpha, yfloat(1.0), YC_GT);
  if (gt1 < 0) return YERROR;
  double al;
  if (gt1) {
    if (real_arg(alpha, &al) < 0) return YERROR; /* 2.0 * alpha */
    const double log4 = log(4.0), sg_magic = 1.0 + log(4.5);
    double ainv = sqrt(2.0 * al - 1.0), bbb = al - log4, ccc = al + ainv;
    for (;;) {
      double u1 = mt_random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      double u2 = 1.0 - mt_random();
      double v = log(u1 / (1.0 - u1)) / ainv;
      double x = al * exp(v);
      double z = u1 * u1 * u2;
      double r = bbb + ccc * v - x;
      if (r + sg_magic - 4.5 * z >= 0.0 || r >= log(z)) return yrt_mul(yfloat(x), beta);
    }
  }
  int eq1 = CMP(alpha, yfloat(1.0), YC_EQ);
  if (eq1 < 0) return YERROR;
  if (eq1) return yrt_mul(yfloat(-log(1.0 - mt_random())), beta);
  if (real_arg(alpha, &al) < 0) return YERROR;
  double x;
  for (;;) {
    double u = mt_random();
    double b = (E_ + al) / E_;
    double p = b * u;
    x = p <= 1.0 ? pow(p, 1.0 / al) : -log((b - p) / al);
    double u1 = mt_random();
    if (p > 1.0) {
      if (u1 <= pow(x, al - 1.0)) break;
    } else if (u1 <= exp(-x)) {
      break;
    }
  }
  return yrt_mul(yfloat(x), beta);
}

PYFUNC(gammavariate, "alpha", "beta")
static YValue gammavariate_impl(const YValue *a) { return gammavariate(a[0], a[1]); }

PYFUNC(betavariate, "alpha", "beta")
static YValue betavariate_impl(const YValue *a) {
  YValue y = gammavariate(a[0], yfloat(1.0));
  if (YIS_ERR(y)) return y;
  int t = yrt_truth(y);
  if (t <= 0) {
    yrt_decref(y);
    return t < 0 ? YERROR : yfloat(0.0);
  }
  YValue sum = ADD(REF(y), gammavariate(a[1], yfloat(1.0)));
  return DIV(y, sum);
}

PYFUNC(paretovariate, "alpha")
static YValue paretovariate_impl(const YValue *a) {
  double u = 1.0 - mt_random();
  YValue e = yrt_truediv(yfloat(-1.0), a[0]);
  if (YIS_ERR(e)) return e;
  return op(yrt_pow, yfloat(u), e);
}

PYFUNC(weibullvariate, "alpha", "beta")
static YValue weibullvariate_impl(const YValue *a) {
  double u = 1.0 - mt_random();
  YValue e = yrt_truediv(yfloat(1.0), a[1]);
  if (YIS_ERR(e)) return e;
  return MUL(REF(a[0]), op(yrt_pow, yfloat(-log(u)), e));
}

/* ===================================================================== */
/* The module                                                             */
/* ===================================================================== */

/* The module's constants (random.py's module-level names). */
YValue yrt_m_random_BPF = {.tag = YT_INT, .u = {.i = 53}};
YValue yrt_m_random_RECIP_BPF = {.tag = YT_FLOAT, .u = {.f = 0x1p-53}};
YValue yrt_m_random_TWOPI = {.tag = YT_FLOAT, .u = {.f = TWOPI}};
YValue yrt_m_random_LOG4, yrt_m_random_NV_MAGICCONST, yrt_m_random_SG_MAGICCONST; /* set at import */

/* CPython seeds random._inst from the OS at import. */
int yrt_random_init(void) {
  yrt_m_random_LOG4 = yfloat(log(4.0));
  yrt_m_random_NV_MAGICCONST = yfloat(4 * exp(-0.5) / sqrt(2.0));
  yrt_m_random_SG_MAGICCONST = yfloat(1.0 + log(4.5));
  seed_os();
  yrt_store(&gauss_next, YNONE);
  return 0;
}
