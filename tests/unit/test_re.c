/*
 * test_re.c: unit tests of the re module (runtime/re.c, runtime/re_parse.c):
 * what yrt_re_parse writes for PCRE2, the functions and methods called
 * through the module's slots and the objects' attributes, spans past
 * non-ASCII text, patterns with many groups, deep backtracking, the cache,
 * argument and syntax errors, and reference counts.
 *
 * Each PY_REPR(PYTHON, C, WANT) / PY_ERR(PYTHON, C, WANT) check performs
 * the Python expression PYTHON in C and wants WANT, which is what python3
 * (3.11) gives for it: tests/unit/check_re.py evaluates every PYTHON under
 * CPython (with `import re` and the helpers below) and compares.  The
 * PCRE(PATTERN, FLAGS, WANT) checks are of the translation alone (PCRE2
 * syntax, nothing CPython can check).
 */
#include "unit.h"

#include <stdarg.h>


/* Test values are kept alive to the end (K) and borrowed by the calls. */

/* obj.name(*args): an owned result. */
static YValue meth(YValue obj, YName name, int argc, ...) {
  YValue argv[16];
  va_list ap;
  va_start(ap, argc);
  for (int i = 0; i < argc; i++) argv[i] = va_arg(ap, YValue);
  va_end(ap);
  return yrt_callmethod(obj, name, argc, argv);
}
/* obj.name (an owned result). */
static YValue attr(YValue obj, YName name) { return yrt_getattr(obj, name); }

/* re.NAME, through the module object. */
#define RE(n) K(yrt_getattr(yobj(&yrt_module_re), YN_##n))
/* An argument made by a call, kept alive to the end. */
#define A(x) K(x)

/* ---- the translation ------------------------------------------------------ */

static void check_pcre(int line, const char *pattern, int flags, const char *want) {
  YReParsed p;
  YValue pat = yrt_str_from_c(pattern);
  if (yrt_re_parse(pat, flags, &p) < 0) {
    unit_str(line, pattern, YERROR, want);
  } else {
    unit_str(line, pattern, yrt_str_from_c(p.pcre.data), want);
    yrt_re_parsed_free(&p);
  }
  yrt_decref(pat);
}
#define PCRE(pattern, flags, want) check_pcre(__LINE__, pattern, flags, want)

static void test_translation(void) {
  PCRE("abc", 0, "abc");
  PCRE("a.b|^c$", 0, "a.b|^c$");
  PCRE("\\Aa\\Z\\b\\B", 0, "\\Aa\\z\\b\\B");
  PCRE("\\d\\w\\s\\D\\W\\S", 0, "\\d\\w\\s\\D\\W\\S");
  PCRE("\\v\\a\\0\\012\\x41\\u20ac\\U0001F600", 0, "\\x{b}\\x{7}\\x{0}\\x{a}A\xe2\x82\xac\xf0\x9f\x98\x80");
  PCRE("[\\[:alpha:\\b\\d-]", 0, "[\\x{5b}\\x{3a}alpha\\x{3a}\\x{8}\\d\\x{2d}]");
  PCRE("[^]a-z\\]]", 0, "[^\\x{5d}a-z\\x{5d}]");
  PCRE("(?P<name>a)(?P=name)\\1", 0, "(a)\\g{1}\\g{1}");
  PCRE("(a)(?(1)b|c)(?P<x>d)(?(x)e)", 0, "(a)(?(1)b|c)(d)(?(2)e)");
  PCRE("a{,3}b{2}c{2,}d{1,2}?e*+f{", 0, "a{0,3}b{2}c{2,}d{1,2}?e*+f\\x{7b}");
  PCRE("(?i)a(?s-m:b)(?x: c d )(?#note)(?:e)(?>f)", 0, "a(?s-m:b)(?:cd)(?:e)(?>f)");
  PCRE("(?=a)(?!b)(?<=c)(?<!d)", 0, "(?=a)(?!b)(?<=c)(?<!d)");
  PCRE(" a # comment\n b\\ c [ #] ", 64, "ab\\x{20}c[\\x{20}\\x{23}]");
  PCRE("\xc3\xa9+", 0, "\xc3\xa9+");
}

