# Many pseudo-random ints of 1 to 400 bits, both signs, through every
# operator; each line is one pair, results reduced modulo a prime (except
# the floats) to keep the output short.
state = 12345

def rand_bits(k):
    global state
    r = 0
    for _ in range((k + 30) // 31):
        state = (state * 1103515245 + 12345) % 2147483648
        r = (r << 31) | state
    return r >> (((k + 30) // 31) * 31 - k)

def numbers(count):
    for i in range(count):
        k = [1, 5, 31, 32, 62, 63, 64, 65, 100, 127, 128, 200, 400][i % 13]
        n = rand_bits(k)
        if rand_bits(1):
            n = -n
        yield n

P = 1000000007
nums = list(numbers(120))
for i in range(0, len(nums) - 1):
    a, b = nums[i], nums[i + 1]
    row = [(a + b) % P, (a - b) % P, (a * b) % P, a & b, a | b, a ^ b, ~a, a << (i % 70), a >> (i % 70)]
    if b:
        row += [a // b, a % b, pow(a, abs(b) % 50, P)]
        if b % P:
            row.append(pow(a, -1, P) if a % P else None)
        row.append(a / b)
    row += [a < b, a == b, float(a), hash(a) == hash(a + 0), round(a, -3)]
    print(" ".join(str(x % P) if type(x) == int and abs(x) > 10 ** 30 else str(x) for x in row))
print(sum(nums) % P, min(nums), max(nums), sorted(nums)[60])
