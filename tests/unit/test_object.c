/*
 * test_object.c: unit tests for the runtime's object layer (type.c, str.c,
 * list.c, dict.c, iter.c, number.c, compare.c, abstract.c, func.c, sort.c,
 * and the repr side of format.c): arithmetic, comparisons, hashing,
 * containers, subscripts, slices, iteration, methods, calls and the builtin
 * types' constructors.
 * Expected values are what python3 (3.11) prints for the same expression.
 */
#include "unit.h"

#include <math.h>
#include <stdarg.h>

/* Test values (s, L, T are unit.h's): every constructor returns a borrowed
 * value kept alive until the end (K), and containers borrow their items. */
static YValue D(int n, ...) {
  YValue d = K(yrt_dict_new());
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) {
    YValue k = va_arg(ap, YValue);
    YValue v = va_arg(ap, YValue);
    yrt_dict_set(d, k, v);
  }
  va_end(ap);
  return d;
}
/* Call a builtin type: int("3") is tcall(&yrt_type_int, 1, s("3")). */
static YValue tcall(const YType *t, int argc, ...) {
  YValue argv[8];
  va_list ap;
  va_start(ap, argc);
  for (int i = 0; i < argc; i++) argv[i] = va_arg(ap, YValue);
  va_end(ap);
  return yrt_call(yobj((void *)t), argc, argv);
}
static YValue meth(YValue self, YName name, int argc, ...) {
  YValue argv[8];
  va_list ap;
  va_start(ap, argc);
  for (int i = 0; i < argc; i++) argv[i] = va_arg(ap, YValue);
  va_end(ap);
  return yrt_callmethod(self, name, argc, argv);
}
static YValue list_of(YValue iterable) { return tcall(&yrt_type_list, 1, iterable); }
static YValue slice(YValue o, YValue a, YValue b, YValue c) { return yrt_getslice(o, a, b, c); }

