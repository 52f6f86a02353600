# str(bytes, encoding, errors) decodes
print(str(b'ab', 'ascii'), str(b'ab', encoding='utf-8'), str(b'\xff', 'latin-1'), str(b'ab', errors='strict'), str(b'caf\xc3\xa9', 'utf-8'))
for s in ['str(1, "ascii")', 'str("a", "utf-8")', 'str(b"a", "nope")', 'str(b"a", 1)', 'str(b"\\xff", "utf-8")', 'str(b"\\xff", "ascii")', 'str(object=b"a", encoding="ascii")', 'str(b"a", "ascii", "strict", 1)']:
  try: print(repr(eval(s)))
  except Exception as e: print(type(e).__name__, e)
for c in ['b"a".decode(None)', 'str(b"a", None)', 'str(b"a", "ascii", None)']:
  try: eval(c)
  except Exception as e: print(c, e)