/* ---- matching ------------------------------------------------------------- */

static void test_match(void) {
  YValue p = A(call(RE(compile), 1, s("(?P<k>\\w+)=(?P<v>\\d+)?")));
  PY_REPR("re.compile('(?P<k>\\\\w+)=(?P<v>\\\\d+)?')", yrt_incref(p), "re.compile('(?P<k>\\\\w+)=(?P<v>\\\\d+)?')");
  YValue m = A(meth(p, YN_search, 1, s("x: key=42;")));
  PY_REPR("re.search('(?P<k>\\\\w+)=(?P<v>\\\\d+)?', 'x: key=42;')", yrt_incref(m),
          "<re.Match object; span=(3, 9), match='key=42'>");
  PY_REPR("re.search('(?P<k>\\\\w+)=(?P<v>\\\\d+)?', 'x: key=42;').groups()", meth(m, YN_groups, 0),
          "('key', '42')");
  PY_REPR("re.search('(?P<k>\\\\w+)=(?P<v>\\\\d+)?', 'x: key=42;').group('v', 1, 0)",
          meth(m, YN_group, 3, s("v"), yint(1), yint(0)), "('42', 'key', 'key=42')");
  PY_REPR("re.search('(?P<k>\\\\w+)=(?P<v>\\\\d+)?', 'x: key=42;')['k']", yrt_getitem(m, s("k")), "'key'");
  PY_REPR("re.search('(?P<k>\\\\w+)=(?P<v>\\\\d+)?', 'x: key=42;').span('v')", meth(m, YN_span, 1, s("v")),
          "(7, 9)");
  PY_REPR("re.search('(?P<k>\\\\w+)=(?P<v>\\\\d+)?', 'x: key=42;').lastgroup", attr(m, YN_lastgroup), "'v'");
  PY_REPR("re.search('(?P<k>\\\\w+)=(?P<v>\\\\d+)?', 'x: key=42;').groupdict()", meth(m, YN_groupdict, 0),
          "{'k': 'key', 'v': '42'}");
  YValue m2 = A(meth(p, YN_match, 1, s("k=")));
  PY_REPR("re.match('(?P<k>\\\\w+)=(?P<v>\\\\d+)?', 'k=').groups('-')", meth(m2, YN_groups, 1, s("-")),
          "('k', '-')");
  PY_REPR("re.match('(?P<k>\\\\w+)=(?P<v>\\\\d+)?', 'k=').groupdict(default=0)",
          callkw(A(attr(m2, YN_groupdict)), 0, 1, "default", yint(0)), "{'k': 'k', 'v': 0}");
  PY_REPR("re.match('(?P<k>\\\\w+)=(?P<v>\\\\d+)?', 'k=').lastindex", attr(m2, YN_lastindex), "1");
  PY_ERR("re.match('(?P<k>\\\\w+)=(?P<v>\\\\d+)?', 'k=').group(3)", meth(m2, YN_group, 1, yint(3)),
         "IndexError: no such group");
  PY_ERR("re.match('(?P<k>\\\\w+)=(?P<v>\\\\d+)?', 'k=')[[]]", yrt_getitem(m2, A(yrt_list_new(0, NULL))),
         "TypeError: unhashable type: 'list'");

  /* code points, not bytes: a look-behind's group before pos, counted back */
  YValue u = A(call(RE(compile), 1, s("(?<=(\xc3\xa9\xc3\xa9))(\\w)")));
  YValue um = A(meth(u, YN_search, 2, s("a\xc3\xa9\xc3\xa9" "b\xc3\xa9\xc3\xa9" "c"), yint(4)));
  PY_REPR("re.compile('(?<=(éé))(\\\\w)').search('aéébééc', 4).regs[1:]",
          yrt_tuple_steal(2, (YValue[]){meth(um, YN_span, 1, yint(1)), meth(um, YN_span, 1, yint(2))}),
          "((4, 6), (6, 7))");
  PY_REPR("list(re.finditer('.', 'aé€😀b'))",
          yrt_list_from_iterable(A(call(RE(finditer), 2, s("."), s("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80" "b")))),
          "[<re.Match object; span=(0, 1), match='a'>, <re.Match object; span=(1, 2), match='é'>, "
          "<re.Match object; span=(2, 3), match='€'>, <re.Match object; span=(3, 4), match='😀'>, "
          "<re.Match object; span=(4, 5), match='b'>]");

  /* more groups than the stack buffer of offsets holds */
  YBuf b = {0};
  for (int i = 0; i < 40; i++) yrt_buf_puts(&b, "(.)");
  YValue many = A(yrt_buf_finish(&b));
  YValue text = s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN");
  PY_REPR("re.match('(.)' * 40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN').span(40)",
          meth(A(call(RE(match), 2, many, text)), YN_span, 1, yint(40)), "(39, 40)");
  PY_REPR("re.sub('(.)' * 40, r'\\40\\1', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN')",
          call(RE(sub), 3, many, s("\\40\\1"), text), "'Na'");
  PY_REPR("len(re.findall('(.)' * 40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN')[0])",
          yint(YTUPLE(YLIST(A(call(RE(findall), 2, many, text)))->items[0])->len), "40");

  /* deep backtracking on a long subject: past the JIT's stack, no limit */
  YBuf lb = {0};
  for (int i = 0; i < 200000; i++) yrt_buf_puts(&lb, i % 2 ? "b" : "a");
  YValue longs = A(yrt_buf_finish(&lb));
  PY_REPR("re.fullmatch('(a|b)*', 'ab' * 100000).span()",
          meth(A(call(RE(fullmatch), 2, s("(a|b)*"), longs)), YN_span, 0), "(0, 200000)");
  PY_REPR("len(re.findall('(?:a|b)*?b', 'ab' * 100000))", yint(YLIST(A(call(RE(findall), 2, s("(?:a|b)*?b"), longs)))->len),
          "100000");
}

