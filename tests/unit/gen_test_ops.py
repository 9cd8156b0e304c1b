#!/usr/bin/env python3
# Regenerate with: python3 tests/unit/gen_test_ops.py tests/unit/test_ops.c
# Generates tests/unit/test_ops.c: randomized str methods, slices, arithmetic,
# comparisons, hashes and int()/float() parsing, each checked against CPython.
import random, math, struct, sys
random.seed(99)
INT_MIN, INT_MAX = -2**63, 2**63 - 1

def cstr(b):
    if isinstance(b, str): b = b.encode('utf-8')
    out = []
    for c in b:
        if c in (0x22, 0x5c) or c < 0x20 or c >= 0x7f or c == ord('?'):
            out.append('\\%03o' % c)
        else:
            out.append(chr(c))
    return '"' + ''.join(out) + '"'

def flit(x):
    if math.isnan(x): return 'NAN'
    if math.isinf(x): return 'INFINITY' if x > 0 else '-INFINITY'
    return x.hex()

def ilit(i):
    return '(-9223372036854775807LL - 1)' if i == INT_MIN else '%dLL' % i

def enc_item(v):
    if v is None: return 'n:'
    if isinstance(v, bool): return 'b:%d' % int(v)
    if isinstance(v, int): return 'i:%d' % v
    if isinstance(v, float): return 'f:' + repr(v)
    if isinstance(v, str): return 's:' + v
    raise TypeError(v)

class Mixed(tuple): pass
class Dict(dict): pass

def arg(v):
    if isinstance(v, Mixed): return "{'m', 0, 0.0, %s}" % cstr('\x1f'.join(enc_item(x) for x in v))
    if isinstance(v, Dict): return "{'d', 0, 0.0, %s}" % cstr('\x1f'.join(k + '\x1e' + enc_item(x) for k, x in v.items()))
    if v is None: return "{'n', 0, 0.0, NULL}"
    if isinstance(v, bool): return "{'b', %d, 0.0, NULL}" % int(v)
    if isinstance(v, int): return "{'i', %s, 0.0, NULL}" % ilit(v)
    if isinstance(v, float): return "{'f', 0, %s, NULL}" % flit(v)
    if isinstance(v, str): return "{'s', 0, 0.0, %s}" % cstr(v)
    if isinstance(v, tuple): return "{'t', 0, 0.0, %s}" % cstr('|'.join(v))
    if isinstance(v, list): return "{'l', %d, 0.0, NULL}" % len(v)   # list(range(n))
    if isinstance(v, range): return "{'r', %d, 0.0, NULL}" % len(v)  # range(n)
    raise TypeError(v)

def outcome(f):
    try:
        r = f()
        if isinstance(r, complex): return None
        return repr(r)
    except OverflowError as e:
        return 'OverflowError: %s' % e
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

cases = []
def case(name, self, args, f):
    w = outcome(f)
    if w is None: return  # a complex result: yieldc raises ValueError instead
    if len(w) > 500: return
    if '\x00' in w: return
    if isinstance(self, str) and '\x00' in self: return
    cases.append((name, self, args, w))

alphabet = ['a', 'b', ' ', ',', 'é', '\n', '\r', 'ab', 'x', '\t', '日', 'B']
def rstr(n=None):
    n = random.randint(0, 8) if n is None else n
    return ''.join(random.choice(alphabet) for _ in range(n))
def ridx():
    return random.choice([None, 0, 1, 2, -1, -2, 3, 5, 10, -10, 100])

for _ in range(4000):
    s = rstr()
    m = random.choice(['strip', 'lstrip', 'rstrip', 'split', 'replace', 'find', 'index', 'count',
                       'startswith', 'endswith', 'splitlines', 'upper', 'lower', 'isdigit',
                       'isalpha', 'isspace', 'join'])
    if m in ('strip', 'lstrip', 'rstrip'):
        args = random.choice([[], [None], [rstr(2)], [rstr(1)]])
    elif m == 'split':
        args = random.choice([[], [None], [rstr(1)], [rstr(2)], [None, random.randint(-1, 3)],
                              [rstr(1) or ',', random.randint(-1, 3)]])
        if args and args[0] == '': args[0] = ','
    elif m == 'replace':
        args = [rstr(random.randint(0, 2)), rstr(random.randint(0, 2))]
        if random.random() < 0.4: args.append(random.randint(-1, 3))
    elif m in ('find', 'index', 'count'):
        args = [rstr(random.randint(0, 2))]
        if random.random() < 0.5: args.append(ridx())
        if len(args) == 2 and random.random() < 0.5: args.append(ridx())
    elif m in ('startswith', 'endswith'):
        a = rstr(random.randint(0, 2))
        if random.random() < 0.3: a = (rstr(1), rstr(2))
        args = [a]
        if random.random() < 0.5: args.append(ridx())
        if len(args) == 2 and random.random() < 0.5: args.append(ridx())
    elif m == 'splitlines':
        args = random.choice([[], [True], [False]])
    elif m == 'join':
        args = [random.choice([rstr(3), (rstr(1), rstr(2), rstr(1))])]
    else:
        args = []
        if m == 'isdigit': s = random.choice(['123', '', '12a', '²', '١٢', '½', s])
    case(m, s, args, lambda: getattr(s, m)(*args))

