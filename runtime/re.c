/*
 * re.c: the re module of CPython 3.11 on PCRE2 (Debian's libpcre2-8,
 * linked with -lpcre2-8): compile, search, match, fullmatch, findall,
 * finditer, sub, subn, split, escape, purge, error and the flags; the
 * Pattern and Match objects.
 *
 * Design
 * ------
 * re_parse.c reads a pattern with Python's syntax and rules (and re.error
 * messages) and writes it in PCRE2's; this file compiles that with
 * PCRE2_UTF and PCRE2_UCP (no UCP under re.ASCII), PCRE2_ALT_CIRCUMFLEX
 * (a multiline ^ matches after a final newline, as Python's does), LF as
 * the newline, and the JIT when it is there, and implements the module on
 * top.
 *
 *   - A str is UTF-8 (unicode.c), so PCRE2 matches the runtime's bytes
 *     directly; its offsets are bytes, and a Match keeps them and turns them
 *     into code point indices when asked (start, end, span, repr), counting
 *     from the point its search began.  pos and endpos become a start
 *     offset and a shorter subject, which is Python's semantics: `^` and
 *     \A do not match at pos > 0, `$` matches at endpos, a look-behind may
 *     see before pos.
 *   - match() is PCRE2_ANCHORED, fullmatch() ANCHORED|ENDANCHORED.
 *   - The scans (findall, finditer, sub, subn, split) follow CPython 3.7+:
 *     after an empty match the next match may not be empty at the same
 *     place (PCRE2_NOTEMPTY_ATSTART, CPython's must_advance), and an empty
 *     match right after a non-empty one counts.
 *   - Match.lastindex is the group that closed last: of the groups that
 *     matched, the one ending last, an enclosing group winning a tie with
 *     the groups inside it (re_parse.c records the nesting).
 *   - The module functions compile through a cache of 512 patterns, keyed
 *     by (pattern, flags), as CPython's _compile; purge() empties it.
 *   - Pattern and Match methods are builtin functions taking the object
 *     first; the objects' getattr slot returns them bound (a `method`).
 *     The argument errors are CPython's: Argument Clinic's for the methods
 *     (yrt_args_kw), a Python function's for the module's functions.
 *   - PCRE2's limits are lifted (match and depth limits at their maximum),
 *     since CPython has none; a JIT stack overflow retries without the JIT.
 *
 * Left out, and where it differs from CPython:
 *   - A bytes pattern matches bytes (PCRE2 without UTF): offsets are
 *     indices, the pieces bytes; re.LOCALE is re.ASCII (no locale).
 *     bytearray and memoryview subjects are not supported (the runtime has
 *     neither type).
 *   - The flags are ints: print(re.I) is 2, not re.IGNORECASE (CPython's
 *     are RegexFlag members); re.compile(...).flags is an int in both.
 *   - Pattern.groupindex is a dict (a mappingproxy in CPython: its repr
 *     differs); patterns compare by identity (CPython's compare equal when
 *     pattern and flags are); Pattern.scanner, copy and pickle
 *     support, re.template and re.DEBUG are absent; re.error has no msg,
 *     pattern, pos, lineno, colno attributes (its message is CPython's).
 *   - re.ASCII with re.IGNORECASE still folds non-ASCII letters (PCRE2 in
 *     UTF mode always does); \s under Unicode is PCRE2's white space, which
 *     lacks \x1c-\x1f; \w is PCRE2's letters, digits (Nd) and '_' (Python
 *     also counts other numeric characters such as '²').
 *   - The syntax differences are listed atop re_parse.c.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "rt.h"

#include <pcre2.h>

#define F_IGNORECASE 2
#define F_LOCALE 4
#define F_MULTILINE 8
#define F_DOTALL 16
#define F_UNICODE 32
#define F_VERBOSE 64
#define F_ASCII 256

/* ===================================================================== */
/* Objects                                                                */
/* ===================================================================== */

/* A compiled pattern (re.Pattern). */
typedef struct RePattern {
  YObj ob;
  YValue pattern;    /* the str */
  int flags;         /* with the inline flags and re.UNICODE */
  int ngroups;
  int *parent;       /* parent[g]: the group enclosing group g, 0 at the top */
  YValue groupindex; /* dict: name -> number */
  YValue *names;     /* names[g]: the name of group g (a str) or unbound */
  pcre2_code *code;
  pcre2_match_data *md;
} RePattern;

/* A match (re.Match).  Offsets are bytes of `string`, -1 for a group that
 * did not match; (base_b, base_c) is a byte offset and its code point index,
 * where counting starts. */
typedef struct ReMatch {
  YObj ob;
  YValue string, pattern;
  int64_t pos, endpos; /* code points */
  int64_t base_b, base_c;
  int lastindex;       /* 0: None */
  int64_t off[];       /* 2 * (ngroups + 1) */
} ReMatch;

/* finditer's iterator (CPython's callable_iterator over a scanner). */
typedef struct ReScan {
  YObj ob;
  YValue pattern, string; /* unbound once exhausted */
  int64_t at_b, end_b;    /* the next search starts at at_b; the subject ends at end_b */
  int must_advance;       /* the last match was empty at at_b */
  int64_t pos, endpos;    /* the call's, for each Match */
  int64_t base_b, base_c;
} ReScan;

extern const YTypeEx yrt_re_pattern_type, yrt_re_match_type;
static const YTypeEx scan_type;

#define PAT(v) ((RePattern *)(v).u.o)
#define MATCH(v) ((ReMatch *)(v).u.o)

static int is_pattern(YValue v) { return v.tag == YT_OBJ && v.u.o->type == &yrt_re_pattern_type.type; }

/* ===================================================================== */
/* Compiling                                                              */
/* ===================================================================== */

static pcre2_compile_context *ccontext;
static pcre2_match_context *mcontext;

static void contexts(void) {
  if (ccontext) return;
  ccontext = pcre2_compile_context_create(NULL);
  pcre2_set_newline(ccontext, PCRE2_NEWLINE_LF);
  mcontext = pcre2_match_context_create(NULL);
  pcre2_set_match_limit(mcontext, UINT32_MAX);
  pcre2_set_depth_limit(mcontext, UINT32_MAX);
}

static void pattern_dealloc(YObj *o) {
  RePattern *p = (RePattern *)o;
  YValue a = p->pattern, b = p->groupindex;
  if (p->names) {
    for (int g = 0; g <= p->ngroups; g++) yrt_decref(p->names[g]);
    free(p->names);
  }
  free(p->parent);
  if (p->md) pcre2_match_data_free(p->md);
  if (p->code) pcre2_code_free(p->code);
  free(p);
  yrt_decref(a);
  yrt_decref(b);
}