static void test_functions(void) {
  PY_REPR("re.sub('(?P<x>\\\\d)', '<\\\\g<x>>', 'a1b2', count=1)",
          callkw(RE(sub), 3, 1, s("(?P<x>\\d)"), s("<\\g<x>>"), s("a1b2"), "count", yint(1)), "'a<1>b2'");
  PY_REPR("re.subn('o', '0', 'foo', flags=re.I)", callkw(RE(subn), 3, 1, s("O"), s("0"), s("foo"), "flags", yint(2)),
          "('f00', 2)");
  PY_REPR("re.split('(,)', 'a,b,c', maxsplit=1)", callkw(RE(split), 2, 1, s("(,)"), s("a,b,c"), "maxsplit", yint(1)),
          "['a', ',', 'b,c']");
  PY_REPR("re.findall('', 'ab')", call(RE(findall), 2, s(""), s("ab")), "['', '', '']");
  PY_REPR("re.escape('1+1=2?')", call(RE(escape), 1, s("1+1=2?")), "'1\\\\+1=2\\\\?'");
  PY_REPR("re.compile('a', re.M | re.S)", call(RE(compile), 2, s("a"), yint(24)),
          "re.compile('a', re.MULTILINE|re.DOTALL)");
  PY_REPR("re.compile('a', 512)", call(RE(compile), 2, s("a"), yint(512)), "re.compile('a', 0x200)");
  PY_REPR("re.compile('(?x)a').flags", attr(A(call(RE(compile), 1, s("(?x)a"))), YN_flags), "96");
  PY_REPR("int(re.I | re.X)", yrt_or(RE(I), RE(X)), "66");
  PY_REPR("re.purge()", call(RE(purge), 0), "None");
  PY_ERR("re.compile('[a')", call(RE(compile), 1, s("[a")), "error: unterminated character set at position 0");
  PY_ERR("re.compile('a{2,1}')", call(RE(compile), 1, s("a{2,1}")), "error: min repeat greater than max repeat at position 2");
  PY_ERR("re.compile('(?<=a+)')", call(RE(compile), 1, s("(?<=a+)")), "error: look-behind requires fixed-width pattern");
  PY_ERR("re.compile('a', re.LOCALE)", call(RE(compile), 2, s("a"), yint(4)),
         "ValueError: cannot use LOCALE flag with a str pattern");
  PY_ERR("re.search('a', 1)", call(RE(search), 2, s("a"), yint(1)),
         "TypeError: expected string or bytes-like object, got 'int'");
  PY_ERR("re.match(None, 'a')", call(RE(match), 2, YNONE, s("a")),
         "TypeError: first argument must be string or compiled pattern");
  PY_ERR("re.fullmatch('a', 'a', 0, 1)", call(RE(fullmatch), 4, s("a"), s("a"), yint(0), yint(1)),
         "TypeError: fullmatch() takes from 2 to 3 positional arguments but 4 were given");
  PY_ERR("re.sub('a', 'b')", call(RE(sub), 2, s("a"), s("b")),
         "TypeError: sub() missing 1 required positional argument: 'string'");
  PY_ERR("re.subn()", call(RE(subn), 0), "TypeError: subn() missing 3 required positional arguments: 'pattern', 'repl', and 'string'");
  PY_ERR("re.escape(pattern='a', x=1)", callkw(RE(escape), 0, 2, "pattern", s("a"), "x", yint(1)),
         "TypeError: escape() got an unexpected keyword argument 'x'");
  PY_ERR("re.compile('a').split('a', 1, maxsplit=2)",
         callkw(A(attr(A(call(RE(compile), 1, s("a"))), YN_split)), 2, 1, s("a"), yint(1), "maxsplit", yint(2)),
         "TypeError: split() takes at most 2 arguments (3 given)");
  PY_ERR("re.compile('a').finditer('a', 1.5)", meth(A(call(RE(compile), 1, s("a"))), YN_finditer, 2, s("a"), yfloat(1.5)),
         "TypeError: 'float' object cannot be interpreted as an integer");
}