# slices and indexing
for _ in range(1500):
    kind = random.choice(['s', 'l', 'r'])
    n = random.randint(0, 7)
    obj = rstr(n) if kind == 's' else list(range(n)) if kind == 'l' else range(n)
    a, b, c = ridx(), ridx(), random.choice([None, 1, 2, 3, -1, -2, -3, 0])
    case('__slice__', obj, [a, b, c], lambda: obj[a:b:c])
    i = random.choice([0, 1, -1, 5, -7, 3])
    case('__getitem__', obj, [i], lambda: obj[i])

# arithmetic
def rnum():
    r = random.random()
    if r < 0.45:
        return random.choice([0, 1, -1, 2, -2, 3, 7, -7, 10, 100, INT_MAX, INT_MIN, 2**31, -2**31,
                              random.randint(-1000, 1000), random.randint(INT_MIN, INT_MAX), 2**32, 3037000499])
    if r < 0.85:
        return random.choice([0.0, -0.0, 0.5, -0.5, 1.5, 2.0, -2.5, 1e300, -1e300, 1e-300,
                              float('inf'), float('-inf'), float('nan'), 3.0, 0.1, 7.25,
                              random.uniform(-100, 100), 2.0**63, -2.0**63, 2.0**53 + 2])
    return random.choice([True, False])
ops = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
       'truediv': lambda a, b: a / b, 'floordiv': lambda a, b: a // b, 'mod': lambda a, b: a % b,
       'pow': lambda a, b: a ** b, 'lt': lambda a, b: a < b, 'le': lambda a, b: a <= b,
       'eq': lambda a, b: a == b, 'ne': lambda a, b: a != b, 'gt': lambda a, b: a > b,
       'ge': lambda a, b: a >= b}
for _ in range(5000):
    a, b = rnum(), rnum()
    op = random.choice(list(ops))
    if op == 'pow':
        if isinstance(b, int) and not isinstance(b, bool) and abs(b) > 70 and isinstance(a, int) and abs(a) > 1:
            b = random.randint(-5, 70)
        if isinstance(a, float) and a < 0 and isinstance(b, float) and b != int(b) if not math.isinf(b) and not math.isnan(b) else False:
            continue  # complex result in CPython
    if op == 'truediv' and isinstance(a, int) and isinstance(b, int) and (abs(a) > 2**53 or abs(b) > 2**53):
        continue  # CPython rounds exactly; yieldc documents long double rounding here
    def f(a=a, b=b, op=op):
        r = ops[op](a, b)
        return r
    case('__' + op + '__', a, [b], f)
for _ in range(300):
    a = rnum()
    for op, fn in (('neg', lambda x: -x), ('pos', lambda x: +x), ('invert', lambda x: ~x), ('hash', hash)):
        if op == 'hash' and isinstance(a, float) and math.isnan(a): continue
        case('__' + op + '__', a, [], lambda: fn(a))

# printf-style formatting
pvals = [0, 1, -1, 5, 255, -255, 42, INT_MAX, INT_MIN, 65, 0x110000, 3.14159, -2.5, 0.0, -0.0, 1e15,
         1e-5, float('inf'), float('nan'), 'a', 'abc', 'é', '', None, True, False]
for _ in range(3000):
    conv = random.choice('sradiuxXoeEfFgGc%qz')
    spec = '%' + ''.join(random.sample('-+ #0', random.randint(0, 2))) + random.choice(['', '', '5', '1', '10', '*']) \
        + random.choice(['', '', '.0', '.2', '.5', '.*']) + random.choice(['', '', '', 'l', 'h']) + conv
    fmt = random.choice(['', 'x', 'é ']) + spec + random.choice(['', '|', ' %s'])
    n = fmt.count('%') - 2 * fmt.count('%%') + fmt.count('*')
    args = Mixed(random.choice(pvals) for _ in range(max(0, n + random.choice([0, 0, 0, -1, 1]))))
    if '*' in fmt and any(isinstance(x, int) and abs(x) > 100 for x in args): continue
    if random.random() < 0.2 and len(args) == 1:
        a0 = args[0]
        case('__mod__', fmt, [a0] if not isinstance(a0, str) else [Mixed([a0])], lambda: fmt % a0)
    else:
        case('__mod__', fmt, [args], lambda: fmt % args)
