# sorting lists of ints (the machine-integer path) beside bools, big ints, floats and keys
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted([1, True, 0, False]), sorted([2**100, 5, -2**70]), sorted([]), sorted([5], reverse=1))
x = [5, 3, 9, 1]; x.sort(reverse=True); print(x)
x = [5, 3, 9, 1]; x.sort(); print(x)
print(sorted([1, 2.5, 0]), sorted([3, 1], key=None), sorted([3, 1], key=lambda v: -v))
l = list(range(10, 0, -1)); s = sorted(l); print(l[:3], s[:3], s is l)
sorted([3, 1], reverse=[])
sorted([3, 1], reverse=None)
