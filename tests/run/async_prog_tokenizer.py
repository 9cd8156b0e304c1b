# An async tokenizer: characters arrive from an async source in chunks,
# the tokenizer async generator assembles tokens across chunk boundaries,
# and an async parser evaluates + - * and parentheses from the stream.
import asyncio

class E(Exception):
    pass

async def chunks(text, size):
    for i in range(0, len(text), size):
        await asyncio.sleep(0)
        yield text[i:i + size]

async def tokenize(src):
    num = ""
    async for chunk in src:
        for ch in chunk:
            if ch in "0123456789":
                num += ch
                continue
            if num:
                yield ("num", int(num))
                num = ""
            if ch in "+-*()":
                yield ("op", ch)
            elif ch != " ":
                raise E("bad character " + repr(ch))
    if num:
        yield ("num", int(num))
    yield ("end", None)

# The parser keeps the current token in state[0]; its functions are
# module-level so no closures refer to each other.
async def advance(tokens, state):
    state[0] = await tokens.__anext__()

async def expr(tokens, state):
    v = await term(tokens, state)
    while state[0] in [("op", "+"), ("op", "-")]:
        op = state[0][1]
        await advance(tokens, state)
        w = await term(tokens, state)
        v = v + w if op == "+" else v - w
    return v

async def term(tokens, state):
    v = await atom(tokens, state)
    while state[0] == ("op", "*"):
        await advance(tokens, state)
        v = v * await atom(tokens, state)
    return v

async def atom(tokens, state):
    kind, val = state[0]
    if kind == "num":
        await advance(tokens, state)
        return val
    if state[0] == ("op", "("):
        await advance(tokens, state)
        v = await expr(tokens, state)
        if state[0] != ("op", ")"):
            raise E("expected )")
        await advance(tokens, state)
        return v
    raise E("unexpected " + str(state[0]))

async def parse(tokens):
    state = [await tokens.__anext__()]
    result = await expr(tokens, state)
    if state[0][0] != "end":
        raise E("trailing " + str(state[0]))
    return result

async def tokens_of(text):
    out = []
    async for t in tokenize(chunks(text, 3)):
        out.append(t)
    return out

async def main():
    print(await tokens_of("12+ 345*(6-7)"))
    for text in ["1+2*3", "(1+2)*3", "100 - 4*(20 - 3*5) + 7", "2*(3", "4 $ 4", "12 34", "7*"]:
        try:
            print(repr(text), "=", await parse(tokenize(chunks(text, 4))))
        except E as e:
            print(repr(text), "error:", e)

asyncio.run(main())
