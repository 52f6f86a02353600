# int methods on ints of any size: to_bytes, from_bytes, bit_length, bit_count, as_integer_ratio
print((1024).to_bytes(2,'big'), (1024).to_bytes(2,'little'), (-1).to_bytes(2,'big',signed=True), (255).to_bytes(), (10**20).to_bytes(9,'big'), (0).to_bytes(0,'big'))
print(int.from_bytes(b'\xff'*10,'big'), int.from_bytes(b'\x00\x01','little'), int.from_bytes(b'\xff\xfe','big',signed=True), int.from_bytes([1,2],'big'), int.from_bytes(b''), int.from_bytes(b'\x01'))
print((2**200).bit_length(), (2**200).bit_count(), (-2**100).conjugate(), (2**70).as_integer_ratio(), (-5).bit_length(), (0).bit_length(), True.bit_count(), (-7).bit_count())
print((2**100).real, (2**100).imag, (2**100).numerator, (2**100).denominator, (5).from_bytes(b'\x02'), (-2**100).to_bytes(16, 'little', signed=True).hex())
for s in ['(256).to_bytes(1,"big")','(-1).to_bytes(1,"big")','(1).to_bytes(1,"middle")','(1).to_bytes(-1,"big")','int.from_bytes(1,"big")','int.from_bytes(b"a","x")', '(1).to_bytes(1, byteorder="big", signed=False)', 'True.to_bytes(1,"big")', '(1).to_bytes("a")', 'int.from_bytes("ab")','int.from_bytes([256])', '(-129).to_bytes(1, "big", signed=True)', '(127).to_bytes(1, "big", signed=True)', '(128).to_bytes(1, "big", signed=True)', '(1).to_bytes(1, 2)', '(1).to_bytes(1, "big", True)', 'int.from_bytes()', '(1).bit_length(1)', '(2**100).to_bytes(4)', '(1).to_bytes(zz=1)', 'int.from_bytes(b"\\x80", signed=True)', 'int.from_bytes(bytes(3), "little")']:
  try: print(s, repr(eval(s)))
  except Exception as e: print(s, type(e).__name__, e)
