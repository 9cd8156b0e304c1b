# An uncaught ValueError from an extended slice assignment of the wrong size.

grid = list(range(9))
grid[::4] = ['a', 'b', 'c']
print(grid)
grid[::2] = ['x', 'y']
print('not reached')