/* A new Pattern of a str pattern and int flags. */
static YValue pattern_new(YValue pattern, int64_t flags) {
  YReParsed parsed;
  if (yrt_re_parse(pattern, (int)flags, &parsed) < 0) return YERROR;
  contexts();
  /* ALT_CIRCUMFLEX: Python's multiline ^ matches after a final newline too */
  uint32_t opts = PCRE2_ALT_CIRCUMFLEX;
  if (yrt_is_str(pattern)) opts |= PCRE2_UTF | PCRE2_NO_UTF_CHECK;
  if (parsed.flags & F_UNICODE) opts |= PCRE2_UCP;
  if (parsed.flags & F_IGNORECASE) opts |= PCRE2_CASELESS;
  if (parsed.flags & F_MULTILINE) opts |= PCRE2_MULTILINE;
  if (parsed.flags & F_DOTALL) opts |= PCRE2_DOTALL;
  int err;
  PCRE2_SIZE erroff;
  pcre2_code *code = pcre2_compile((PCRE2_SPTR)parsed.pcre.data, parsed.pcre.len - 1, opts, &err, &erroff, ccontext);
  if (!code) {
    /* what re_parse.c lets through and PCRE2 refuses */
    if (err == 125) {
      yrt_re_error("look-behind requires fixed-width pattern", YUNBOUND, -1);
    } else {
      PCRE2_UCHAR msg[256];
      pcre2_get_error_message(err, msg, sizeof msg);
      yrt_re_error((const char *)msg, YUNBOUND, -1);
    }
    yrt_re_parsed_free(&parsed);
    return YERROR;
  }
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); /* best effort: the interpreter otherwise */
  RePattern *p = yrt_obj_new(&yrt_re_pattern_type.type, sizeof(RePattern));
  p->pattern = yrt_incref(pattern);
  p->flags = parsed.flags;
  p->ngroups = parsed.ngroups;
  p->parent = parsed.parent;
  p->groupindex = parsed.groupindex;
  p->code = code;
  p->md = pcre2_match_data_create_from_pattern(code, NULL);
  p->names = yrt_calloc((size_t)parsed.ngroups + 1, sizeof *p->names);
  YDict *d = YDICT(p->groupindex);
  for (int64_t i = 0; i < d->n; i++)
    if (!YIS_UNBOUND(d->entries[i].key)) p->names[d->entries[i].value.u.i] = yrt_incref(d->entries[i].key);
  parsed.parent = NULL;
  parsed.groupindex = YUNBOUND;
  yrt_re_parsed_free(&parsed);
  return yobj(p);
}

/* The flags argument: an int. */
static int flags_arg(YValue v, int64_t *out) {
  if (YIS_UNBOUND(v)) {
    *out = 0;
    return 0;
  }
  if (yrt_is_intlike(v)) {
    *out = v.u.i;
    return 0;
  }
  yrt_raise_msg(&yrt_exc_TypeError, "unsupported operand type(s) for &: '%s' and 'RegexFlag'", yrt_tname(v));
  return -1;
}

/* re._compile's cache: (pattern, flags) -> Pattern, at most 512. */
static YValue cache;
#define MAXCACHE 512

/* re._compile(pattern, flags) */
static YValue compile_any(YValue pattern, YValue vflags) {
  int64_t flags;
  if (flags_arg(vflags, &flags) < 0) return YERROR;
  if (is_pattern(pattern)) {
    if (flags) return yrt_raise_msg(&yrt_exc_ValueError, "cannot process flags argument with a compiled pattern");
    return yrt_incref(pattern);
  }
  if (!yrt_is_str(pattern) && !yrt_is_bytes(pattern))
    return yrt_raise_msg(&yrt_exc_TypeError, "first argument must be string or compiled pattern");
  if (YIS_UNBOUND(cache)) cache = yrt_dict_new();
  YValue kv[2] = {pattern, yint(flags)};
  YValue key = yrt_tuple_new(2, kv);
  YValue hit = yrt_dict_get(cache, key);
  if (!YIS_UNBOUND(hit) && !YIS_ERR(hit)) {
    yrt_decref(key);
    return yrt_incref(hit);
  }
  YValue p = pattern_new(pattern, flags);
  if (!YIS_ERR(p)) {
    YDict *d = YDICT(cache);
    if (d->used >= MAXCACHE) /* drop the oldest */
      for (int64_t i = 0; i < d->n; i++)
        if (!YIS_UNBOUND(d->entries[i].key)) {
          yrt_dict_del(cache, d->entries[i].key);
          break;
        }
    yrt_dict_set(cache, key, p);
  }
  yrt_decref(key);
  return p;
}

/* ===================================================================== */
/* Matching                                                               */
/* ===================================================================== */

/* A subject: a str (UTF-8) or a bytes. */
typedef struct Subj {
  const char *data;
  int64_t len;    /* bytes */
  int64_t nchars; /* code points (len for a bytes) */
} Subj;

static Subj subj_of(YValue v) {
  Subj s;
  if (yrt_is_bytes(v)) {
    s.data = YBYTES(v)->data;
    s.len = s.nchars = YBYTES(v)->len;
  } else {
    s.data = YSTR(v)->data;
    s.len = YSTR(v)->len;
    s.nchars = YSTR(v)->nchars;
  }
  return s;
}

/* Is p a bytes pattern? */
static int bytes_pattern(YValue p) { return yrt_is_bytes(PAT(p)->pattern); }

/* The subject argument: a str for a str pattern, a bytes for a bytes one,
 * or CPython's TypeError. */
static int check_string(YValue pattern, YValue s) {
  int b = bytes_pattern(pattern);
  if (b ? yrt_is_bytes(s) : yrt_is_str(s)) return 0;
  if (yrt_is_bytes(s))
    yrt_raise_msg(&yrt_exc_TypeError, "cannot use a string pattern on a bytes-like object");
  else if (yrt_is_str(s))
    yrt_raise_msg(&yrt_exc_TypeError, "cannot use a bytes pattern on a string-like object");
  else
    yrt_raise_msg(&yrt_exc_TypeError, "expected string or bytes-like object, got '%s'", yrt_tname(s));
  return -1;
}

/* One pcre2_match from byte `at` of s[0:end]: 1 (off filled with 2 *
 * (ngroups + 1) byte offsets, -1 unset), 0 no match, -1 error. */
static int re_exec(RePattern *p, const Subj *s, int64_t at, int64_t end, uint32_t opts, int64_t *off) {
  int rc = pcre2_match(p->code, (PCRE2_SPTR)s->data, (PCRE2_SIZE)end, (PCRE2_SIZE)at, opts | PCRE2_NO_UTF_CHECK,
                       p->md, mcontext);
  if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
    rc = pcre2_match(p->code, (PCRE2_SPTR)s->data, (PCRE2_SIZE)end, (PCRE2_SIZE)at,
                     opts | PCRE2_NO_UTF_CHECK | PCRE2_NO_JIT, p->md, mcontext);
  if (rc == PCRE2_ERROR_NOMATCH) return 0;
  if (rc < 0) {
    if (rc == PCRE2_ERROR_NOMEMORY || rc == PCRE2_ERROR_HEAPLIMIT) {
      yrt_raise_msg(&yrt_exc_MemoryError, "%s", "");
    } else {
      PCRE2_UCHAR msg[256];
      pcre2_get_error_message(rc, msg, sizeof msg);
      yrt_raise_msg(&yrt_exc_RuntimeError, "regular expression matching failed: %s", (const char *)msg);
    }
    return -1;
  }
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
  uint32_t n = pcre2_get_ovector_count(p->md);
  for (int g = 0; g <= p->ngroups; g++) {
    if ((uint32_t)g < n && (int)g < rc && ov[2 * g] != PCRE2_UNSET) {
      off[2 * g] = (int64_t)ov[2 * g];
      off[2 * g + 1] = (int64_t)ov[2 * g + 1];
    } else {
      off[2 * g] = off[2 * g + 1] = -1;
    }
  }
  return 1;
}

