import numpy as np
xs = [3, 1, 2]
xs.append(4)
xs
xs.extend([5, 6])
xs
xs.extend(range(2))
xs
xs.insert(0, 100)
xs
xs.insert(-1, 50)
xs
xs.pop()
xs.pop(0)
xs
xs.remove(50)
xs
xs.index(2)
xs.count(1)
xs.sort()
xs
xs.sort(reverse=True)
xs
words = ["banana", "Apple", "cherry", "date"]
words.sort()
words
words.sort(key=str.lower)
words
words.sort(key=len)
words
words.sort(key=lambda w: (len(w), w), reverse=True)
words
xs.reverse()
xs
ys = xs.copy()
ys.append(99)
xs, ys
xs.clear()
xs
[].pop()
[1].remove(2)
[1, 2].index(5)
[3, 1].sort(key=1)
[1, "a"].sort()
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(9)
nested
[1, 2] + [3]
[0] * 4
[1, 2] * 0
del ys[0]
ys
del ys[1:3]
ys
lst = list(range(10))
lst[2:5] = ["a"]
lst
lst[::3]
lst[::-1][:3]
len(lst), 5 in lst, "a" in lst
[1, 2] == [1, 2], [1, 2] < [1, 3]
list("abc")
list((1, 2))
list({"k": 1})
loop = [1]
loop.append(loop)
loop
