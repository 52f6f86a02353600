# Strides: how many bytes to step in memory to move one place along each axis.
a = np.arange(12).reshape(3, 4)
a.strides          # 4 int64 items per row: 32 bytes; 8 bytes per column
a.T.strides        # the transpose just swaps them: no data moves
a[:, 1].strides    # one column: steps of a whole row
a[::2, ::-1].strides
(k, j) = a.strides
k // a.itemsize, j // a.itemsize

# The flags say whether the elements are laid out contiguously.
a.flags['C_CONTIGUOUS'], a.T.flags['F_CONTIGUOUS']
a[:, 1].flags.c_contiguous

# np.info shows the real data pointer: a view's pointer moves by its byte offset.
z = np.zeros(25, int)
np.info(z)
info(z[3:10])      # 3 items of 8 bytes further on: +24 bytes
z[3:10].__array_interface__['data'][0] - z.__array_interface__['data'][0]
