# Broadcasting makes views with zero strides: every row is the same memory.
row = np.arange(4)
grid = np.broadcast_to(row, (3, 4))
grid
grid.strides             # 0 bytes to the next row
np.shares_memory(grid, row)
grid.flags.writeable     # read-only: a write to one cell would land in every row
row[0] = 7               # but writing the source shows through every row
grid
# Arithmetic broadcasts too, but its result is new memory.
total = grid + np.arange(3)[:, None]
total.strides
np.shares_memory(total, row)