static void test_arith(void) {
  CHECK_REPR(yrt_add(I(2), I(3)), "5");
  CHECK_REPR(yrt_add(I(2), F(0.5)), "2.5");
  CHECK_REPR(yrt_add(YTRUE, YTRUE), "2");
  CHECK_REPR(yrt_add(s("ab"), s("cd")), "'abcd'");
  CHECK_REPR(yrt_add(L(1, I(1)), L(1, s("a"))), "[1, 'a']");
  CHECK_REPR(yrt_add(T(1, I(1)), T(1, I(2))), "(1, 2)");
  CHECK_ERR(yrt_add(I(1), s("a")), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  CHECK_ERR(yrt_add(s("a"), I(1)), "TypeError: can only concatenate str (not \"int\") to str");
  CHECK_ERR(yrt_add(L(0), I(1)), "TypeError: can only concatenate list (not \"int\") to list");
  CHECK_ERR(yrt_add(T(0), I(1)), "TypeError: can only concatenate tuple (not \"int\") to tuple");
  CHECK_REPR(yrt_add(I(INT64_MAX), I(1)), "9223372036854775808");
  CHECK_REPR(yrt_mul(I(INT64_MAX), I(2)), "18446744073709551614");
  CHECK_REPR(yrt_sub(I(INT64_MIN), I(1)), "-9223372036854775809");
  CHECK_REPR(yrt_sub(F(1.5), YTRUE), "0.5");
  CHECK_REPR(yrt_mul(s("ab"), I(3)), "'ababab'");
  CHECK_REPR(yrt_mul(I(3), s("ab")), "'ababab'");
  CHECK_REPR(yrt_mul(YTRUE, s("ab")), "'ab'");
  CHECK_REPR(yrt_mul(s("a"), I(-1)), "''");
  CHECK_REPR(yrt_mul(L(2, I(1), I(2)), I(2)), "[1, 2, 1, 2]");
  CHECK_REPR(yrt_mul(T(1, I(1)), I(2)), "(1, 1)");
  CHECK_ERR(yrt_mul(s("a"), F(1.5)), "TypeError: can't multiply sequence by non-int of type 'float'");
  CHECK_ERR(yrt_mul(L(1, I(1)), s("a")), "TypeError: can't multiply sequence by non-int of type 'str'");
  CHECK_REPR(yrt_truediv(I(1), I(3)), "0.3333333333333333");
  CHECK_REPR(yrt_truediv(YTRUE, I(2)), "0.5");
  CHECK_ERR(yrt_truediv(I(1), I(0)), "ZeroDivisionError: division by zero");
  CHECK_ERR(yrt_truediv(F(1), I(0)), "ZeroDivisionError: float division by zero");
  CHECK_ERR(yrt_floordiv(I(1), I(0)), "ZeroDivisionError: integer division or modulo by zero");
  CHECK_ERR(yrt_floordiv(F(1), F(0)), "ZeroDivisionError: float floor division by zero");
  CHECK_ERR(yrt_mod(I(1), I(0)), "ZeroDivisionError: integer modulo by zero");
  CHECK_ERR(yrt_mod(F(1), I(0)), "ZeroDivisionError: float modulo");
  CHECK_REPR(yrt_floordiv(I(-7), I(2)), "-4");
  CHECK_REPR(yrt_mod(I(-7), I(2)), "1");
  CHECK_REPR(yrt_mod(I(7), I(-2)), "-1");
  CHECK_REPR(yrt_mod(F(-7.5), I(2)), "0.5");
  CHECK_REPR(yrt_mod(F(7.5), I(-2)), "-0.5");
  CHECK_REPR(yrt_mod(F(-0.0), I(5)), "0.0");
  CHECK_REPR(yrt_floordiv(F(-5.0), I(2)), "-3.0");
  CHECK_REPR(yrt_mod(I(INT64_MIN), I(-1)), "0");
  CHECK_REPR(yrt_floordiv(I(INT64_MIN), I(-1)), "9223372036854775808");
  CHECK_REPR(yrt_pow(I(2), I(10)), "1024");
  CHECK_REPR(yrt_pow(I(-3), I(3)), "-27");
  CHECK_REPR(yrt_pow(I(0), I(0)), "1");
  CHECK_REPR(yrt_pow(I(2), I(-2)), "0.25");
  CHECK_REPR(yrt_pow(I(2), I(62)), "4611686018427387904");
  CHECK_REPR(yrt_pow(I(2), I(63)), "9223372036854775808");
  CHECK_REPR(yrt_pow(I(-2), I(63)), "-9223372036854775808");
  CHECK_ERR(yrt_pow(I(0), I(-1)), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  CHECK_ERR(yrt_pow(F(0.0), I(-1)), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  CHECK_REPR(yrt_pow(I(2), F(0.5)), "1.4142135623730951");
  CHECK_REPR(yrt_pow(F(-2.0), I(3)), "-8.0");
  CHECK_REPR(yrt_pow(F(NAN), I(0)), "1.0");
  CHECK_REPR(yrt_pow(I(1), F(NAN)), "1.0");
  CHECK_ERR(yrt_pow(F(10.0), I(400)), "OverflowError: (34, 'Numerical result out of range')");
  CHECK_ERR(yrt_pow(I(1), s("a")), "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'");
  CHECK_REPR(yrt_neg(YTRUE), "-1");
  CHECK_REPR(yrt_pos(YTRUE), "1");
  CHECK_REPR(yrt_invert(YTRUE), "-2");
  CHECK_REPR(yrt_neg(F(0.0)), "-0.0");
  CHECK_REPR(yrt_neg(I(INT64_MIN)), "9223372036854775808");
  CHECK_ERR(yrt_neg(s("a")), "TypeError: bad operand type for unary -: 'str'");
  CHECK_ERR(yrt_pos(s("a")), "TypeError: bad operand type for unary +: 'str'");
  CHECK_ERR(yrt_invert(F(1.5)), "TypeError: bad operand type for unary ~: 'float'");
  CHECK_REPR(yrt_mul(F(1e308), I(10)), "inf");
  CHECK_REPR(yrt_add(F(0.1), F(0.2)), "0.30000000000000004");
}

static void test_compare(void) {
  CHECK_INT(yrt_compare(I(1), F(1.0), YC_EQ), 1);
  CHECK_INT(yrt_compare(YTRUE, I(1), YC_EQ), 1);
  CHECK_INT(yrt_compare(I(9007199254740993), F(9007199254740992.0), YC_EQ), 0);
  CHECK_INT(yrt_compare(I(9007199254740993), F(9007199254740992.0), YC_GT), 1);
  CHECK_INT(yrt_compare(I(INT64_MAX), F(9223372036854775808.0), YC_LT), 1);
  CHECK_INT(yrt_compare(F(NAN), F(NAN), YC_EQ), 0);
  CHECK_INT(yrt_compare(F(NAN), F(NAN), YC_NE), 1);
  CHECK_INT(yrt_compare(I(1), F(INFINITY), YC_LT), 1);
  CHECK_INT(yrt_compare(I(1), F(-1.5), YC_GT), 1);
  CHECK_INT(yrt_compare(I(-2), F(-1.5), YC_LT), 1);
  CHECK_INT(yrt_compare(s("a"), s("b"), YC_LT), 1);
  CHECK_INT(yrt_compare(s("a"), s("ab"), YC_LT), 1);
  CHECK_INT(yrt_compare(s("\xc3\xa9"), s("z"), YC_GT), 1);
  CHECK_INT(yrt_compare(L(2, I(1), I(2)), L(3, I(1), I(2), I(3)), YC_LT), 1);
  CHECK_INT(yrt_compare(T(2, I(1), s("a")), T(2, I(1), s("b")), YC_LT), 1);
  CHECK_INT(yrt_compare(L(2, I(1), I(2)), T(2, I(1), I(2)), YC_EQ), 0);
  CHECK_INT(yrt_compare(L(2, I(1), I(2)), T(2, I(1), I(2)), YC_NE), 1);
  CHECK_INT(yrt_compare(D(1, I(1), I(2)), D(1, F(1.0), I(2)), YC_EQ), 1);
  CHECK_INT(yrt_compare(D(1, I(1), I(2)), D(1, I(1), I(3)), YC_EQ), 0);
  CHECK_INT(yrt_compare(YNONE, YNONE, YC_EQ), 1);
  CHECK_INT(yrt_compare(YNONE, I(0), YC_NE), 1);
  CHECK_INT(yrt_compare(I(1), s("1"), YC_EQ), 0);
  CHECK_ERRI(yrt_compare(I(1), s("a"), YC_LT), "TypeError: '<' not supported between instances of 'int' and 'str'");
  CHECK_ERRI(yrt_compare(L(1, I(1)), T(1, I(1)), YC_GE), "TypeError: '>=' not supported between instances of 'list' and 'tuple'");
  CHECK_ERRI(yrt_compare(YNONE, YNONE, YC_LT), "TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'");
  CHECK_ERRI(yrt_compare(L(2, I(1), s("a")), L(2, I(1), I(2)), YC_LT), "TypeError: '<' not supported between instances of 'str' and 'int'");
  CHECK_INT(yrt_compare(K(tcall(&yrt_type_range, 1, I(3))), K(tcall(&yrt_type_range, 2, I(0), I(3))), YC_EQ), 1);
  CHECK_INT(yrt_is(YTRUE, YTRUE), 1);
  CHECK_INT(yrt_is(YNONE, YNONE), 1);
  CHECK_INT(yrt_is(I(1), YTRUE), 0);
  CHECK_INT(yrt_is(s("a"), s("a")), 1); /* one-character strings are shared */
  /* containers holding themselves */
  YValue l = L(0);
  yrt_list_append(l, l);
  CHECK_REPR(yrt_incref(l), "[[...]]");
  CHECK_INT(yrt_compare(l, l, YC_EQ), 1);
  YValue d = D(0);
  yrt_dict_set(d, s("k"), d);
  CHECK_REPR(yrt_incref(d), "{'k': {...}}");
  /* break the cycles so the test stays leak-free */
  meth(l, YN_clear, 0);
  meth(d, YN_clear, 0);
}

static void test_hash(void) {
  CHECK_INT(yrt_hash(I(-1)), -2);
  CHECK_INT(yrt_hash(I(5)), 5);
  CHECK_INT(yrt_hash(I(INT64_MAX)), 3);
  CHECK_INT(yrt_hash(I(INT64_MIN)), -4);
  CHECK_INT(yrt_hash(I((int64_t)1 << 61)), 1);
  CHECK_INT(yrt_hash(F(1.5)), 1152921504606846977LL);
  CHECK_INT(yrt_hash(F(-1.0)), -2);
  CHECK_INT(yrt_hash(F(1e100)), 1822893315824342674LL);
  CHECK_INT(yrt_hash(F(INFINITY)), 314159);
  CHECK_INT(yrt_hash(F(2.0)), 2);
  CHECK_INT(yrt_hash(YTRUE), 1);
  CHECK_INT(yrt_hash(T(0)), 5740354900026072187LL);
  CHECK_INT(yrt_hash(T(2, I(1), I(2))), -3550055125485641917LL);
  CHECK_INT(yrt_hash(K(tcall(&yrt_type_range, 1, I(3)))), -8338477496398685190LL);
  CHECK_INT(yrt_hash(s("abc")), yrt_hash(K(yrt_add(s("ab"), s("c")))));
  CHECK_ERRI(yrt_hash(L(0)), "TypeError: unhashable type: 'list'");
  CHECK_ERRI(yrt_hash(D(0)), "TypeError: unhashable type: 'dict'");
  CHECK_ERRI(yrt_hash(T(2, I(1), L(0))), "TypeError: unhashable type: 'list'");
}

static void test_truth_len_contains(void) {
  CHECK_INT(yrt_truth(YNONE), 0);
  CHECK_INT(yrt_truth(F(0.0)), 0);
  CHECK_INT(yrt_truth(F(-0.5)), 1);
  CHECK_INT(yrt_truth(s("")), 0);
  CHECK_INT(yrt_truth(L(0)), 0);
  CHECK_INT(yrt_truth(T(1, YNONE)), 1);
  CHECK_INT(yrt_truth(D(0)), 0);
  CHECK_INT(yrt_truth(K(tcall(&yrt_type_range, 1, I(0)))), 0);
  CHECK_INT(yrt_len(s("h\xc3\xa9llo")), 5);
  CHECK_INT(yrt_len(D(2, I(1), I(1), F(1.0), I(2))), 1);
  CHECK_ERRI(yrt_len(I(1)), "TypeError: object of type 'int' has no len()");
  CHECK_INT(yrt_contains(s("hello"), s("ll")), 1);
  CHECK_INT(yrt_contains(s("hello"), s("")), 1);
  CHECK_INT(yrt_contains(s("hello"), s("lo!")), 0);
  CHECK_ERRI(yrt_contains(s("a"), I(1)), "TypeError: 'in <string>' requires string as left operand, not int");
  CHECK_INT(yrt_contains(L(2, I(1), s("a")), s("a")), 1);
  CHECK_INT(yrt_contains(L(2, I(1), s("a")), F(1.0)), 1);
  CHECK_INT(yrt_contains(T(1, F(NAN)), F(NAN)), 1); /* identity first, as CPython */
  CHECK_INT(yrt_contains(D(1, s("k"), I(1)), s("k")), 1);
  CHECK_ERRI(yrt_contains(D(0), L(0)), "TypeError: unhashable type: 'list'");
  YValue r = K(tcall(&yrt_type_range, 3, I(0), I(10), I(3)));
  CHECK_INT(yrt_contains(r, I(9)), 1);
  CHECK_INT(yrt_contains(r, I(10)), 0);
  CHECK_INT(yrt_contains(r, I(4)), 0);
  CHECK_INT(yrt_contains(r, F(6.0)), 1);
  CHECK_INT(yrt_contains(r, s("a")), 0);
  CHECK_ERRI(yrt_contains(I(3), I(5)), "TypeError: argument of type 'int' is not iterable");
  YValue d = D(2, s("a"), I(1), s("b"), I(2));
  CHECK_INT(yrt_contains(K(meth(d, YN_keys, 0)), s("b")), 1);
  CHECK_INT(yrt_contains(K(meth(d, YN_values, 0)), I(2)), 1);
  CHECK_INT(yrt_contains(K(meth(d, YN_items, 0)), T(2, s("a"), I(1))), 1);
  CHECK_INT(yrt_contains(K(meth(d, YN_items, 0)), T(2, s("a"), I(2))), 0);
  /* `in` on an iterator consumes it */
  YValue it = K(yrt_iter(L(3, I(1), I(2), I(3))));
  CHECK_INT(yrt_contains(it, I(2)), 1);
  CHECK_REPR(list_of(it), "[3]");
}

static void test_dict(void) {
  YValue d = D(3, I(1), s("a"), YTRUE, s("b"), F(1.0), s("c"));
  CHECK_REPR(yrt_incref(d), "{1: 'c'}");
  d = D(0);
  char key[16];
  for (int i = 0; i < 1000; i++) {
    snprintf(key, sizeof key, "k%d", i);
    yrt_dict_set(d, s(key), I(i));
  }
  for (int i = 0; i < 1000; i += 2) {
    snprintf(key, sizeof key, "k%d", i);
    yrt_delitem(d, s(key));
  }
  CHECK_INT(yrt_len(d), 500);
  CHECK_REPR(yrt_getitem(d, s("k999")), "999");
  CHECK_ERR(yrt_getitem(d, s("k998")), "KeyError: 'k998'");
  CHECK_ERRI(yrt_delitem(d, s("k0")), "KeyError: 'k0'");
  CHECK_ERR(yrt_getitem(d, L(0)), "TypeError: unhashable type: 'list'");
  CHECK_ERRI(yrt_setitem(d, L(0), I(1)), "TypeError: unhashable type: 'list'");
  /* insertion order survives deletion and re-insertion */
  d = D(3, s("x"), I(1), s("y"), I(2), s("z"), I(3));
  yrt_delitem(d, s("x"));
  yrt_setitem(d, s("x"), I(4));
  CHECK_REPR(yrt_incref(d), "{'y': 2, 'z': 3, 'x': 4}");
  CHECK_REPR(meth(d, YN_keys, 0), "dict_keys(['y', 'z', 'x'])");
  CHECK_REPR(meth(d, YN_values, 0), "dict_values([2, 3, 4])");
  CHECK_REPR(meth(d, YN_items, 0), "dict_items([('y', 2), ('z', 3), ('x', 4)])");
  CHECK_REPR(meth(d, YN_get, 1, s("q")), "None");
  CHECK_REPR(meth(d, YN_get, 2, s("q"), I(0)), "0");
  CHECK_REPR(meth(d, YN_get, 1, s("y")), "2");
  CHECK_ERR(meth(d, YN_get, 0), "TypeError: get expected at least 1 argument, got 0");
  CHECK_ERR(meth(d, YN_get, 3, I(1), I(2), I(3)), "TypeError: get expected at most 2 arguments, got 3");
  CHECK_REPR(meth(d, YN_pop, 1, s("y")), "2");
  CHECK_ERR(meth(d, YN_pop, 1, s("y")), "KeyError: 'y'");
  CHECK_REPR(meth(d, YN_pop, 2, s("y"), I(7)), "7");
  CHECK_REPR(meth(d, YN_setdefault, 2, s("w"), I(5)), "5");
  CHECK_REPR(meth(d, YN_setdefault, 2, s("w"), I(6)), "5");
  CHECK_REPR(meth(d, YN_update, 1, L(1, T(2, s("v"), I(0)))), "None");
  CHECK_REPR(meth(d, YN_update, 1, D(1, s("z"), I(30))), "None");
  CHECK_REPR(yrt_incref(d), "{'z': 30, 'x': 4, 'w': 5, 'v': 0}");
  CHECK_ERR(meth(d, YN_update, 1, L(1, I(1))), "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  CHECK_ERR(meth(d, YN_update, 1, L(1, T(3, I(1), I(2), I(3)))), "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
  CHECK_ERR(meth(d, YN_update, 2, D(0), D(0)), "TypeError: update expected at most 1 argument, got 2");
  CHECK_ERR(meth(d, YN_items, 1, I(1)), "TypeError: dict.items() takes no arguments (1 given)");
  CHECK_REPR(meth(d, YN_copy, 0), "{'z': 30, 'x': 4, 'w': 5, 'v': 0}");
  CHECK_REPR(tcall(&yrt_type_dict, 1, L(2, s("ab"), T(2, I(1), I(2)))), "{'a': 'b', 1: 2}");
  CHECK_REPR(tcall(&yrt_type_dict, 0), "{}");
  CHECK_ERR(tcall(&yrt_type_dict, 1, I(1)), "TypeError: 'int' object is not iterable");
  CHECK_REPR(list_of(K(tcall(&yrt_type_reversed, 1, d))), "['v', 'w', 'x', 'z']");
  CHECK_REPR(list_of(K(tcall(&yrt_type_reversed, 1, K(meth(d, YN_items, 0))))),
             "[('v', 0), ('w', 5), ('x', 4), ('z', 30)]");
  /* changing the size while iterating */
  YValue it = K(yrt_iter(d)), v;
  CHECK_INT(yrt_next(it, &v), 1);
  yrt_decref(v);
  yrt_setitem(d, s("new"), I(1));
  CHECK_ERRI(yrt_next(it, &v), "RuntimeError: dictionary changed size during iteration");
  /* same size, different keys: CPython notices only when the iterator
   * finds more keys than the dict had */
  it = K(yrt_iter(d));
  CHECK_INT(yrt_next(it, &v), 1);
  yrt_decref(v);
  yrt_delitem(d, s("new"));
  yrt_setitem(d, s("new2"), I(1));
  CHECK_REPR(list_of(it), "['x', 'w', 'v', 'new2']");
  YValue d2 = D(2, s("a"), I(1), s("b"), I(2));
  it = K(yrt_iter(d2));
  CHECK_INT(yrt_next(it, &v), 1);
  yrt_decref(v);
  yrt_delitem(d2, s("a"));
  yrt_setitem(d2, s("c"), I(3));
  CHECK_ERR(list_of(it), "RuntimeError: dictionary keys changed during iteration");
  CHECK_REPR(meth(d, YN_clear, 0), "None");
  CHECK_REPR(yrt_incref(d), "{}");
  CHECK_INT(yrt_len(K(meth(d, YN_keys, 0))), 0);
}

static void test_list_tuple(void) {
  YValue l = L(3, I(1), I(2), I(3));
  CHECK_REPR(yrt_getitem(l, I(-1)), "3");
  CHECK_ERR(yrt_getitem(l, I(3)), "IndexError: list index out of range");
  CHECK_ERR(yrt_getitem(l, s("a")), "TypeError: list indices must be integers or slices, not str");
  CHECK_ERR(yrt_getitem(T(0), I(0)), "IndexError: tuple index out of range");
  CHECK_ERR(yrt_getitem(T(1, I(1)), F(0.0)), "TypeError: tuple indices must be integers or slices, not float");
  CHECK_ERR(yrt_getitem(I(1), I(0)), "TypeError: 'int' object is not subscriptable");
  CHECK_ERR(yrt_getitem(YNONE, I(0)), "TypeError: 'NoneType' object is not subscriptable");
  CHECK_ERRI(yrt_setitem(l, I(5), I(0)), "IndexError: list assignment index out of range");
  CHECK_ERRI(yrt_setitem(T(1, I(1)), I(0), I(0)), "TypeError: 'tuple' object does not support item assignment");
  CHECK_ERRI(yrt_setitem(s("a"), I(0), I(0)), "TypeError: 'str' object does not support item assignment");
  CHECK_ERRI(yrt_delitem(T(1, I(1)), I(0)), "TypeError: 'tuple' object doesn't support item deletion");
  CHECK_ERRI(yrt_delitem(I(1), I(0)), "TypeError: 'int' object does not support item deletion");
  CHECK_ERRI(yrt_delitem(l, I(9)), "IndexError: list assignment index out of range");
  CHECK_INT(yrt_setitem(l, I(-1), s("x")), 0);
  CHECK_INT(yrt_delitem(l, I(0)), 0);
  CHECK_REPR(yrt_incref(l), "[2, 'x']");
  CHECK_REPR(meth(l, YN_append, 1, I(4)), "None");
  CHECK_ERR(meth(l, YN_append, 0), "TypeError: list.append() takes exactly one argument (0 given)");
  CHECK_REPR(meth(l, YN_insert, 2, I(-10), I(0)), "None");
  CHECK_REPR(meth(l, YN_insert, 2, I(100), I(9)), "None");
  CHECK_REPR(yrt_incref(l), "[0, 2, 'x', 4, 9]");
  CHECK_ERR(meth(l, YN_insert, 1, I(0)), "TypeError: insert expected 2 arguments, got 1");
  CHECK_ERR(meth(l, YN_insert, 2, s("a"), I(0)), "TypeError: 'str' object cannot be interpreted as an integer");
  CHECK_REPR(meth(l, YN_pop, 0), "9");
  CHECK_REPR(meth(l, YN_pop, 1, I(0)), "0");
  CHECK_ERR(meth(l, YN_pop, 1, I(5)), "IndexError: pop index out of range");
  CHECK_ERR(meth(L(0), YN_pop, 0), "IndexError: pop from empty list");
  CHECK_ERR(meth(l, YN_pop, 2, I(1), I(2)), "TypeError: pop expected at most 1 argument, got 2");
  CHECK_REPR(meth(l, YN_index, 1, s("x")), "1");
  CHECK_ERR(meth(l, YN_index, 1, I(5)), "ValueError: 5 is not in list");
  CHECK_ERR(meth(l, YN_index, 1, s("q")), "ValueError: 'q' is not in list");
  CHECK_ERR(meth(l, YN_index, 2, I(2), I(1)), "ValueError: 2 is not in list");
  CHECK_REPR(meth(l, YN_index, 2, I(4), I(-1)), "2");
  CHECK_ERR(meth(l, YN_index, 0), "TypeError: index expected at least 1 argument, got 0");
  CHECK_ERR(meth(l, YN_remove, 1, I(7)), "ValueError: list.remove(x): x not in list");
  CHECK_REPR(meth(l, YN_remove, 1, s("x")), "None");
  CHECK_REPR(meth(l, YN_extend, 1, s("ab")), "None");
  CHECK_REPR(meth(l, YN_extend, 1, l), "None");
  CHECK_REPR(yrt_incref(l), "[2, 4, 'a', 'b', 2, 4, 'a', 'b']");
  CHECK_REPR(meth(l, YN_count, 1, I(2)), "2");
  CHECK_REPR(meth(l, YN_reverse, 0), "None");
  CHECK_ERR(meth(l, YN_reverse, 1, I(1)), "TypeError: list.reverse() takes no arguments (1 given)");
  CHECK_REPR(yrt_incref(l), "['b', 'a', 4, 2, 'b', 'a', 4, 2]");
  CHECK_ERR(meth(l, YN_sort, 0), "TypeError: '<' not supported between instances of 'int' and 'str'");
  CHECK_INT(yrt_len(l), 8);
  CHECK_ERR(meth(l, YN_sort, 1, I(1)), "TypeError: sort() takes no positional arguments");
  YValue nums = L(0);
  for (int i = 0; i < 100; i++) yrt_list_append(nums, I((i * 37) % 101));
  CHECK_REPR(meth(nums, YN_sort, 0), "None");
  CHECK_REPR(yrt_getslice(nums, I(0), I(5), YNONE), "[0, 1, 2, 3, 4]");
  CHECK_REPR(yrt_getslice(nums, I(-3), YNONE, YNONE), "[98, 99, 100]");
  CHECK_INT(yrt_list_sort(nums, YUNBOUND, 1), 0);
  CHECK_REPR(yrt_getslice(nums, I(0), I(3), YNONE), "[100, 99, 98]");
  CHECK_REPR(meth(L(3, s("b"), s("a"), s("c")), YN_copy, 0), "['b', 'a', 'c']");
  CHECK_REPR(meth(T(3, I(1), I(2), I(1)), YN_count, 1, I(1)), "2");
  CHECK_ERR(meth(T(1, I(1)), YN_index, 1, I(3)), "ValueError: tuple.index(x): x not in tuple");
  CHECK_ERR(meth(T(1, I(1)), YN_count, 0), "TypeError: tuple.count() takes exactly one argument (0 given)");
  CHECK_ERR(meth(l, YN_append, 0), "TypeError: list.append() takes exactly one argument (0 given)");
  CHECK_REPR(yrt_incref(T(1, I(1))), "(1,)");
  CHECK_REPR(yrt_incref(T(0)), "()");
  CHECK_REPR(yrt_incref(T(2, s("a"), YNONE)), "('a', None)");
}

static void test_slices(void) {
  YValue l = L(5, I(0), I(1), I(2), I(3), I(4));
  CHECK_REPR(slice(l, I(1), YNONE, YNONE), "[1, 2, 3, 4]");
  CHECK_REPR(slice(l, YNONE, YNONE, I(-1)), "[4, 3, 2, 1, 0]");
  CHECK_REPR(slice(l, YNONE, YNONE, I(-2)), "[4, 2, 0]");
  CHECK_REPR(slice(l, I(-10), I(10), YNONE), "[0, 1, 2, 3, 4]");
  CHECK_REPR(slice(l, I(3), I(1), YNONE), "[]");
  CHECK_REPR(slice(l, I(3), I(1), I(-1)), "[3, 2]");
  CHECK_REPR(slice(l, I(INT64_MIN), I(INT64_MAX), I(INT64_MIN)), "[]");
  CHECK_REPR(slice(l, YNONE, YNONE, I(INT64_MIN)), "[4]");
  CHECK_ERR(slice(l, YNONE, YNONE, I(0)), "ValueError: slice step cannot be zero");
  CHECK_ERR(slice(l, F(1.5), YNONE, YNONE), "TypeError: slice indices must be integers or None or have an __index__ method");
  CHECK_REPR(slice(T(3, I(1), I(2), I(3)), I(1), I(2), YNONE), "(2,)");
  CHECK_REPR(slice(s("h\xc3\xa9llo"), I(1), I(4), YNONE), "'\xc3\xa9ll'");
  CHECK_REPR(slice(s("h\xc3\xa9llo"), YNONE, YNONE, I(-1)), "'oll\xc3\xa9h'");
  CHECK_REPR(slice(s("abcdef"), YNONE, YNONE, I(2)), "'ace'");
  CHECK_REPR(slice(s("abcdef"), I(4), I(5), I(-1)), "''");
  CHECK_REPR(slice(s("abcdef"), I(-1), YNONE, I(-5)), "'fa'");
  CHECK_ERR(slice(D(0), I(1), I(2), YNONE), "TypeError: unhashable type: 'slice'");
  CHECK_ERR(slice(I(1), I(1), I(2), YNONE), "TypeError: 'int' object is not subscriptable");
  YValue r = K(tcall(&yrt_type_range, 1, I(10)));
  CHECK_REPR(slice(r, I(2), I(8), I(2)), "range(2, 8, 2)");
  CHECK_REPR(slice(r, YNONE, YNONE, I(-1)), "range(9, -1, -1)");
  CHECK_REPR(yrt_getitem(r, I(-1)), "9");
  CHECK_ERR(yrt_getitem(r, I(20)), "IndexError: range object index out of range");
  YValue str = s("h\xc3\xa9llo");
  CHECK_REPR(yrt_getitem(str, I(1)), "'\xc3\xa9'");
  CHECK_REPR(yrt_getitem(str, I(-1)), "'o'");
  CHECK_ERR(yrt_getitem(str, I(5)), "IndexError: string index out of range");
  CHECK_ERR(yrt_getitem(str, s("a")), "TypeError: string indices must be integers, not 'str'");
}

static void test_iteration(void) {
  CHECK_REPR(list_of(s("h\xc3\xa9")), "['h', '\xc3\xa9']");
  CHECK_REPR(list_of(K(tcall(&yrt_type_range, 3, I(5), I(0), I(-2)))), "[5, 3, 1]");
  CHECK_REPR(list_of(K(tcall(&yrt_type_range, 3, I(INT64_MAX - 2), I(INT64_MAX), I(1)))),
             "[9223372036854775805, 9223372036854775806]");
  CHECK_REPR(list_of(K(tcall(&yrt_type_reversed, 1, K(tcall(&yrt_type_range, 1, I(3)))))), "[2, 1, 0]");
  CHECK_REPR(list_of(K(tcall(&yrt_type_enumerate, 2, s("ab"), I(1)))), "[(1, 'a'), (2, 'b')]");
  CHECK_REPR(list_of(K(tcall(&yrt_type_zip, 2, s("ab"), L(3, I(1), I(2), I(3))))), "[('a', 1), ('b', 2)]");
  CHECK_REPR(list_of(K(tcall(&yrt_type_zip, 0))), "[]");
  CHECK_REPR(list_of(K(tcall(&yrt_type_reversed, 1, T(2, I(1), I(2))))), "[2, 1]");
  CHECK_REPR(list_of(K(tcall(&yrt_type_reversed, 1, s("h\xc3\xa9llo")))), "['o', 'l', 'l', '\xc3\xa9', 'h']");
  CHECK_REPR(list_of(K(tcall(&yrt_type_reversed, 1, L(2, I(1), I(2))))), "[2, 1]");
  CHECK_ERR(tcall(&yrt_type_reversed, 1, I(1)), "TypeError: 'int' object is not reversible");
  CHECK_ERR(tcall(&yrt_type_enumerate, 0), "TypeError: enumerate() missing required argument 'iterable'");
  CHECK_ERR(tcall(&yrt_type_enumerate, 2, L(0), s("a")), "TypeError: 'str' object cannot be interpreted as an integer");
  CHECK_ERR(yrt_iter(I(1)), "TypeError: 'int' object is not iterable");
  YValue out;
  CHECK_ERRI(yrt_next(L(0), &out), "TypeError: 'list' object is not an iterator");
  YValue two[2];
  CHECK_INT(yrt_unpack(T(2, I(1), s("a")), 2, two), 0);
  yrt_decref(two[0]);
  yrt_decref(two[1]);
  CHECK_ERRI(yrt_unpack(L(1, I(1)), 2, two), "ValueError: not enough values to unpack (expected 2, got 1)");
  CHECK_ERRI(yrt_unpack(L(3, I(1), I(1), I(1)), 2, two), "ValueError: too many values to unpack (expected 2)");
  CHECK_ERRI(yrt_unpack(s("abc"), 2, two), "ValueError: too many values to unpack (expected 2)");
  CHECK_ERRI(yrt_unpack(D(1, I(1), I(2)), 2, two), "ValueError: not enough values to unpack (expected 2, got 1)");
  CHECK_ERRI(yrt_unpack(I(1), 2, two), "TypeError: cannot unpack non-iterable int object");
  CHECK_INT(yrt_unpack(s("ab"), 2, two), 0);
  CHECK_REPR(two[0], "'a'");
  CHECK_REPR(two[1], "'b'");
  /* a list iterator sees appends, and an exhausted one stays exhausted */
  YValue l = L(1, I(1));
  YValue it = K(yrt_iter(l));
  CHECK_INT(yrt_next(it, &out), 1);
  yrt_list_append(l, I(2));
  CHECK_INT(yrt_next(it, &out), 1);
  CHECK_INT(yrt_next(it, &out), 0);
  yrt_list_append(l, I(3));
  CHECK_INT(yrt_next(it, &out), 0);
  CHECK_REPR(yrt_callmethod(K(yrt_iter(l)), YN___next__, 0, NULL), "1");
  CHECK_ERR(yrt_callmethod(it, YN___next__, 0, NULL), "StopIteration: ");
}

static void test_str_methods(void) {
  CHECK_REPR(meth(s("  a b  "), YN_strip, 0), "'a b'");
  CHECK_REPR(meth(s("xxaxx"), YN_strip, 1, s("x")), "'a'");
  CHECK_REPR(meth(s("  a  "), YN_lstrip, 0), "'a  '");
  CHECK_REPR(meth(s("  a  "), YN_rstrip, 1, YNONE), "'  a'");
  CHECK_REPR(meth(s("\xc3\xa9" "a" "\xc3\xa9"), YN_strip, 1, s("\xc3\xa9")), "'a'");
  CHECK_ERR(meth(s("a"), YN_strip, 1, I(1)), "TypeError: strip arg must be None or str");
  CHECK_ERR(meth(s("a"), YN_strip, 2, I(1), I(2)), "TypeError: strip expected at most 1 argument, got 2");
  CHECK_REPR(meth(s(" a  b "), YN_split, 0), "['a', 'b']");
  CHECK_REPR(meth(s(" a  b "), YN_split, 2, YNONE, I(1)), "['a', 'b ']");
  CHECK_REPR(meth(s("a,b,c"), YN_split, 2, s(","), I(1)), "['a', 'b,c']");
  CHECK_REPR(meth(s(""), YN_split, 0), "[]");
  CHECK_REPR(meth(s(""), YN_split, 1, s(",")), "['']");
  CHECK_REPR(meth(s("  "), YN_split, 1, s(" ")), "['', '', '']");
  CHECK_ERR(meth(s("a"), YN_split, 1, s("")), "ValueError: empty separator");
  CHECK_ERR(meth(s("a"), YN_split, 1, I(1)), "TypeError: must be str or None, not int");
  CHECK_ERR(meth(s("a"), YN_split, 3, YNONE, I(1), I(2)), "TypeError: split() takes at most 2 arguments (3 given)");
  CHECK_REPR(meth(s("-"), YN_join, 1, L(3, s("a"), s("b"), s("c"))), "'a-b-c'");
  CHECK_REPR(meth(s(""), YN_join, 1, s("abc")), "'abc'");
  CHECK_ERR(meth(s("a"), YN_join, 1, L(2, s("a"), I(1))), "TypeError: sequence item 1: expected str instance, int found");
  CHECK_ERR(meth(s("a"), YN_join, 1, I(1)), "TypeError: can only join an iterable");
  CHECK_ERR(meth(s("a"), YN_join, 0), "TypeError: str.join() takes exactly one argument (0 given)");
  CHECK_REPR(meth(s("Hello \xc3\xa9\xc3\x9f"), YN_upper, 0), "'HELLO \xc3\x89SS'");
  CHECK_REPR(meth(s("Hello \xc3\x89"), YN_lower, 0), "'hello \xc3\xa9'");
  CHECK_ERR(meth(s("a"), YN_upper, 1, I(1)), "TypeError: str.upper() takes no arguments (1 given)");
  CHECK_REPR(meth(s("hello"), YN_startswith, 1, s("he")), "True");
  CHECK_REPR(meth(s("hello"), YN_startswith, 1, T(2, s("x"), s("h"))), "True");
  CHECK_REPR(meth(s("hello"), YN_startswith, 2, s("l"), I(2)), "True");
  CHECK_REPR(meth(s("hello"), YN_endswith, 1, s("lo")), "True");
  CHECK_REPR(meth(s("hello"), YN_endswith, 3, s("l"), I(0), I(-1)), "True");
  CHECK_REPR(meth(s("abc"), YN_startswith, 2, s(""), I(5)), "False");
  CHECK_ERR(meth(s("a"), YN_startswith, 1, I(1)), "TypeError: startswith first arg must be str or a tuple of str, not int");
  CHECK_ERR(meth(s("a"), YN_endswith, 1, T(1, I(1))), "TypeError: tuple for endswith must only contain str, not int");
  CHECK_ERR(meth(s("a"), YN_startswith, 0), "TypeError: startswith() takes at least 1 argument (0 given)");
  CHECK_REPR(meth(s("abcabc"), YN_replace, 2, s("b"), s("xy")), "'axycaxyc'");
  CHECK_REPR(meth(s("abcabc"), YN_replace, 3, s("b"), s("x"), I(1)), "'axcabc'");
  CHECK_REPR(meth(s("abc"), YN_replace, 2, s(""), s("-")), "'-a-b-c-'");
  CHECK_REPR(meth(s("abc"), YN_replace, 3, s(""), s("-"), I(2)), "'-a-bc'");
  CHECK_ERR(meth(s("a"), YN_replace, 1, s("a")), "TypeError: replace expected at least 2 arguments, got 1");
  CHECK_ERR(meth(s("a"), YN_replace, 2, I(1), I(2)), "TypeError: replace() argument 1 must be str, not int");
  CHECK_REPR(meth(s("a\r\nb\rc\n"), YN_splitlines, 0), "['a', 'b', 'c']");
  CHECK_REPR(meth(s("a\nb\n"), YN_splitlines, 1, YTRUE), "['a\\n', 'b\\n']");
  CHECK_REPR(meth(s("a\n\nb"), YN_splitlines, 0), "['a', '', 'b']");
  CHECK_REPR(meth(s("h\xc3\xa9llo"), YN_find, 1, s("l")), "2");
  CHECK_REPR(meth(s("abc"), YN_find, 3, s("c"), I(1), I(2)), "-1");
  CHECK_REPR(meth(s("abc"), YN_find, 2, s(""), I(4)), "-1");
  CHECK_REPR(meth(s("abc"), YN_find, 2, s(""), I(3)), "3");
  CHECK_ERR(meth(s("abc"), YN_index, 1, s("z")), "ValueError: substring not found");
  CHECK_ERR(meth(s("abc"), YN_find, 1, I(1)), "TypeError: must be str, not int");
  CHECK_REPR(meth(s("aaa"), YN_count, 1, s("aa")), "1");
  CHECK_REPR(meth(s("abc"), YN_count, 1, s("")), "4");
  CHECK_REPR(meth(s("123"), YN_isdigit, 0), "True");
  CHECK_REPR(meth(s("\xc2\xb2"), YN_isdigit, 0), "True");
  CHECK_REPR(meth(s(""), YN_isdigit, 0), "False");
  CHECK_REPR(meth(s("ab\xc3\xa9"), YN_isalpha, 0), "True");
  CHECK_REPR(meth(s("ab1"), YN_isalpha, 0), "False");
  CHECK_REPR(meth(s(" \t\n"), YN_isspace, 0), "True");
  CHECK_REPR(meth(s("{} {}"), YN_format, 2, I(1), s("a")), "'1 a'");
  CHECK_ERR(meth(s("a"), YN_append, 0), "AttributeError: 'str' object has no attribute 'append'");
}

static void test_getattr_call(void) {
  YValue m = K(yrt_getattr(L(0), YN_append));
  CHECK_STR(yrt_str(yobj((void *)yrt_typeof(m))), "<class 'builtin_function_or_method'>");
  CHECK_REPR(yrt_getattr(m, YN___name__), "'append'");
  CHECK_REPR(yrt_getattr(m, YN___qualname__), "'list.append'");
  YValue l = L(0);
  YValue app = K(yrt_getattr(l, YN_append));
  YValue one = I(1);
  CHECK_REPR(yrt_call(app, 1, &one), "None");
  CHECK_REPR(yrt_incref(l), "[1]");
  CHECK_ERR(yrt_getattr(L(0), YN_upper), "AttributeError: 'list' object has no attribute 'upper'");
  CHECK_ERR(yrt_getattr(I(1), YN_append), "AttributeError: 'int' object has no attribute 'append'");
  CHECK_ERR(yrt_getattr(YNONE, YN_get), "AttributeError: 'NoneType' object has no attribute 'get'");
  CHECK_REPR(yrt_getattr(yobj((void *)&yrt_type_int), YN___name__), "'int'");
  CHECK_REPR(yrt_getattr(yobj((void *)&yrt_type_dict), YN___qualname__), "'dict'");
  CHECK_ERR(yrt_getattr(yobj((void *)&yrt_type_int), YN_append), "AttributeError: type object 'int' has no attribute 'append'");
  CHECK_ERR(yrt_call(I(1), 0, NULL), "TypeError: 'int' object is not callable");
  CHECK_ERR(yrt_call(s("a"), 0, NULL), "TypeError: 'str' object is not callable");
  CHECK_ERR(yrt_call(yobj((void *)&yrt_type_function), 0, NULL), "TypeError: cannot create 'function' instances");
  CHECK_REPR(tcall(&yrt_type_type, 1, I(1)), "<class 'int'>");
  CHECK_REPR(tcall(&yrt_type_type, 1, YTRUE), "<class 'bool'>");
  CHECK_REPR(tcall(&yrt_type_type, 1, yobj((void *)&yrt_type_int)), "<class 'type'>");
  CHECK_REPR(tcall(&yrt_type_type, 1, K(yrt_iter(s("ab")))), "<class 'str_ascii_iterator'>");
  CHECK_REPR(tcall(&yrt_type_type, 1, K(yrt_iter(s("\xc3\xa9")))), "<class 'str_iterator'>");
  CHECK_REPR(tcall(&yrt_type_type, 1, K(tcall(&yrt_type_reversed, 1, L(0)))), "<class 'list_reverseiterator'>");
  CHECK_REPR(tcall(&yrt_type_type, 1, K(yrt_iter(D(0)))), "<class 'dict_keyiterator'>");
  CHECK_REPR(yobj((void *)&yrt_type_reversed), "<class 'reversed'>");
  CHECK_ERR(tcall(&yrt_type_type, 2, I(1), I(2)), "TypeError: type() takes 1 or 3 arguments");
}

/* A Python function `def f(a, b)` for the arity tests. */
static YValue f_body(YFunc *fn, const YValue *argv) {
  (void)fn;
  return yrt_add(argv[0], argv[1]);
}
static const char *const f_params[] = {"a", "b"};
static const YFuncCode f_code = {"f", "f", 2, f_params, f_body, 0, 0, 0, "__main__", NULL, NULL};
static YFunc f_fn = YRT_FUNC_STATIC(&f_code);
static const char *const g_params[] = {"a", "b", "c"};
static const YFuncCode g_code = {"inner", "outer.<locals>.inner", 3, g_params, NULL, 0, 0, 0, "__main__", NULL, NULL};
static const YFuncCode h_code = {"h", "h", 1, g_params, NULL, 0, 0, 0, "__main__", NULL, NULL};
static const YFuncCode z_code = {"z", "z", 0, NULL, NULL, 0, 0, 0, "__main__", NULL, NULL};

static void test_functions(void) {
  YValue args[3] = {I(1), I(2), I(3)};
  CHECK_REPR(yrt_call(yobj(&f_fn), 2, args), "3");
  CHECK_ERR(yrt_call(yobj(&f_fn), 3, args), "TypeError: f() takes 2 positional arguments but 3 were given");
  CHECK_ERR(yrt_call(yobj(&f_fn), 1, args), "TypeError: f() missing 1 required positional argument: 'b'");
  CHECK_ERR(yrt_call(yobj(&f_fn), 0, args), "TypeError: f() missing 2 required positional arguments: 'a' and 'b'");
  /* Binding fails before the body runs, so these codes need none. */
  YValue g = K(yrt_func_new(&g_code, 0, NULL)), h = K(yrt_func_new(&h_code, 0, NULL));
  YValue z = K(yrt_func_new(&z_code, 0, NULL));
  CHECK_ERR(yrt_call(g, 0, args), "TypeError: outer.<locals>.inner() missing 3 required positional arguments: 'a', 'b', and 'c'");
  CHECK_ERR(yrt_call(h, 2, args), "TypeError: h() takes 1 positional argument but 2 were given");
  CHECK_ERR(yrt_call(z, 1, args), "TypeError: z() takes 0 positional arguments but 1 was given");
  /* keywords: f(1, b=2) binds; f(1, a=2) and f(1, c=2) do not */
  YStr *kw_b = (YStr *)yrt_str_from_c("b").u.o, *kw_a = (YStr *)yrt_str_from_c("a").u.o;
  YStr *kw_c = (YStr *)yrt_str_from_c("c").u.o;
  CHECK_REPR(yrt_call_kw(yobj(&f_fn), 1, args, 1, &kw_b), "3");
  CHECK_ERR(yrt_call_kw(yobj(&f_fn), 1, args, 1, &kw_a), "TypeError: f() got multiple values for argument 'a'");
  CHECK_ERR(yrt_call_kw(yobj(&f_fn), 1, args, 1, &kw_c), "TypeError: f() got an unexpected keyword argument 'c'");
  yrt_decref(yobj(kw_a));
  yrt_decref(yobj(kw_b));
  yrt_decref(yobj(kw_c));
  YCell *c = yrt_cell_new();
  yrt_cell_set(c, yrt_str_from_c("v"));
  YValue fn = K(yrt_func_new(&g_code, 1, &c));
  yrt_decref(yobj(c));
  CHECK_REPR(yrt_getattr(fn, YN___name__), "'inner'");
  CHECK_REPR(yrt_getattr(fn, YN___qualname__), "'outer.<locals>.inner'");
  YValue r = yrt_repr(fn);
  unit_checks++;
  if (strncmp(yrt_str_cstr(r), "<function outer.<locals>.inner at 0x", 36) != 0)
    unit_fail(__LINE__, "repr(function)", yrt_str_cstr(r), "<function outer.<locals>.inner at 0x...>");
  yrt_decref(r);
  /* recursion limit: yrt_init counted the module's frame, the first of 1000 */
  int depth = 0;
  while (yrt_enter_call() == 0) depth++;
  CHECK_INT(depth, 999);
  char buf[256];
  unit_err(__LINE__, "recursion", 1, "RecursionError: maximum recursion depth exceeded");
  (void)buf;
  while (depth-- > 0) yrt_leave_call();
}

static void test_constructors(void) {
  CHECK_REPR(tcall(&yrt_type_int, 0), "0");
  CHECK_REPR(tcall(&yrt_type_int, 1, s(" -12 ")), "-12");
  CHECK_REPR(tcall(&yrt_type_int, 1, s("+5")), "5");
  CHECK_REPR(tcall(&yrt_type_int, 1, s("1_000")), "1000");
  CHECK_REPR(tcall(&yrt_type_int, 1, s("\xd9\xa1\xd9\xa2")), "12");
  CHECK_REPR(tcall(&yrt_type_int, 1, F(-3.7)), "-3");
  CHECK_REPR(tcall(&yrt_type_int, 1, YTRUE), "1");
  CHECK_REPR(tcall(&yrt_type_int, 2, s("0x1f"), I(16)), "31");
  CHECK_REPR(tcall(&yrt_type_int, 2, s("0x_1f"), I(0)), "31");
  CHECK_REPR(tcall(&yrt_type_int, 2, s("0b101"), I(0)), "5");
  CHECK_REPR(tcall(&yrt_type_int, 2, s("00"), I(0)), "0");
  CHECK_REPR(tcall(&yrt_type_int, 2, s("z"), I(36)), "35");
  CHECK_REPR(tcall(&yrt_type_int, 1, s("-9223372036854775808")), "-9223372036854775808");
  CHECK_REPR(tcall(&yrt_type_int, 1, s("9223372036854775808")), "9223372036854775808");
  CHECK_ERR(tcall(&yrt_type_int, 1, s("x")), "ValueError: invalid literal for int() with base 10: 'x'");
  CHECK_ERR(tcall(&yrt_type_int, 1, s("")), "ValueError: invalid literal for int() with base 10: ''");
  CHECK_ERR(tcall(&yrt_type_int, 1, s("1__0")), "ValueError: invalid literal for int() with base 10: '1__0'");
  CHECK_ERR(tcall(&yrt_type_int, 1, s("_1")), "ValueError: invalid literal for int() with base 10: '_1'");
  CHECK_ERR(tcall(&yrt_type_int, 2, s("12"), I(2)), "ValueError: invalid literal for int() with base 2: '12'");
  CHECK_ERR(tcall(&yrt_type_int, 2, s("012"), I(0)), "ValueError: invalid literal for int() with base 0: '012'");
  CHECK_ERR(tcall(&yrt_type_int, 2, s("z"), I(37)), "ValueError: int() base must be >= 2 and <= 36, or 0");
  CHECK_ERR(tcall(&yrt_type_int, 2, I(5), I(10)), "TypeError: int() can't convert non-string with explicit base");
  CHECK_ERR(tcall(&yrt_type_int, 1, L(0)), "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'");
  CHECK_ERR(tcall(&yrt_type_int, 1, F(INFINITY)), "OverflowError: cannot convert float infinity to integer");
  CHECK_ERR(tcall(&yrt_type_int, 1, F(NAN)), "ValueError: cannot convert float NaN to integer");
  CHECK_ERR(tcall(&yrt_type_int, 3, I(1), I(2), I(3)), "TypeError: int() takes at most 2 arguments (3 given)");
  CHECK_REPR(tcall(&yrt_type_float, 1, s(" 1.5 ")), "1.5");
  CHECK_REPR(tcall(&yrt_type_float, 1, s("-iNF")), "-inf");
  CHECK_REPR(tcall(&yrt_type_float, 1, s("infinity")), "inf");
  CHECK_REPR(tcall(&yrt_type_float, 1, s("nan")), "nan");
  CHECK_REPR(tcall(&yrt_type_float, 1, s("1_0.5e1_0")), "105000000000.0");
  CHECK_REPR(tcall(&yrt_type_float, 1, s(".5")), "0.5");
  CHECK_REPR(tcall(&yrt_type_float, 1, s("5.")), "5.0");
  CHECK_REPR(tcall(&yrt_type_float, 1, s("1e500")), "inf");
  CHECK_REPR(tcall(&yrt_type_float, 1, I(3)), "3.0");
  CHECK_ERR(tcall(&yrt_type_float, 1, s("1e")), "ValueError: could not convert string to float: '1e'");
  CHECK_ERR(tcall(&yrt_type_float, 1, s(" x ")), "ValueError: could not convert string to float: ' x '");
  CHECK_ERR(tcall(&yrt_type_float, 1, s("0x10")), "ValueError: could not convert string to float: '0x10'");
  CHECK_ERR(tcall(&yrt_type_float, 1, s("1_")), "ValueError: could not convert string to float: '1_'");
  CHECK_ERR(tcall(&yrt_type_float, 1, L(0)), "TypeError: float() argument must be a string or a real number, not 'list'");
  CHECK_REPR(tcall(&yrt_type_str, 0), "''");
  CHECK_REPR(tcall(&yrt_type_str, 1, L(2, I(1), s("a"))), "\"[1, 'a']\"");
  CHECK_REPR(tcall(&yrt_type_str, 1, F(1e16)), "'1e+16'");
  CHECK_REPR(tcall(&yrt_type_bool, 1, L(0)), "False");
  CHECK_ERR(tcall(&yrt_type_bool, 2, I(1), I(2)), "TypeError: bool expected at most 1 argument, got 2");
  CHECK_REPR(tcall(&yrt_type_list, 1, s("abc")), "['a', 'b', 'c']");
  CHECK_ERR(tcall(&yrt_type_list, 1, I(1)), "TypeError: 'int' object is not iterable");
  CHECK_REPR(tcall(&yrt_type_tuple, 1, L(1, I(1))), "(1,)");
  CHECK_REPR(tcall(&yrt_type_range, 3, I(0), I(10), I(2)), "range(0, 10, 2)");
  CHECK_REPR(tcall(&yrt_type_range, 1, I(5)), "range(0, 5)");
  CHECK_ERR(tcall(&yrt_type_range, 0), "TypeError: range expected at least 1 argument, got 0");
  CHECK_ERR(tcall(&yrt_type_range, 1, F(1.5)), "TypeError: 'float' object cannot be interpreted as an integer");
  CHECK_ERR(tcall(&yrt_type_range, 3, I(0), I(1), I(0)), "ValueError: range() arg 3 must not be zero");
  CHECK_REPR(meth(K(tcall(&yrt_type_range, 1, I(5))), YN_index, 1, I(3)), "3");
  CHECK_ERR(meth(K(tcall(&yrt_type_range, 1, I(5))), YN_index, 1, I(7)), "ValueError: 7 is not in range");
  YValue o = K(tcall(&yrt_type_object, 0));
  CHECK_INT(yrt_eq(o, o), 1);
  CHECK_INT(yrt_truth(o), 1);
}

static void test_repr(void) {
  CHECK_REPR(yrt_incref(s("a'b")), "\"a'b\"");
  CHECK_REPR(yrt_incref(s("a\"b")), "'a\"b'");
  CHECK_REPR(yrt_incref(s("a'b\"")), "'a\\'b\"'");
  CHECK_REPR(yrt_incref(s("\\\t\n\r\x01\x7f")), "'\\\\\\t\\n\\r\\x01\\x7f'");
  CHECK_REPR(yrt_incref(s("\xc2\x80\xc2\xa0\xc2\xad\xe2\x80\xa8\xee\x80\x80\xef\xbb\xbf\xf0\x9f\x98\x80\xc3\xa9")),
             "'\\x80\\xa0\\xad\\u2028\\ue000\\ufeff\xf0\x9f\x98\x80\xc3\xa9'");
  CHECK_REPR(yrt_incref(D(2, s("a"), I(1), I(2), L(0))), "{'a': 1, 2: []}");
  CHECK_REPR(YNONE, "None");
  CHECK_REPR(F(-0.0), "-0.0");
  CHECK_REPR(yobj((void *)&yrt_type_NoneType), "<class 'NoneType'>");
  CHECK_REPR(yobj((void *)&yrt_exc_ValueError), "<class 'ValueError'>");
  CHECK_STR(yrt_str(s("x")), "x");
  CHECK_STR(yrt_str(F(1e22)), "1e+22");
}

int main(void) {
  yrt_init(0, NULL, "test_object");
  test_arith();
  test_compare();
  test_hash();
  test_truth_len_contains();
  test_dict();
  test_list_tuple();
  test_slices();
  test_iteration();
  test_str_methods();
  test_getattr_call();
  test_functions();
  test_constructors();
  test_repr();
  return unit_done("test_object");
}