for fmt, d in [('%(a)s %(b)d', {'a': 'x', 'b': 5}), ('%(a)s %s', {'a': 1}), ('%(a)s', {}), ('%(a', {'a': 1}),
               ('%(a)', {'a': 1}), ('%(a)*d', {'a': 1}), ('%(a)5.1f|', {'a': 2.25}), ('abc', {})]:
    case('__mod__', fmt, [Dict(d)], lambda: fmt % d)
for fmt, a in [('%s', [1]), ('abc', []), ('abc', 5), ('%(a)s', 1), ('%d%%', 50), ('%', 1), ('a%', ())]:
    if isinstance(a, list): continue
    case('__mod__', fmt, [a if not isinstance(a, tuple) else Mixed(a)], lambda: fmt % a)

# int() and float() parsing
pieces = ['1', '0', '9', '_', ' ', '-', '+', 'x', '0x', '0b', '0o', 'e', '.', 'E', 'inf', 'nan', 'a', 'f', 'z', '١', '\t', 'infinity']
for _ in range(2500):
    s = ''.join(random.choice(pieces) for _ in range(random.randint(0, 5)))
    case('__int__', s, [], lambda: int(s))
    base = random.choice([0, 2, 8, 10, 16, 36])
    case('__intbase__', s, [base], lambda: int(s, base))
    case('__float__', s, [], lambda: float(s))
for s in ['9223372036854775807', '-9223372036854775808', '0x7fffffffffffffff', '1_2_3', '0_0', '00', '1e5', ' 12\n']:
    case('__int__', s, [], lambda: int(s))
    case('__float__', s, [], lambda: float(s))