/* The code point index of byte offset b of s, counting from (bb, bc). */
static int64_t char_index(const Subj *s, int64_t b, int64_t bb, int64_t bc) {
  if (s->nchars == s->len || b < 0) return b;
  if (b >= bb) return bc + yrt_utf8_count(s->data + bb, b - bb);
  return bc - yrt_utf8_count(s->data + b, bb - b);
}

/* pos and endpos clamped to the string, as code points and bytes. */
typedef struct Range {
  int64_t pos, endpos, pos_b, end_b;
} Range;

/* The byte offset of code point ci of s. */
static int64_t subj_offset(YValue v, const Subj *s, int64_t ci) {
  return s->nchars == s->len ? ci : yrt_str_offset(YSTR(v), ci);
}

static int range_of(YValue v, const Subj *s, YValue vpos, YValue vend, Range *r) {
  int64_t pos = 0, end = INT64_MAX;
  if (!YIS_UNBOUND(vpos) && yrt_int_arg(vpos, &pos) < 0) return -1;
  if (!YIS_UNBOUND(vend) && yrt_int_arg(vend, &end) < 0) return -1;
  if (pos < 0) pos = 0;
  if (pos > s->nchars) pos = s->nchars;
  if (end < 0) end = 0;
  if (end > s->nchars) end = s->nchars;
  r->pos = pos;
  r->endpos = end;
  r->pos_b = subj_offset(v, s, pos);
  r->end_b = subj_offset(v, s, end);
  return 0;
}

/* Is group a inside group b (b an ancestor of a)? */
static int inside(const RePattern *p, int a, int b) {
  for (a = p->parent[a]; a; a = p->parent[a])
    if (a == b) return 1;
  return 0;
}

/* Does matched group g close after matched group b?  The one ending later;
 * at the same end, an enclosing group after the groups inside it, else the
 * later group of the pattern. */
static int closes_after(const RePattern *p, const int64_t *off, int g, int b) {
  int64_t eg = off[2 * g + 1], eb = off[2 * b + 1];
  if (eg != eb) return eg > eb;
  if (inside(p, b, g)) return 1;
  if (inside(p, g, b)) return 0;
  return g > b;
}

/* Match.lastindex: the matched group that closed last, or 0. */
static int last_index(const RePattern *p, const int64_t *off) {
  int best = 0;
  for (int g = 1; g <= p->ngroups; g++)
    if (off[2 * g] >= 0 && (!best || closes_after(p, off, g, best))) best = g;
  return best;
}

/* A new Match of the offsets off. */
static YValue match_new(YValue pattern, YValue string, const Range *r, int64_t base_b, int64_t base_c,
                        const int64_t *off) {
  RePattern *p = PAT(pattern);
  size_t n = 2 * ((size_t)p->ngroups + 1);
  ReMatch *m = yrt_obj_new(&yrt_re_match_type.type, sizeof(ReMatch) + n * sizeof(int64_t));
  m->pattern = yrt_incref(pattern);
  m->string = yrt_incref(string);
  m->pos = r->pos;
  m->endpos = r->endpos;
  m->base_b = base_b;
  m->base_c = base_c;
  memcpy(m->off, off, n * sizeof(int64_t));
  m->lastindex = last_index(p, off);
  return yobj(m);
}

static void match_dealloc(YObj *o) {
  ReMatch *m = (ReMatch *)o;
  YValue a = m->pattern, b = m->string;
  free(m);
  yrt_decref(a);
  yrt_decref(b);
}

/* The offsets buffer of a pattern's match: on the stack when small. */
#define OFFSETS(p, name)                                                    \
  int64_t name##_small[32];                                                 \
  int64_t *name = 2 * ((size_t)(p)->ngroups + 1) <= 32 ? name##_small       \
                                                       : yrt_malloc(2 * ((size_t)(p)->ngroups + 1) * sizeof(int64_t))
