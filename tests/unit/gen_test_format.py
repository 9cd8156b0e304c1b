#!/usr/bin/env python3
# Regenerate with: python3 tests/unit/gen_test_format.py tests/unit/test_format.c
# Generates tests/unit/test_format.c: format(), repr() of floats and strs,
# str.format() and str % tuple cases, each with CPython 3.11's answer.
import random, struct, math, sys
random.seed(1234)

def cstr(b):
    if isinstance(b, str): b = b.encode('utf-8')
    out = []
    for c in b:
        if c in (0x22, 0x5c) or c < 0x20 or c >= 0x7f or c == ord('?'):
            out.append('\\%03o' % c)
        else:
            out.append(chr(c))
    return '"' + ''.join(out) + '"'

def outcome(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

INT_MIN, INT_MAX = -2**63, 2**63 - 1
ints = [0, 1, -1, 5, -5, 42, 255, -255, 1234, -1234, 1234567, -1234567, 65, 0x10FFFF, 0x110000,
        INT_MAX, INT_MIN, 10**15, 999999, 1000000]
floats = [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 2.5, 2.675, 123.456, 1234567.891, 1e16, 1e-5,
          1.5e-7, 1e22, 1e100, -1e-300, 5e-324, 1.7976931348623157e308, float('inf'),
          float('-inf'), float('nan'), 0.5, 100000.0, 1e6, 0.0001, 12345.678, 1e-320, 3.14159,
          -0.001, 0.00001234, 9.999999, 0.999999, 99.5, 1e15, 123456789012.345]
strs = ['', 'a', 'abc', 'héllo', 'x' * 12, '日本']

specs = set(['', '>5', '<5', '^9', '05', '+', ' ', ',', '_', '.2f', '.0f', '.3e', '.3g', 'g',
             '%', '.1%', 'x', '#x', 'X', '#X', 'o', '#o', 'b', '#b', 'c', 'n', '010,', '0=10,',
             '0>10,', '08,', '09,', '012_x', '*^9', 'é>5', '=+8', '#.0e', '#.0f', '#g', '#.3',
             '.0', '.1', '.3', '.17', 'z', 'z.1f', '08.2f', '010,.2f', 'dd', '.', ',_', '_,',
             '+c', '#c', ',c', ',n', ',x', '_x', 's', '.2s', '=5', 'd', 'e', 'E', 'f', 'F', 'G',
             '.2', '20', '-', '-5', ' 5', '+010.3f', ',.2f', '_.2f', ',d', '<08', '^08',
             '99999999999999999999999'])
fills = ['', '*', '0', 'é', ' ']
for _ in range(1500):
    fill = random.choice(fills)
    align = random.choice(['', '<', '>', '^', '='])
    if not align: fill = ''
    spec = fill + align + random.choice(['', '+', '-', ' ']) + random.choice(['', '', '', 'z']) \
        + random.choice(['', '', '#']) + random.choice(['', '', '0']) \
        + random.choice(['', '', '1', '5', '12', '20']) + random.choice(['', '', '', ',', '_']) \
        + random.choice(['', '', '.0', '.1', '.3', '.10']) \
        + random.choice(['', 'd', 'f', 'F', 'e', 'E', 'g', 'G', '%', 's', 'x', 'X', 'o', 'b', 'c', 'n'])
    specs.add(spec)
specs = sorted(specs)

cases = []  # (kind, value, spec, want)
for sp in specs:
    for v in ints:
        cases.append(('I', v, sp, outcome(lambda: format(v, sp))))
    for v in floats:
        cases.append(('F', v, sp, outcome(lambda: format(v, sp))))
    for v in strs:
        cases.append(('S', v, sp, outcome(lambda: format(v, sp))))
    for v in (True, False):
        cases.append(('B', v, sp, outcome(lambda: format(v, sp))))
    cases.append(('N', None, sp, outcome(lambda: format(None, sp))))
# drop cases whose answer needs more than 64-bit ints (none here) and keep it modest
random.shuffle(cases)
cases = cases[:12000]
# Widths and precisions past what fits anywhere: CPython's errors, and
# MemoryError where its allocation of 2**63 - 1 characters fails.  (A spec
# that CPython answers with gigabytes of text is not a test case.)
huge_specs = ['.99999999999999999f', '.99999999999999999999f', '.2147483648f', '.2147483648e',
              '.2147483648g', '.2147483648%', '.2147483648', '99999999999999999999',
              '9223372036854775807', '9223372036854775808', '.9223372036854775807',
              '.99999999999999999999', '99999999999999999999.2f', '9223372036854775807,',
              '09223372036854775807', '*^9223372036854775807', 'é<9223372036854775807',
              '9223372036854775807.1f', '=9223372036854775807', '9223372036854775807_x',
              '>9223372036854775807c', '9223372036854775807.3%']
for sp in huge_specs:
    for kind, v in (('I', 7), ('F', 1.5), ('S', 'ab'), ('B', True)):
        cases.append((kind, v, sp, outcome(lambda: format(v, sp))))

reprs = []
def add_float(x):
    reprs.append((x, repr(x)))
for x in floats: add_float(x)
for _ in range(3000):
    bits = random.getrandbits(64)
    x = struct.unpack('<d', struct.pack('<Q', bits))[0]
    add_float(x)
for _ in range(2000):
    x = round(random.uniform(-1000, 1000), random.randint(0, 12))
    add_float(x)
for e in range(-30, 30):
    for m in (1, 1.5, 9.999999999999999, 123456789, 1.0000000000000002):
        add_float(m * 10.0 ** e)
for x in (2**53, 2**53 + 2, 2e16 + 8, 1234567890123456.0, 12345678901234567.0, 0.3, 1 / 3, 2 / 3):
    add_float(float(x))

str_reprs = ['', "a'b", 'a"b', 'a\'b"', '\\', '\t\n\r\x01\x1f\x7f', 'é', '\x80\x9f\xa0\xa1\xad',
             '\u2028\u2029\u200b\u3000\ufeff', '\ue000\U000f0000', '😀', 'Σ\u0377', 'ÿ\u0100',
             '\u0600\u061c\u180e\u2060\u206f']

fmt_calls = [('{} {}', [1, 'a']), ('{0}{1}{0}', [1, 2]), ('{:>5}|', ['a']), ('{!r}', ['a']),
             ('{{}}', []), ('{}', []), ('{0} {}', [1, 2]), ('{} {0}', [1, 2]), ('{x}', [1]),
             ('{', []), ('}', []), ('{:{}}', [1, 5]), ('{0!x}', [1]), ('{5}', [1]),
             ('{!s:>4}', [1]), ('{0:.{1}f}', [3.14159, 2]), ('a{0!a}b', ['é']), ('{0', [1]),
             ('{:d}', ['a']), ('{0[1]}', [[5, 6]]), ('{!r:^9}', ['é']),
             ('{:.99999999999999999f}', [1.5]), ('{:{}}', [1.5, 9223372036854775807]),
             ('{:>{}}', ['a', 9223372036854775807])]

# printf-style formatting (str % tuple) with huge widths and precisions.
pct_calls = [('%.2147483648f', [1.5]), ('%99999999999999999999d', [7]),
             ('%9223372036854775807d', [7]), ('%9223372036854775808d', [7]),
             ('%.99999999999999999999f', [1.5]), ('%-9223372036854775807s|', ['ab']),
             ('%*d', [2**62, 7]), ('%*s', [-2**62, 'ab']), ('%.*f', [2**31, 1.5]),
             ('%.2147483647s', ['ab']), ('%09223372036854775807.2f', [1.5]), ('%5.2f|%-4d|', [1.5, 7])]

with open(sys.argv[1], 'w') as f:
    w = f.write
    w('/*\n * test_format.c: format(), float repr, str repr, str.format() and str % tuple\n'
      ' * against CPython 3.11.  GENERATED: every expected text is what python3 printed\n'
      ' * for the same case: python3 tests/unit/gen_test_format.py tests/unit/test_format.c\n */\n')
    w('#include "unit.h"\n\n#include <math.h>\n\n')
    w('typedef struct FmtCase {\n  char kind; /* I int, F float, S str, B bool, N None */\n'
      '  long long i;\n  double f;\n  const char *s;\n  const char *spec;\n  const char *want;\n} FmtCase;\n\n')
    w('static const FmtCase fmt_cases[] = {\n')
    for kind, v, sp, want in cases:
        i = 0; fl = '0.0'; s = 'NULL'
        if kind == 'I': i = v
        elif kind == 'B': i = int(v)
        elif kind == 'F':
            if math.isnan(v): fl = 'NAN'
            elif math.isinf(v): fl = 'INFINITY' if v > 0 else '-INFINITY'
            else: fl = v.hex()
        elif kind == 'S': s = cstr(v)
        ilit = '(-9223372036854775807LL - 1)' if i == INT_MIN else '%dLL' % i
        w('    {\'%s\', %s, %s, %s, %s, %s},\n' % (kind, ilit, fl, s, cstr(sp), cstr(want)))
    w('};\n\n')
    w('static const struct { double x; const char *want; } float_reprs[] = {\n')
    for x, r in reprs:
        if math.isnan(x): lit = 'NAN'
        elif math.isinf(x): lit = 'INFINITY' if x > 0 else '-INFINITY'
        else: lit = x.hex()
        w('    {%s, %s},\n' % (lit, cstr(r)))
    w('};\n\n')
    w('static const struct { const char *s, *want; } str_reprs[] = {\n')
    for x in str_reprs:
        w('    {%s, %s},\n' % (cstr(x), cstr(repr(x))))
        w('    {%s, %s},\n' % (cstr(x + "'"), cstr(repr(x + "'"))))
    w('};\n\n')
    w('static const struct { const char *s, *ascii; } str_ascii[] = {\n')
    for x in str_reprs:
        w('    {%s, %s},\n' % (cstr(x), cstr(ascii(x))))
    w('};\n\n')
    w('/* str.format: the format string, up to 2 args (I int, F float, S str, L [5, 6]), the answer. */\n')
    w('static const struct { const char *fmt; const char *kinds; long long i[2]; double f[2]; const char *s[2]; const char *want; } fmt_calls[] = {\n')
    for fmt, args in fmt_calls:
        kinds = ''; ii = [0, 0]; ff = ['0.0', '0.0']; ss = ['NULL', 'NULL']
        for k, a in enumerate(args):
            if isinstance(a, int): kinds += 'I'; ii[k] = a
            elif isinstance(a, float): kinds += 'F'; ff[k] = a.hex()
            elif isinstance(a, str): kinds += 'S'; ss[k] = cstr(a)
            else: kinds += 'L'
        want = outcome(lambda: fmt.format(*args))
        w('    {%s, "%s", {%d, %d}, {%s, %s}, {%s, %s}, %s},\n' % (cstr(fmt), kinds, ii[0], ii[1], ff[0], ff[1], ss[0], ss[1], cstr(want)))
    w('};\n\n')
    w('/* str % tuple: the format string, the tuple (kinds as for str.format), the answer. */\n')
    w('static const struct { const char *fmt; const char *kinds; long long i[2]; double f[2]; const char *s[2]; const char *want; } pct_calls[] = {\n')
    for fmt, args in pct_calls:
        kinds = ''; ii = [0, 0]; ff = ['0.0', '0.0']; ss = ['NULL', 'NULL']
        for k, a in enumerate(args):
            if isinstance(a, int): kinds += 'I'; ii[k] = a
            elif isinstance(a, float): kinds += 'F'; ff[k] = a.hex()
            else: kinds += 'S'; ss[k] = cstr(a)
        want = outcome(lambda: fmt % tuple(args))
        w('    {%s, "%s", {%dLL, %dLL}, {%s, %s}, {%s, %s}, %s},\n' % (cstr(fmt), kinds, ii[0], ii[1], ff[0], ff[1], ss[0], ss[1], cstr(want)))
    w('};\n\n')
    w(r'''#define N(a) (sizeof(a) / sizeof((a)[0]))

static YValue case_value(const FmtCase *c) {
  switch (c->kind) {
  case 'I': return yint(c->i);
  case 'B': return ybool((int)c->i);
  case 'F': return yfloat(c->f);
  case 'S': return yrt_str_from_c(c->s);
  default: return YNONE;
  }
}

/* Run op and compare its str result (or "Type: message") with want. */
static void check_text(int line, const char *what, YValue r, const char *want) {
  char buf[2048];
  unit_checks++;
  if (YIS_ERR(r)) {
    unit_exc_text(buf, sizeof buf);
    if (strcmp(buf, want) != 0) unit_fail(line, what, buf, want);
    return;
  }
  if (strcmp(yrt_str_cstr(r), want) != 0) unit_fail(line, what, yrt_str_cstr(r), want);
  yrt_decref(r);
}

int main(void) {
  char what[256];
  yrt_init(0, NULL, "test_format");
  for (size_t k = 0; k < N(fmt_cases); k++) {
    const FmtCase *c = &fmt_cases[k];
    YValue v = case_value(c), spec = yrt_str_from_c(c->spec);
    snprintf(what, sizeof what, "format(%c %lld %.17g \"%s\", \"%s\")", c->kind, c->i, c->f,
             c->s ? c->s : "", c->spec);
    check_text(__LINE__, what, yrt_format(v, spec), c->want);
    yrt_decref(v);
    yrt_decref(spec);
  }
  for (size_t k = 0; k < N(float_reprs); k++) {
    char buf[64];
    yrt_float_repr(float_reprs[k].x, buf, sizeof buf);
    unit_checks++;
    if (strcmp(buf, float_reprs[k].want) != 0) unit_fail(__LINE__, "float repr", buf, float_reprs[k].want);
  }
  for (size_t k = 0; k < N(str_reprs); k++) {
    YValue v = yrt_str_from_c(str_reprs[k].s);
    check_text(__LINE__, "str repr", yrt_repr(v), str_reprs[k].want);
    yrt_decref(v);
  }
  for (size_t k = 0; k < N(str_ascii); k++) {
    YValue v = yrt_str_from_c(str_ascii[k].s);
    check_text(__LINE__, "ascii", yrt_ascii(v), str_ascii[k].ascii);
    yrt_decref(v);
  }
  for (size_t k = 0; k < N(fmt_calls); k++) {
    YValue args[2], fmt = yrt_str_from_c(fmt_calls[k].fmt);
    int n = (int)strlen(fmt_calls[k].kinds);
    for (int j = 0; j < n; j++) {
      switch (fmt_calls[k].kinds[j]) {
      case 'I': args[j] = yint(fmt_calls[k].i[j]); break;
      case 'F': args[j] = yfloat(fmt_calls[k].f[j]); break;
      case 'S': args[j] = yrt_str_from_c(fmt_calls[k].s[j]); break;
      default: {
        YValue items[2] = {yint(5), yint(6)};
        args[j] = yrt_list_new(2, items);
      }
      }
    }
    check_text(__LINE__, fmt_calls[k].fmt, yrt_callmethod(fmt, YN_format, n, args), fmt_calls[k].want);
    for (int j = 0; j < n; j++) yrt_decref(args[j]);
    yrt_decref(fmt);
  }
  for (size_t k = 0; k < N(pct_calls); k++) {
    YValue args[2], fmt = yrt_str_from_c(pct_calls[k].fmt);
    int n = (int)strlen(pct_calls[k].kinds);
    for (int j = 0; j < n; j++) {
      switch (pct_calls[k].kinds[j]) {
      case 'I': args[j] = yint(pct_calls[k].i[j]); break;
      case 'F': args[j] = yfloat(pct_calls[k].f[j]); break;
      default: args[j] = yrt_str_from_c(pct_calls[k].s[j]); break;
      }
    }
    YValue tuple = yrt_tuple_new(n, args);
    check_text(__LINE__, pct_calls[k].fmt, yrt_str_percent(fmt, tuple), pct_calls[k].want);
    for (int j = 0; j < n; j++) yrt_decref(args[j]);
    yrt_decref(tuple);
    yrt_decref(fmt);
  }
  return unit_done("test_format");
}
''')
