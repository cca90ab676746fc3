# An uncaught KeyError whose key is a tuple: the message is the repr of the key.
grid = {(0, 0): "origin"}
print(grid[0, 0])
print(grid[1, 2])
