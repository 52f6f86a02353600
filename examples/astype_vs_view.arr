# astype converts values into new memory; view(dtype) reads the same bytes as another type.
a = np.array([1.0])
a.astype(np.int64)       # the value 1 in a new int64 array
a.view(np.int64)         # the bits of 1.0 read as an int64: 2**62 - 2**52
a.view(np.uint8)         # the same 8 bytes one at a time (little-endian)
a.view(np.uint8).base is a
a.astype(np.int64).base is None
# astype(copy=False) returns the very same array when the dtype already matches.
a.astype(np.float64, copy=False) is a
a.astype(np.float32, copy=False) is a
# Writing through a view changes the bits of the original.
b = a.view(np.uint8)
b[7] = 64                # the top byte of 1.0 was 63; now the bits say 2**16
a
