# np.frombuffer: an array over memory that already exists, without copying it.
a = np.arange(4)          # four int64 values
b = np.frombuffer(a.data, dtype='int8')
b.shape                   # 4 values * 8 bytes each, seen one byte at a time
b[:8]                     # little-endian: the 0 is eight zero bytes
b[8:16]                   # ...and the 1 starts with a 1
np.shares_memory(a, b)
# The same bytes, reinterpreted with view(): no copy either.
a.view(np.int8)[8:16]
a.view(np.uint32)
# Bytes objects work too; the result is read-only because bytes are immutable.
c = np.frombuffer(b'\x01\x02\x03\x04', dtype=np.uint8)
c
c.flags.writeable
np.frombuffer(b'\x01\x00\x02\x00', dtype='<u2')