with open(sys.argv[1], 'w') as f:
    w = f.write
    w('/*\n * test_ops.c: randomized str methods, slices, arithmetic, comparisons,\n'
      ' * hashes and int()/float() parsing against CPython 3.11.  GENERATED:\n'
      ' * every expected text is what python3 gave for the same case:\n * python3 tests/unit/gen_test_ops.py tests/unit/test_ops.c\n */\n')
    w('#include "unit.h"\n\n#include <math.h>\n\n')
    w('typedef struct Arg {\n  char kind; /* n None, b bool, i int, f float, s str, t tuple of str ("a|b"), l list(range(i)), r range(i) */\n'
      '  long long i;\n  double f;\n  const char *s;\n} Arg;\n\n')
    w('typedef struct OpCase {\n  const char *op;\n  Arg self;\n  int argc;\n  Arg args[3];\n  const char *want;\n} OpCase;\n\n')
    w('static const OpCase cases[] = {\n')
    for name, self, args, want in cases:
        a = [arg(x) for x in args] + ["{'n', 0, 0.0, NULL}"] * (3 - len(args))
        w('    {"%s", %s, %d, {%s}, %s},\n' % (name, arg(self), len(args), ', '.join(a), cstr(want)))
    w('};\n\n')
    w(r'''#define N(a) (sizeof(a) / sizeof((a)[0]))

static YValue make(const Arg *a) {
  switch (a->kind) {
  case 'b': return ybool((int)a->i);
  case 'i': return yint(a->i);
  case 'f': return yfloat(a->f);
  case 's': return yrt_str_from_c(a->s);
  case 't': {
    YValue items[8];
    int n = 0;
    const char *p = a->s;
    for (;;) {
      const char *bar = strchr(p, '|');
      size_t len = bar ? (size_t)(bar - p) : strlen(p);
      items[n++] = yrt_str_new(p, (int64_t)len);
      if (!bar) break;
      p = bar + 1;
    }
    return yrt_tuple_steal(n, items);
  }
  case 'm':
  case 'd': {
    /* A tuple (m) or a dict with str keys (d) of encoded items, separated by \037. */
    YValue items[16], d = yrt_dict_new();
    int n = 0;
    const char *p = a->s;
    while (*p) {
      const char *sep = strchr(p, '\037');
      size_t len = sep ? (size_t)(sep - p) : strlen(p);
      char buf[256];
      snprintf(buf, sizeof buf, "%.*s", (int)len, p);
      char *item = buf;
      YValue key = YNONE;
      if (a->kind == 'd') {
        char *rs = strchr(buf, '\036');
        *rs = '\0';
        key = yrt_str_from_c(buf);
        item = rs + 1;
      }
      YValue v;
      switch (item[0]) {
      case 'b': v = ybool(atoi(item + 2)); break;
      case 'i': v = yint(strtoll(item + 2, NULL, 10)); break;
      case 'f': v = yfloat(strtod(item + 2, NULL)); break;
      case 's': v = yrt_str_from_c(item + 2); break;
      default: v = YNONE; break;
      }
      if (a->kind == 'd') {
        yrt_dict_set(d, key, v);
        yrt_decref(key);
        yrt_decref(v);
      } else {
        items[n++] = v;
      }
      if (!sep) break;
      p = sep + 1;
    }
    if (a->kind == 'd') return d;
    yrt_decref(d);
    return yrt_tuple_steal(n, items);
  }
  case 'l': {
    YValue l = yrt_list_new(0, NULL);
    for (long long i = 0; i < a->i; i++) yrt_list_append(l, yint(i));
    return l;
  }
  case 'r': {
    YValue n = yint(a->i);
    return yrt_call(yobj((void *)&yrt_type_range), 1, &n);
  }
  default: return YNONE;
  }
}

static YName method_id(const char *name) {
  for (int n = 0; n < YN__COUNT; n++)
    if (strcmp(yrt_name_str[n], name) == 0) return (YName)n;
  return YN__COUNT;
}

/* The operation as a YValue result (or YERROR). */
static YValue run(const char *op, YValue self, int argc, YValue *argv) {
  static const char *const cmps[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  for (int c = 0; c < 6; c++)
    if (strcmp(op, cmps[c]) == 0) {
      int r = yrt_compare(self, argv[0], (YCmp)c);
      return r < 0 ? YERROR : ybool(r);
    }
  if (!strcmp(op, "__slice__")) return yrt_getslice(self, argv[0], argv[1], argv[2]);
  if (!strcmp(op, "__getitem__")) return yrt_getitem(self, argv[0]);
  if (!strcmp(op, "__add__")) return yrt_add(self, argv[0]);
  if (!strcmp(op, "__sub__")) return yrt_sub(self, argv[0]);
  if (!strcmp(op, "__mul__")) return yrt_mul(self, argv[0]);
  if (!strcmp(op, "__truediv__")) return yrt_truediv(self, argv[0]);
  if (!strcmp(op, "__floordiv__")) return yrt_floordiv(self, argv[0]);
  if (!strcmp(op, "__mod__")) return yrt_mod(self, argv[0]);
  if (!strcmp(op, "__pow__")) return yrt_pow(self, argv[0]);
  if (!strcmp(op, "__neg__")) return yrt_neg(self);
  if (!strcmp(op, "__pos__")) return yrt_pos(self);
  if (!strcmp(op, "__invert__")) return yrt_invert(self);
  if (!strcmp(op, "__hash__")) {
    int64_t h = yrt_hash(self);
    return h == -1 && !YIS_UNBOUND(yrt_ts.exc) ? YERROR : yint(h);
  }
  if (!strcmp(op, "__int__")) return yrt_call(yobj((void *)&yrt_type_int), 1, &self);
  if (!strcmp(op, "__float__")) return yrt_call(yobj((void *)&yrt_type_float), 1, &self);
  if (!strcmp(op, "__intbase__")) {
    YValue a[2] = {self, argv[0]};
    return yrt_call(yobj((void *)&yrt_type_int), 2, a);
  }
  return yrt_callmethod(self, method_id(op), argc, argv);
}

int main(void) {
  char what[512], got[2048];
  yrt_init(0, NULL, "test_ops");
  for (size_t k = 0; k < N(cases); k++) {
    const OpCase *c = &cases[k];
    YValue self = make(&c->self), argv[3];
    for (int j = 0; j < 3; j++) argv[j] = make(&c->args[j]);
    YValue r = run(c->op, self, c->argc, argv);
    unit_checks++;
    if (YIS_ERR(r)) {
      unit_exc_text(got, sizeof got);
    } else {
      YValue rep = yrt_repr(r);
      snprintf(got, sizeof got, "%s", yrt_str_cstr(rep));
      yrt_decref(rep);
      yrt_decref(r);
    }
    if (strcmp(got, c->want) != 0) {
      snprintf(what, sizeof what, "%s(self=%c %lld %.17g \"%s\", argc=%d: %c %lld %.17g \"%s\" | %c %lld | %c %lld)",
               c->op, c->self.kind, c->self.i, c->self.f, c->self.s ? c->self.s : "", c->argc,
               c->args[0].kind, c->args[0].i, c->args[0].f, c->args[0].s ? c->args[0].s : "",
               c->args[1].kind, c->args[1].i, c->args[2].kind, c->args[2].i);
      unit_fail(__LINE__, what, got, c->want);
    }
    yrt_decref(self);
    for (int j = 0; j < 3; j++) yrt_decref(argv[j]);
  }
  return unit_done("test_ops");
}
''')
