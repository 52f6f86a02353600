import numpy as np
"{} and {}".format("a", "b")
"{1} {0} {1}".format("x", "y")
"{name} is {age}".format(name="Ann", age=30)
"{:>6}|".format("r")
"{:<6}|".format("l")
"{:^6}|".format("c")
"{:.3f}".format(3.14159)
"{:08.2f}".format(-3.14159)
"{:,}".format(10 ** 9)
"{:x} {:o} {:b}".format(255, 8, 5)
"{:#x}".format(255)
"{0!r} {0!s}".format("q")
"{0[1]} {1[k]}".format([10, 20], {"k": "v"})
"{0.real}".format(3 + 4j)
"{:{w}.{p}f}".format(2.71828, w=8, p=3)
"{{}} {}".format(1)
"{:e}".format(12345.678)
"{:%}".format(0.125)
"{:+}".format(5)
"{:d}".format(np.int64(12))
"{:.2f}".format(np.float32(1.5))
"{}".format(np.arange(3))
"{!r}".format(np.arange(3))
"{:>12}".format(str(np.array([1, 2])))
"{:5.1f}|{:5.1f}".format(np.float64(1.25), np.float64(2.75))
"{}".format(np.float64(0.1))
"{}".format(np.float32(0.1))
"{} {}".format(1)
"{2}".format(1, 2)
"{x}".format(y=1)
"{:d}".format(1.5)
"{:z}".format(1)
"{0} {}".format(1, 2)
"%d" % 42
"%5d|" % 42
"%-5d|" % 42
"%05d" % 42
"%+d" % 42
"%s" % "text"
"%r" % "text"
"%s and %s" % ("a", "b")
"%.2f" % 3.14159
"%8.3f|" % 3.14159
"%e" % 12345.678
"%g" % 0.00001234
"%x %X %o" % (255, 255, 8)
"%#x %#o" % (255, 8)
"%c" % 65
"%%"  % ()
"100%%" % ()
"%(name)s is %(age)d" % {"name": "Bo", "age": 7}
"%s" % [1, 2]
"%s" % (1,)
"%s %s" % (1, [2, 3])
"%d" % 3.99
"%i" % -7
"%.3s" % "abcdef"
"%*d" % (6, 12)
"%s" % np.arange(3)
"%d" % np.int64(5)
"%.3f" % np.float64(2.0 / 3)
"%s" % np.float64(0.1)
"%r" % np.float64(0.1)
"%5.2f%%" % (np.float32(12.345),)
"%d %d" % (1,)
"%d" % (1, 2)
"%d" % "x"
"%s %s" % 1
"%z" % 1
"%(missing)s" % {"a": 1}
x = np.linspace(0, 1, 3)
for v in x:
    print("%.2f" % v)
for i, v in enumerate(x):
    print("{:2d}: {:.3f}".format(i, v))
print("%s has shape %s" % ("x", x.shape))
print("{0} has {1} elements".format("x", x.size))
"{:_}".format(123456789)
"{:>10,.2f}".format(1234567.891)
"{:=+10.2f}".format(3.5)
"{:.0%}".format(0.5)
"{:g}".format(100000.0)
"{:g}".format(1000000.0)
"{:.2e}".format(0.000123456)
"%10s|%-10s|" % ("right", "left")
"%.0f %.0f" % (0.5, 1.5)
"%s" % None
"%s" % True
"%d" % True
"%x" % 3.0
