# Format specs nest two deep, not three (difftest finding).  CPython 3.11
# points after the string; yieldc at the replacement field too deep.
print(f"{1:{2:{3}}}")
