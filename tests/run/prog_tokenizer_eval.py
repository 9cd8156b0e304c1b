# A streaming tokenizer (a generator of tokens) and a recursive-descent
# evaluator that pulls tokens with next().

DIGITS = "0123456789"
OPERATORS = "+-*/%()"

class SyntaxProblem(Exception):
    pass

def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == " " or ch == "\t":
            i += 1
        elif ch in DIGITS or ch == ".":
            start = i
            while i < len(text) and (text[i] in DIGITS or text[i] == "."):
                i += 1
            literal = text[start:i]
            if "." in literal:
                yield ("num", float(literal))
            else:
                yield ("num", int(literal))
        elif ch in OPERATORS:
            yield ("op", ch)
            i += 1
        else:
            raise SyntaxProblem("unexpected character " + repr(ch) + " at " + str(i))
    yield ("end", None)

# The parser state is a list [current token, token generator] passed to
# module-level functions (no classes or nonlocal in this subset).
def peek(state):
    return state[0]

def advance(state):
    tok = state[0]
    if tok[0] != "end":
        state[0] = next(state[1])
    return tok

def expect(state, kind, value):
    tok = advance(state)
    if tok[0] != kind or tok[1] != value:
        raise SyntaxProblem("expected " + repr(value) + ", got " + repr(tok[1]))

def expr(state):
    value = term(state)
    while peek(state)[0] == "op" and peek(state)[1] in "+-":
        op = advance(state)[1]
        rhs = term(state)
        value = value + rhs if op == "+" else value - rhs
    return value

def term(state):
    value = factor(state)
    while peek(state)[0] == "op" and peek(state)[1] in "*/%":
        op = advance(state)[1]
        rhs = factor(state)
        if op == "*":
            value = value * rhs
        elif op == "/":
            value = value / rhs
        else:
            value = value % rhs
    return value

def factor(state):
    tok = advance(state)
    if tok[0] == "num":
        return tok[1]
    if tok == ("op", "-"):
        return -factor(state)
    if tok == ("op", "("):
        value = expr(state)
        expect(state, "op", ")")
        return value
    raise SyntaxProblem("unexpected token " + repr(tok[1]))

def parse(text):
    tokens = tokenize(text)
    state = [next(tokens), tokens]
    result = expr(state)
    if peek(state)[0] != "end":
        raise SyntaxProblem("trailing input " + repr(peek(state)[1]))
    return result

print(list(tokenize("12 + 3.5*(4 - 1)")))

for source in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "10 % 4 + -3", "2 * (3 + (4 - 1)) * 2",
               "-(-(5))", "1.5 * 4", "7 - 2 - 1", "100", "8 / (3 - 3)", "2 +", "3 $ 4",
               "(1 + 2", "1 2"]:
    try:
        print(source, "=", parse(source))
    except SyntaxProblem as e:
        print(source, "-> syntax problem:", e)
    except ZeroDivisionError as e:
        print(source, "-> ZeroDivisionError:", e)

# Tokens are produced lazily: an error late in the input surfaces only
# when the parser reaches it.
def count_tokens(text):
    n = 0
    try:
        for tok in tokenize(text):
            n += 1
    except SyntaxProblem as e:
        return str(n) + " tokens before: " + str(e)
    return str(n) + " tokens"

print(count_tokens("1 + 2 + 3"))
print(count_tokens("1 + 2 # 3"))