/* ---- objects and reference counts ----------------------------------------- */

static void test_refcounts(void) {
  YValue str = yrt_str_from_c("one two three");
  YValue pat = yrt_str_from_c("(\\w+) (?P<b>\\w+)");
  intptr_t rs = str.u.o->refcnt;
  YValue p = call(RE(compile), 1, pat);
  YValue p2 = call(RE(compile), 1, pat);
  CHECK_INT(p.u.o == p2.u.o, 1); /* the cache */
  yrt_decref(p2);
  YValue m = meth(p, YN_match, 1, str);
  CHECK_INT(str.u.o->refcnt, rs + 1);
  YValue it = meth(p, YN_finditer, 1, str);
  CHECK_INT(str.u.o->refcnt, rs + 2);
  YValue l = yrt_list_from_iterable(it);
  CHECK_INT(str.u.o->refcnt, rs + 2); /* m and the list's one match: the exhausted iterator let go */
  yrt_decref(l);
  yrt_decref(it);
  yrt_decref(m);
  CHECK_INT(str.u.o->refcnt, rs);
  yrt_decref(yrt_re_sub(3, (YValue[]){p, s("\\2"), str}));
  yrt_decref(yrt_re_split(2, (YValue[]){p, str}));
  CHECK_INT(str.u.o->refcnt, rs);
  intptr_t rp = p.u.o->refcnt;
  yrt_decref(call(RE(purge), 0));
  CHECK_INT(p.u.o->refcnt, rp - 1); /* the cache let go */
  yrt_decref(p);
  yrt_decref(pat);
  yrt_decref(str);
}

int main(void) {
  test_translation();
  test_match();
  test_functions();
  test_refcounts();
  return unit_done("test_re");
}