#define OFFSETS_FREE(name) \
  if (name != name##_small) free(name)

/* search, match and fullmatch (opts 0, ANCHORED, ANCHORED|ENDANCHORED). */
static YValue do_match(YValue pattern, YValue string, YValue vpos, YValue vend, uint32_t opts) {
  if (check_string(pattern, string) < 0) return YERROR;
  Subj s = subj_of(string);
  Range r;
  if (range_of(string, &s, vpos, vend, &r) < 0) return YERROR;
  if (r.pos > r.endpos) return YNONE;
  RePattern *p = PAT(pattern);
  OFFSETS(p, off);
  int k = re_exec(p, &s, r.pos_b, r.end_b, opts, off);
  YValue res = k < 0 ? YERROR : k == 0 ? YNONE : match_new(pattern, string, &r, r.pos_b, r.pos, off);
  OFFSETS_FREE(off);
  return res;
}

/* ===================================================================== */
/* Scans: findall, finditer, sub, split                                   */
/* ===================================================================== */

/* The substring of bytes [a, b) of s (None for a < 0 when none_unset, else
 * ''). */
static YValue piece(YValue string, int64_t a, int64_t b, int none_unset) {
  if (yrt_is_bytes(string)) {
    const YBytes *s = YBYTES(string);
    if (a < 0) return none_unset ? YNONE : yrt_bytes_new("", 0);
    if (a == 0 && b == s->len) return yrt_incref(string);
    return yrt_bytes_new(s->data + a, b - a);
  }
  const YStr *s = YSTR(string);
  if (a < 0) return none_unset ? YNONE : yobj(&yrt_str_empty);
  if (a == 0 && b == s->len) return yrt_incref(string);
  return yrt_str_make(s->data + a, b - a, s->nchars == s->len ? b - a : -1);
}

/* A scan's state: the next search starts at `at` (bytes), with
 * must_advance after an empty match there. */
typedef struct Scan {
  RePattern *p;
  const Subj *s;
  int64_t at, end;
  int must_advance;
} Scan;

/* The next match of a scan: 1 (off filled), 0, -1. */
static int scan_next(Scan *sc, int64_t *off) {
  if (sc->at > sc->end) return 0;
  int k = re_exec(sc->p, sc->s, sc->at, sc->end, sc->must_advance ? PCRE2_NOTEMPTY_ATSTART : 0, off);
  if (k <= 0) return k;
  sc->must_advance = off[1] == off[0];
  sc->at = off[1];
  return 1;
}

static YValue findall(YValue pattern, YValue string, YValue vpos, YValue vend) {
  if (check_string(pattern, string) < 0) return YERROR;
  Subj s = subj_of(string);
  Range r;
  if (range_of(string, &s, vpos, vend, &r) < 0) return YERROR;
  RePattern *p = PAT(pattern);
  Scan sc = {p, &s, r.pos_b, r.end_b, 0};
  YValue list = yrt_list_new(0, NULL);
  OFFSETS(p, off);
  int k;
  while ((k = scan_next(&sc, off)) == 1) {
    YValue item;
    if (p->ngroups <= 1) {
      int g = p->ngroups;
      item = piece(string, off[2 * g], off[2 * g + 1], 0);
    } else {
      YTuple *t = yrt_tuple_alloc(p->ngroups);
      for (int g = 1; g <= p->ngroups; g++) t->items[g - 1] = piece(string, off[2 * g], off[2 * g + 1], 0);
      item = yobj(t);
    }
    yrt_list_push(YLIST(list), item);
  }
  OFFSETS_FREE(off);
  if (k < 0) {
    yrt_decref(list);
    return YERROR;
  }
  return list;
}

static void scan_dealloc(YObj *o) {
  ReScan *it = (ReScan *)o;
  YValue a = it->pattern, b = it->string;
  free(it);
  yrt_decref(a);
  yrt_decref(b);
}

static int scan_iter_next(YObj *o, YValue *out) {
  ReScan *it = (ReScan *)o;
  *out = YNONE;
  if (YIS_UNBOUND(it->pattern)) return 0;
  RePattern *p = PAT(it->pattern);
  Subj s = subj_of(it->string);
  Scan sc = {p, &s, it->at_b, it->end_b, it->must_advance};
  OFFSETS(p, off);
  int k = scan_next(&sc, off);
  if (k == 1) {
    /* count from this match's start (the previous one's is behind it) */
    it->base_c = char_index(&s, off[0], it->base_b, it->base_c);
    it->base_b = off[0];
    Range r = {it->pos, it->endpos, 0, 0};
    *out = match_new(it->pattern, it->string, &r, it->base_b, it->base_c, off);
    it->at_b = sc.at;
    it->must_advance = sc.must_advance;
  } else {
    yrt_clear(&it->pattern);
    yrt_clear(&it->string);
  }
  OFFSETS_FREE(off);
  return k;
}

static const YTypeEx scan_type = {YRT_TYPE_EX_HEAD("callable_iterator", YK_ITER), scan_dealloc, scan_iter_next,
                                  NULL, NULL, NULL, NULL, NULL};

static YValue finditer(YValue pattern, YValue string, YValue vpos, YValue vend) {
  if (check_string(pattern, string) < 0) return YERROR;
  Subj s = subj_of(string);
  Range r;
  if (range_of(string, &s, vpos, vend, &r) < 0) return YERROR;
  ReScan *it = yrt_obj_new(&scan_type.type, sizeof(ReScan));
  it->pattern = yrt_incref(pattern);
  it->string = yrt_incref(string);
  it->at_b = r.pos_b;
  it->end_b = r.end_b;
  it->pos = r.pos;
  it->endpos = r.endpos;
  it->base_b = r.pos_b;
  it->base_c = r.pos;
  if (r.pos > r.endpos) {
    yrt_clear(&it->pattern);
    yrt_clear(&it->string);
  }
  return yobj(it);
}

static YValue split(YValue pattern, YValue string, YValue vmax) {
  if (check_string(pattern, string) < 0) return YERROR;
  int64_t maxsplit = 0;
  if (!YIS_UNBOUND(vmax) && yrt_int_arg(vmax, &maxsplit) < 0) return YERROR;
  RePattern *p = PAT(pattern);
  Subj subj = subj_of(string), *s = &subj;
  Scan sc = {p, s, 0, s->len, 0};
  YValue list = yrt_list_new(0, NULL);
  OFFSETS(p, off);
  int64_t last = 0, n = 0;
  int k = 0;
  while (!maxsplit || n < maxsplit) {
    if ((k = scan_next(&sc, off)) != 1) break;
    yrt_list_push(YLIST(list), piece(string, last, off[0], 0));
    for (int g = 1; g <= p->ngroups; g++) yrt_list_push(YLIST(list), piece(string, off[2 * g], off[2 * g + 1], 1));
    n++;
    last = off[1];
  }
  OFFSETS_FREE(off);
  if (k < 0) {
    yrt_decref(list);
    return YERROR;
  }
  yrt_list_push(YLIST(list), piece(string, last, s->len, 0));
  return list;
}

/* Expand a template for the match offsets off into b. */
static void expand(YBuf *b, const YReTemplate *t, YValue string, const int64_t *off) {
  Subj s = subj_of(string);
  for (int i = 0; i < t->n; i++) {
    int g = t->items[i].group;
    if (g < 0) {
      Subj l = subj_of(t->items[i].lit);
      yrt_buf_putn(b, l.data, (size_t)l.len);
    } else if (off[2 * g] >= 0) {
      yrt_buf_putn(b, s.data + off[2 * g], (size_t)(off[2 * g + 1] - off[2 * g]));
    }
  }
}

/* The str (or, for a bytes subject, the bytes) of a buffer, which is freed. */
static YValue finish(YBuf *b, int isbytes) {
  if (!isbytes) return yrt_buf_finish(b);
  YValue v = yrt_bytes_new(b->data ? b->data : "", (int64_t)b->len);
  yrt_buf_free(b);
  return v;
}

/* CPython's test for a replacement: callable? */
static int is_callable(YValue v) {
  YValue c = yrt_b_callable(1, &v);
  return !YIS_ERR(c) && c.u.i;
}

/* sub and subn: the new string (and *count), or YERROR. */
static YValue subx(YValue pattern, YValue repl, YValue string, YValue vcount, int64_t *nsubs) {
  RePattern *p = PAT(pattern);
  int64_t count = 0;
  YReTemplate t = {0, NULL};
  int call = 0, literal = 0;
  int isbytes = bytes_pattern(pattern), mismatch = 0;
  if (is_callable(repl)) {
    call = 1;
  } else if (isbytes ? yrt_is_bytes(repl) : yrt_is_str(repl)) {
    Subj r = subj_of(repl);
    literal = !memchr(r.data, '\\', (size_t)r.len);
  } else if (yrt_is_str(repl) || yrt_is_bytes(repl)) {
    mismatch = 1; /* a str for bytes or the reverse: CPython's join fails at the first match */
  } else {
    return yrt_raise_msg(&yrt_exc_TypeError, "decoding to str: need a bytes-like object, %s found", yrt_tname(repl));
  }
  if (check_string(pattern, string) < 0) return YERROR;
  if (!YIS_UNBOUND(vcount) && yrt_int_arg(vcount, &count) < 0) return YERROR;
  if (!call && !literal && !mismatch && yrt_re_template(repl, p->ngroups, p->groupindex, &t) < 0) return YERROR;
  Subj subj = subj_of(string), *s = &subj;
  Scan sc = {p, s, 0, s->len, 0};
  YBuf b = {0};
  OFFSETS(p, off);
  int64_t last = 0, n = 0, items = 0, base_b = 0, base_c = 0;
  int k = 0;
  YValue res = YERROR;
  while (!count || n < count) {
    if ((k = scan_next(&sc, off)) != 1) break;
    if (off[0] > last) {
      yrt_buf_putn(&b, s->data + last, (size_t)(off[0] - last));
      items++;
    }
    if (mismatch) {
      yrt_raise_msg(&yrt_exc_TypeError, "sequence item %lld: expected %s, %s found", (long long)items,
                    isbytes ? "a bytes-like object" : "str instance", yrt_tname(repl));
      goto done;
    } else if (call) {
      Range r = {0, s->nchars, 0, s->len};
      base_c = char_index(s, off[0], base_b, base_c);
      base_b = off[0];
      YValue m = match_new(pattern, string, &r, base_b, base_c, off);
      YValue v = yrt_call(repl, 1, &m);
      yrt_decref(m);
      if (YIS_ERR(v)) goto done;
      if (!YIS_NONE(v)) {
        if (isbytes ? !yrt_is_bytes(v) : !yrt_is_str(v)) {
          yrt_raise_msg(&yrt_exc_TypeError, "sequence item %lld: expected %s, %s found", (long long)items,
                        isbytes ? "a bytes-like object" : "str instance", yrt_tname(v));
          yrt_decref(v);
          goto done;
        }
        Subj vs = subj_of(v);
        yrt_buf_putn(&b, vs.data, (size_t)vs.len);
        items++;
        yrt_decref(v);
      }
    } else if (literal) {
      Subj rs = subj_of(repl);
      yrt_buf_putn(&b, rs.data, (size_t)rs.len);
      items++;
    } else {
      expand(&b, &t, string, off);
      items++;
    }
    n++;
    last = off[1];
  }
  if (k < 0) goto done;
  *nsubs = n;
  if (n == 0) {
    res = yrt_incref(string);
  } else {
    yrt_buf_putn(&b, s->data + last, (size_t)(s->len - last));
    res = finish(&b, isbytes);
    memset(&b, 0, sizeof b);
  }
done:
  yrt_buf_free(&b);
  OFFSETS_FREE(off);
  yrt_re_template_free(&t);
  return res;
}

/* ===================================================================== */
/* Argument parsing                                                       */
/* ===================================================================== */

/* The arguments of a module function, a Python function in CPython:
 * `names` its parameters, the first `required` without defaults.  0, or
 * -1 and CPython's TypeError for a Python function's call. */
static int py_args(const char *what, const char *const *names, int nparams, int required, int argc,
                   const YValue *argv, int nkw, YStr *const *kwnames, YValue *out) {
  if (argc > nparams) {
    if (required == nparams)
      yrt_raise_msg(&yrt_exc_TypeError, "%s() takes %d positional argument%s but %d %s given", what, nparams,
                    nparams == 1 ? "" : "s", argc, argc == 1 ? "was" : "were");
    else
      yrt_raise_msg(&yrt_exc_TypeError, "%s() takes from %d to %d positional arguments but %d %s given", what,
                    required, nparams, argc, argc == 1 ? "was" : "were");
    return -1;
  }
  for (int i = 0; i < nparams; i++) out[i] = i < argc ? argv[i] : YUNBOUND;
  for (int k = 0; k < nkw; k++) {
    int i = 0;
    while (i < nparams && strcmp(kwnames[k]->data, names[i])) i++;
    if (i == nparams) {
      yrt_raise_msg(&yrt_exc_TypeError, "%s() got an unexpected keyword argument '%s'", what, kwnames[k]->data);
      return -1;
    }
    if (!YIS_UNBOUND(out[i])) {
      yrt_raise_msg(&yrt_exc_TypeError, "%s() got multiple values for argument '%s'", what, names[i]);
      return -1;
    }
    out[i] = argv[argc + k];
  }
  int missing = 0;
  for (int i = 0; i < required; i++) missing += YIS_UNBOUND(out[i]);
  if (missing) {
    YBuf b = {0};
    int seen = 0;
    for (int i = 0; i < required; i++) {
      if (!YIS_UNBOUND(out[i])) continue;
      if (seen) yrt_buf_puts(&b, missing == 2 ? " and " : seen == missing - 1 ? ", and " : ", ");
      yrt_buf_printf(&b, "'%s'", names[i]);
      seen++;
    }
    yrt_buf_putc(&b, 0);
    yrt_raise_msg(&yrt_exc_TypeError, "%s() missing %d required positional argument%s: %s", what, missing,
                  missing == 1 ? "" : "s", b.data);
    yrt_buf_free(&b);
    return -1;
  }
  return 0;
}

/* ===================================================================== */
/* The module's functions                                                 */
/* ===================================================================== */

#define POSITIONAL(n) \
  YValue yrt_re_##n(int argc, const YValue *argv) { return yrt_re_kw_##n(argc, argv, 0, NULL); }

YValue yrt_re_kw_compile(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"pattern", "flags"};
  YValue a[2];
  if (py_args("compile", names, 2, 1, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  return compile_any(a[0], a[1]);
}
POSITIONAL(compile)

/* search, match, fullmatch */
static YValue module_match(const char *what, uint32_t opts, int argc, const YValue *argv, int nkw,
                           YStr *const *kwnames) {
  static const char *const names[] = {"pattern", "string", "flags"};
  YValue a[3];
  if (py_args(what, names, 3, 2, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  YValue p = compile_any(a[0], a[2]);
  if (YIS_ERR(p)) return p;
  YValue r = do_match(p, a[1], YUNBOUND, YUNBOUND, opts);
  yrt_decref(p);
  return r;
}

YValue yrt_re_kw_search(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  return module_match("search", 0, argc, argv, nkw, kwnames);
}
POSITIONAL(search)
YValue yrt_re_kw_match(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  return module_match("match", PCRE2_ANCHORED, argc, argv, nkw, kwnames);
}
POSITIONAL(match)
YValue yrt_re_kw_fullmatch(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  return module_match("fullmatch", PCRE2_ANCHORED | PCRE2_ENDANCHORED, argc, argv, nkw, kwnames);
}
POSITIONAL(fullmatch)

/* findall, finditer */
static YValue module_scan(const char *what, int iter, int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"pattern", "string", "flags"};
  YValue a[3];
  if (py_args(what, names, 3, 2, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  YValue p = compile_any(a[0], a[2]);
  if (YIS_ERR(p)) return p;
  YValue r = iter ? finditer(p, a[1], YUNBOUND, YUNBOUND) : findall(p, a[1], YUNBOUND, YUNBOUND);
  yrt_decref(p);
  return r;
}

YValue yrt_re_kw_findall(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  return module_scan("findall", 0, argc, argv, nkw, kwnames);
}
POSITIONAL(findall)
YValue yrt_re_kw_finditer(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  return module_scan("finditer", 1, argc, argv, nkw, kwnames);
}
POSITIONAL(finditer)

YValue yrt_re_kw_split(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"pattern", "string", "maxsplit", "flags"};
  YValue a[4];
  if (py_args("split", names, 4, 2, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  YValue p = compile_any(a[0], a[3]);
  if (YIS_ERR(p)) return p;
  YValue r = split(p, a[1], a[2]);
  yrt_decref(p);
  return r;
}
POSITIONAL(split)

/* sub, subn */
static YValue module_sub(const char *what, int with_n, int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"pattern", "repl", "string", "count", "flags"};
  YValue a[5];
  if (py_args(what, names, 5, 3, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  YValue p = compile_any(a[0], a[4]);
  if (YIS_ERR(p)) return p;
  int64_t n = 0;
  YValue r = subx(p, a[1], a[2], a[3], &n);
  yrt_decref(p);
  if (!with_n || YIS_ERR(r)) return r;
  YValue t[2] = {r, yint(n)};
  return yrt_tuple_steal(2, t);
}

YValue yrt_re_kw_sub(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  return module_sub("sub", 0, argc, argv, nkw, kwnames);
}
POSITIONAL(sub)
YValue yrt_re_kw_subn(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  return module_sub("subn", 1, argc, argv, nkw, kwnames);
}
POSITIONAL(subn)

/* re.escape: a backslash before each of ()[]{}?*+-|^$\.&~# and white space. */
YValue yrt_re_kw_escape(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"pattern"};
  YValue a[1];
  if (py_args("escape", names, 1, 1, argc, argv, nkw, kwnames, a) < 0) return YERROR;
  if (!yrt_is_str(a[0]) && !yrt_is_bytes(a[0]))
    return yrt_raise_msg(&yrt_exc_TypeError, "decoding to str: need a bytes-like object, %s found", yrt_tname(a[0]));
  Subj s = subj_of(a[0]);
  YBuf b = {0};
  for (int64_t i = 0; i < s.len; i++) {
    char c = s.data[i];
    if (c && strchr("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", c)) yrt_buf_putc(&b, '\\');
    yrt_buf_putc(&b, c);
  }
  if (b.len == (size_t)s.len && yrt_is_str(a[0])) {
    yrt_buf_free(&b);
    return yrt_incref(a[0]);
  }
  return finish(&b, yrt_is_bytes(a[0]));
}
POSITIONAL(escape)

YValue yrt_re_kw_purge(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  if (py_args("purge", NULL, 0, 0, argc, argv, nkw, kwnames, NULL) < 0) return YERROR;
  yrt_clear(&cache);
  return YNONE;
}
POSITIONAL(purge)

/* The flags. */
YValue yrt_m_re_NOFLAG = {.tag = YT_INT, .u = {.i = 0}};
YValue yrt_m_re_I = {.tag = YT_INT, .u = {.i = F_IGNORECASE}};
YValue yrt_m_re_IGNORECASE = {.tag = YT_INT, .u = {.i = F_IGNORECASE}};
YValue yrt_m_re_M = {.tag = YT_INT, .u = {.i = F_MULTILINE}};
YValue yrt_m_re_MULTILINE = {.tag = YT_INT, .u = {.i = F_MULTILINE}};
YValue yrt_m_re_S = {.tag = YT_INT, .u = {.i = F_DOTALL}};
YValue yrt_m_re_DOTALL = {.tag = YT_INT, .u = {.i = F_DOTALL}};
YValue yrt_m_re_X = {.tag = YT_INT, .u = {.i = F_VERBOSE}};
YValue yrt_m_re_VERBOSE = {.tag = YT_INT, .u = {.i = F_VERBOSE}};
YValue yrt_m_re_A = {.tag = YT_INT, .u = {.i = F_ASCII}};
YValue yrt_m_re_ASCII = {.tag = YT_INT, .u = {.i = F_ASCII}};
YValue yrt_m_re_U = {.tag = YT_INT, .u = {.i = F_UNICODE}};
YValue yrt_m_re_UNICODE = {.tag = YT_INT, .u = {.i = F_UNICODE}};
YValue yrt_m_re_L = {.tag = YT_INT, .u = {.i = F_LOCALE}};
YValue yrt_m_re_LOCALE = {.tag = YT_INT, .u = {.i = F_LOCALE}};

const YType yrt_exc_re_error = YRT_EXC_CLASS_IN("re", "error", &yrt_exc_Exception);

/* ===================================================================== */
/* Pattern                                                                */
/* ===================================================================== */

/* self.method(...): argv[0] is the Pattern. */
#define PATTERN_METHOD(n, pyname, np, req, ...)                                                        \
  static YValue pattern_kw_##n(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {          \
    static const char *const names[] = {__VA_ARGS__};                                                   \
    YValue a[np];                                                                                       \
    if (yrt_args_kw(pyname, names, np, req, np, argc - 1, argv + 1, nkw, kwnames, a) < 0) return YERROR; \
    YValue self = argv[0];                                                                              \
    (void)self;
#define END_METHOD(n)                                                                          \
  }                                                                                            \
  static YValue pattern_##n(int argc, const YValue *argv) { return pattern_kw_##n(argc, argv, 0, NULL); } \
  static YBuiltin pattern_bobj_##n = {{YRT_IMMORTAL, &yrt_type_builtin}, #n, pattern_##n, pattern_kw_##n};

PATTERN_METHOD(match, "match", 3, 1, "string", "pos", "endpos")
return do_match(self, a[0], a[1], a[2], PCRE2_ANCHORED);
END_METHOD(match)
PATTERN_METHOD(search, "search", 3, 1, "string", "pos", "endpos")
return do_match(self, a[0], a[1], a[2], 0);
END_METHOD(search)
PATTERN_METHOD(fullmatch, "fullmatch", 3, 1, "string", "pos", "endpos")
return do_match(self, a[0], a[1], a[2], PCRE2_ANCHORED | PCRE2_ENDANCHORED);
END_METHOD(fullmatch)
PATTERN_METHOD(findall, "findall", 3, 1, "string", "pos", "endpos")
return findall(self, a[0], a[1], a[2]);
END_METHOD(findall)
PATTERN_METHOD(finditer, "finditer", 3, 1, "string", "pos", "endpos")
return finditer(self, a[0], a[1], a[2]);
END_METHOD(finditer)
PATTERN_METHOD(split, "split", 2, 1, "string", "maxsplit")
return split(self, a[0], a[1]);
END_METHOD(split)
PATTERN_METHOD(sub, "sub", 3, 2, "repl", "string", "count")
int64_t n;
return subx(self, a[0], a[1], a[2], &n);
END_METHOD(sub)
PATTERN_METHOD(subn, "subn", 3, 2, "repl", "string", "count")
int64_t n = 0;
YValue r = subx(self, a[0], a[1], a[2], &n);
if (YIS_ERR(r)) return r;
YValue t[2] = {r, yint(n)};
return yrt_tuple_steal(2, t);
END_METHOD(subn)

/* self.name, a method: a builtin_function_or_method (as CPython's) that
 * calls b with self first. */
static YValue bind(YBuiltin *b, YName name, YValue self) {
  YValue m = yrt_method_new(self, name);
  ((YMethod *)m.u.o)->func = yobj(b);
  return m;
}

/* The str `s` of repr, cut to n code points (%.nR). */
static void put_repr_cut(YBuf *b, YValue v, int64_t n) {
  YValue r = yrt_repr(v);
  if (YIS_ERR(r)) {
    yrt_decref(yrt_fetch_exc());
    return;
  }
  const YStr *s = YSTR(r);
  int64_t len = s->nchars > n ? yrt_str_offset(s, n) : s->len;
  yrt_buf_putn(b, s->data, (size_t)len);
  yrt_decref(r);
}

static YValue pattern_repr(YObj *o) {
  RePattern *p = (RePattern *)o;
  static const struct { int flag; const char *name; } names[] = {
      {1, "re.TEMPLATE"}, {F_IGNORECASE, "re.IGNORECASE"}, {F_LOCALE, "re.LOCALE"}, {F_MULTILINE, "re.MULTILINE"},
      {F_DOTALL, "re.DOTALL"}, {F_UNICODE, "re.UNICODE"}, {F_VERBOSE, "re.VERBOSE"}, {128, "re.DEBUG"},
      {F_ASCII, "re.ASCII"}};
  YBuf b = {0};
  yrt_buf_puts(&b, "re.compile(");
  put_repr_cut(&b, p->pattern, 200);
  int flags = p->flags;
  if ((flags & (F_LOCALE | F_UNICODE | F_ASCII)) == F_UNICODE) flags &= ~F_UNICODE;
  if (flags) {
    yrt_buf_puts(&b, ", ");
    int any = 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
      if (flags & names[i].flag) {
        if (any++) yrt_buf_putc(&b, '|');
        yrt_buf_puts(&b, names[i].name);
        flags &= ~names[i].flag;
      }
    if (flags) {
      if (any) yrt_buf_putc(&b, '|');
      yrt_buf_printf(&b, "0x%x", (unsigned)flags);
    }
  }
  yrt_buf_putc(&b, ')');
  return yrt_buf_finish(&b);
}

static YValue pattern_getattr(YObj *o, YName n) {
  RePattern *p = (RePattern *)o;
  YValue self = yobj(o);
  YBuiltin *m = NULL;
  switch (n) {
  case YN_pattern: return yrt_incref(p->pattern);
  case YN_flags: return yint(p->flags);
  case YN_groups: return yint(p->ngroups);
  case YN_groupindex: {
    YValue d = yrt_dict_new();
    YDict *src = YDICT(p->groupindex);
    for (int64_t i = 0; i < src->n; i++)
      if (!YIS_UNBOUND(src->entries[i].key)) yrt_dict_set(d, src->entries[i].key, src->entries[i].value);
    return d;
  }
  case YN_match: m = &pattern_bobj_match; break;
  case YN_search: m = &pattern_bobj_search; break;
  case YN_fullmatch: m = &pattern_bobj_fullmatch; break;
  case YN_findall: m = &pattern_bobj_findall; break;
  case YN_finditer: m = &pattern_bobj_finditer; break;
  case YN_split: m = &pattern_bobj_split; break;
  case YN_sub: m = &pattern_bobj_sub; break;
  case YN_subn: m = &pattern_bobj_subn; break;
  default: return yrt_no_attr(self, yrt_name_str[n]);
  }
  return bind(m, n, self);
}

const YTypeEx yrt_re_pattern_type = {YRT_TYPE_EX_HEAD_IN("re", "Pattern", YK_OTHER), pattern_dealloc, NULL, NULL, NULL, NULL,
                                     pattern_repr, pattern_getattr};

/* ===================================================================== */
/* Match                                                                  */
/* ===================================================================== */

/* The group number of index v (an int or a group name), or -1 and
 * IndexError("no such group"). */
static int group_index(const ReMatch *m, YValue v) {
  const RePattern *p = PAT(m->pattern);
  int64_t g = -1;
  if (yrt_is_intlike(v)) {
    g = v.u.i;
  } else if (yrt_is_str(v)) {
    YValue gv = yrt_dict_get(p->groupindex, v);
    if (YIS_ERR(gv)) return -1;
    if (!YIS_UNBOUND(gv)) g = gv.u.i;
  } else if (!yrt_is_big(v)) {
    int64_t h = yrt_hash(v); /* an unhashable index: TypeError, as the dict lookup gives */
    if (h == -1 && !YIS_UNBOUND(yrt_ts.exc)) return -1;
  }
  if (g < 0 || g > p->ngroups) {
    yrt_raise_msg(&yrt_exc_IndexError, "no such group");
    return -1;
  }
  return (int)g;
}

/* The value of group g (None or `dflt` if it did not match). */
static YValue group_value(const ReMatch *m, int g, YValue dflt) {
  if (m->off[2 * g] < 0) return yrt_incref(dflt);
  return piece(m->string, m->off[2 * g], m->off[2 * g + 1], 0);
}

static int64_t match_char(const ReMatch *m, int64_t b) {
  Subj s = subj_of(m->string);
  return char_index(&s, b, m->base_b, m->base_c);
}

#define MATCH_SELF ReMatch *self = MATCH(argv[0])

static YValue match_group(int argc, const YValue *argv) {
  MATCH_SELF;
  if (argc == 1) return group_value(self, 0, YNONE);
  if (argc == 2) {
    int g = group_index(self, argv[1]);
    return g < 0 ? YERROR : group_value(self, g, YNONE);
  }
  YTuple *t = yrt_tuple_alloc(argc - 1);
  for (int i = 1; i < argc; i++) t->items[i - 1] = YNONE;
  for (int i = 1; i < argc; i++) {
    int g = group_index(self, argv[i]);
    if (g < 0) {
      yrt_decref(yobj(t));
      return YERROR;
    }
    t->items[i - 1] = group_value(self, g, YNONE);
  }
  return yobj(t);
}

static YValue match_kw_groups(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"default"};
  YValue a[1];
  if (yrt_args_kw("groups", names, 1, 0, 1, argc - 1, argv + 1, nkw, kwnames, a) < 0) return YERROR;
  MATCH_SELF;
  YValue dflt = YIS_UNBOUND(a[0]) ? YNONE : a[0];
  int n = PAT(self->pattern)->ngroups;
  YTuple *t = yrt_tuple_alloc(n);
  for (int g = 1; g <= n; g++) t->items[g - 1] = group_value(self, g, dflt);
  return yobj(t);
}
static YValue match_groups(int argc, const YValue *argv) { return match_kw_groups(argc, argv, 0, NULL); }

static YValue match_kw_groupdict(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  static const char *const names[] = {"default"};
  YValue a[1];
  if (yrt_args_kw("groupdict", names, 1, 0, 1, argc - 1, argv + 1, nkw, kwnames, a) < 0) return YERROR;
  MATCH_SELF;
  YValue dflt = YIS_UNBOUND(a[0]) ? YNONE : a[0];
  YValue d = yrt_dict_new();
  YDict *gi = YDICT(PAT(self->pattern)->groupindex);
  for (int64_t i = 0; i < gi->n; i++) {
    if (YIS_UNBOUND(gi->entries[i].key)) continue;
    YValue v = group_value(self, (int)gi->entries[i].value.u.i, dflt);
    yrt_dict_set(d, gi->entries[i].key, v);
    yrt_decref(v);
  }
  return d;
}
static YValue match_groupdict(int argc, const YValue *argv) { return match_kw_groupdict(argc, argv, 0, NULL); }

/* start, end, span: which 0, 1, 2. */
static YValue match_pos(const char *name, int which, int argc, const YValue *argv) {
  if (yrt_args_range(name, argc - 1, 0, 1) < 0) return YERROR;
  MATCH_SELF;
  int g = 0;
  if (argc == 2 && (g = group_index(self, argv[1])) < 0) return YERROR;
  int64_t a = match_char(self, self->off[2 * g]), b = match_char(self, self->off[2 * g + 1]);
  if (which == 0) return yint(a);
  if (which == 1) return yint(b);
  YValue t[2] = {yint(a), yint(b)};
  return yrt_tuple_new(2, t);
}
static YValue match_start(int argc, const YValue *argv) { return match_pos("start", 0, argc, argv); }
static YValue match_end(int argc, const YValue *argv) { return match_pos("end", 1, argc, argv); }
static YValue match_span(int argc, const YValue *argv) { return match_pos("span", 2, argc, argv); }

static YValue match_expand(int argc, const YValue *argv) {
  if (yrt_args_one("expand", argc - 1) < 0) return YERROR;
  MATCH_SELF;
  YValue tv = argv[1];
  int isbytes = bytes_pattern(self->pattern);
  if (isbytes ? !yrt_is_bytes(tv) : !yrt_is_str(tv)) {
    if (yrt_is_str(tv) || yrt_is_bytes(tv))
      return yrt_raise_msg(&yrt_exc_TypeError, "sequence item 0: expected %s, %s found",
                           isbytes ? "a bytes-like object" : "str instance", yrt_tname(tv));
    return yrt_raise_msg(&yrt_exc_TypeError, "decoding to str: need a bytes-like object, %s found", yrt_tname(tv));
  }
  RePattern *p = PAT(self->pattern);
  YReTemplate t;
  if (yrt_re_template(tv, p->ngroups, p->groupindex, &t) < 0) return YERROR;
  YBuf b = {0};
  expand(&b, &t, self->string, self->off);
  yrt_re_template_free(&t);
  return finish(&b, isbytes);
}

/* Match methods that take no keywords: their message is "Match.NAME()
 * takes no keyword arguments" (CPython's), so they have no fn_kw. */
static YValue match_nokw(const char *name) {
  return yrt_raise_msg(&yrt_exc_TypeError, "Match.%s() takes no keyword arguments", name);
}
#define MATCH_NOKW(n)                                                                             \
  static YValue match_kw_##n(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {       \
    (void)argc, (void)argv, (void)nkw, (void)kwnames;                                             \
    return match_nokw(#n);                                                                         \
  }
MATCH_NOKW(start)
MATCH_NOKW(end)
MATCH_NOKW(span)

static YValue match_kw_group(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  (void)argc, (void)argv, (void)nkw, (void)kwnames;
  return yrt_raise_msg(&yrt_exc_TypeError, "group() takes no keyword arguments");
}
static YValue match_kw_expand(int argc, const YValue *argv, int nkw, YStr *const *kwnames) {
  (void)argc, (void)argv, (void)nkw, (void)kwnames;
  return yrt_raise_msg(&yrt_exc_TypeError, "expand() takes no keyword arguments");
}

#define MATCH_BOBJ(n) static YBuiltin match_bobj_##n = {{YRT_IMMORTAL, &yrt_type_builtin}, #n, match_##n, match_kw_##n}
MATCH_BOBJ(group);
MATCH_BOBJ(groups);
MATCH_BOBJ(groupdict);
MATCH_BOBJ(start);
MATCH_BOBJ(end);
MATCH_BOBJ(span);
MATCH_BOBJ(expand);

static YValue match_getattr(YObj *o, YName n) {
  ReMatch *m = (ReMatch *)o;
  YValue self = yobj(o);
  YBuiltin *b = NULL;
  switch (n) {
  case YN_string: return yrt_incref(m->string);
  case YN_re: return yrt_incref(m->pattern);
  case YN_pos: return yint(m->pos);
  case YN_endpos: return yint(m->endpos);
  case YN_lastindex: return m->lastindex ? yint(m->lastindex) : YNONE;
  case YN_regs: { /* the span of every group */
    int n = PAT(m->pattern)->ngroups + 1;
    YTuple *t = yrt_tuple_alloc(n);
    for (int g = 0; g < n; g++) {
      YValue sp[2] = {yint(match_char(m, m->off[2 * g])), yint(match_char(m, m->off[2 * g + 1]))};
      t->items[g] = yrt_tuple_new(2, sp);
    }
    return yobj(t);
  }
  case YN_lastgroup: {
    YValue name = m->lastindex ? PAT(m->pattern)->names[m->lastindex] : YUNBOUND;
    return YIS_UNBOUND(name) ? YNONE : yrt_incref(name);
  }
  case YN_group: b = &match_bobj_group; break;
  case YN_groups: b = &match_bobj_groups; break;
  case YN_groupdict: b = &match_bobj_groupdict; break;
  case YN_start: b = &match_bobj_start; break;
  case YN_end: b = &match_bobj_end; break;
  case YN_span: b = &match_bobj_span; break;
  case YN_expand: b = &match_bobj_expand; break;
  default: return yrt_no_attr(self, yrt_name_str[n]);
  }
  return bind(b, n, self);
}

/* m[g] (abstract.c's yrt_getitem) */
YValue yrt_re_match_getitem(YValue obj, YValue key) {
  ReMatch *m = MATCH(obj);
  int g = group_index(m, key);
  return g < 0 ? YERROR : group_value(m, g, YNONE);
}

/* <re.Match object; span=(0, 3), match='abc'> */
static YValue match_repr(YObj *o) {
  ReMatch *m = (ReMatch *)o;
  YBuf b = {0};
  yrt_buf_printf(&b, "<re.Match object; span=(%lld, %lld), match=", (long long)match_char(m, m->off[0]),
                 (long long)match_char(m, m->off[1]));
  YValue g = group_value(m, 0, YNONE);
  put_repr_cut(&b, g, 50);
  yrt_decref(g);
  yrt_buf_putc(&b, '>');
  return yrt_buf_finish(&b);
}

const YTypeEx yrt_re_match_type = {YRT_TYPE_EX_HEAD_IN("re", "Match", YK_OTHER), match_dealloc, NULL, NULL, NULL, NULL,
                                   match_repr, match_getattr};
