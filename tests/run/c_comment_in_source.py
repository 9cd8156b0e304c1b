# A Python line is copied into a C comment above its code: these must not
# end the comment early nor open a nested one (gcc -Wcomment, -Werror).
x = 1  # see /* here */ and /*
y = "*/ not the end"  # ??= no trigraph either
print(x, y)  # ends with a backslash \
print(-9223372036854775808, -9223372036854775807 - 1)
