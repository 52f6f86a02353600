import numpy as np
import random
random.seed(42); random.random(), random.random()
random.seed(0); [random.randint(1, 6) for _ in range(12)]
random.seed(2**100 + 5); random.getrandbits(100)
random.seed(-7); random.random()
random.seed(1.5); random.random()
random.seed("numpy"); random.random()
random.seed(b"numpy"); random.random()
random.seed(True); random.random()
random.seed(12345)
random.getrandbits(0), random.getrandbits(1), random.getrandbits(32), random.getrandbits(64), random.getrandbits(130)
[random.randrange(10) for _ in range(10)]
[random.randrange(3, 100, 7) for _ in range(6)]
[random.randrange(100, -100, -3) for _ in range(6)]
random.randrange(2**70), random.randint(-2**80, 2**80)
xs = ["a", "b", "c", "d", "e"]
[random.choice(xs) for _ in range(8)]
random.choice(range(10**12)), random.choice("xyz"), random.choice((1, 2, 3))
random.choices(xs, k=6)
random.choices(xs, weights=[5, 1, 1, 1, 10], k=8)
random.choices(xs, [0.1, 0.2, 0.3, 0.2, 0.2], k=4)
random.choices(xs, cum_weights=[1, 2, 3, 4, 50], k=5)
random.choices(xs)
deck = list(range(10)); random.shuffle(deck); deck
random.sample(range(100), 5), random.sample(range(10**9), 3), random.sample("abcdef", 6)
random.sample(range(1000), 30)[:5]
random.sample(["red", "blue"], counts=[4, 2], k=5)
random.uniform(1, 2), random.uniform(10, 5)
random.gauss(), random.gauss(), random.gauss(100, 15)
random.normalvariate(), random.normalvariate(mu=5, sigma=0.1)
random.expovariate(0.5), random.lognormvariate(0, 1)
random.triangular(), random.triangular(0, 10, 8), random.triangular(1, 1, 1)
random.gammavariate(2.5, 2), random.gammavariate(0.5, 1), random.betavariate(2, 3)
random.vonmisesvariate(1, 4), random.paretovariate(3), random.weibullvariate(1, 2)
random.randbytes(6)
state = random.getstate(); a = [random.random() for _ in range(3)]
random.setstate(state); a == [random.random() for _ in range(3)]
state[0], len(state[1]), state[2]
random.seed(5); random.gauss(); random.getstate()[2]
random.seed(); 0 <= random.random() < 1
a = np.arange(6); random.seed(3); random.shuffle(a); a
random.seed(3); random.choice(np.arange(10, 20))
random.seed(3); random.uniform(np.float64(1), 2)
random.seed(3); random.gauss(np.float32(0), 1)
from random import seed, randint, choice as pick
seed(10); randint(1, 100), pick("abc")
import random as rnd
rnd.seed(1); rnd.random()
sorted(n for n in dir(random) if not n.startswith("_") and n[0].islower() and n not in ("binomialvariate",))
random.nosuch
random.randrange(0)
random.randrange(1, 1)
random.randrange(5, 1, 0)
random.randrange(10, 1, 2)
random.randrange(10, step=2)
random.randrange(5.5)
random.randrange(1, 3.5)
random.randrange("a")
random.randrange(None)
random.randint(1)
random.randint(1, 2, 3)
random.randint(1.5, 3)
random.choice([])
random.choice(5)
random.random(1)
random.seed(np.int64(5))
random.seed([1, 2])
random.seed(1, 2, 3)
random.getrandbits(-1)
random.getrandbits(1.5)
random.getrandbits()
random.uniform(1)
random.gauss(1, 2, 3)
random.expovariate()
random.expovariate(0)
random.shuffle((1, 2))
random.shuffle(5)
random.choices(xs, 3)
random.choices(xs, [1])
random.choices(xs, [0, 0, 0, 0, 0])
random.choices(xs, [1, 1, 1, 1, float("inf")])
random.choices(xs, [1] * 5, cum_weights=[1] * 5)
random.choices([], k=2)
random.choices([1], k=2.5)
random.choices([1], k=-2)
random.sample([1, 2])
random.sample([1, 2], 3)
random.sample([1, 2], -1)
random.sample({1, 2}, 1)
random.sample(np.arange(5), 2)
random.sample([1, 2], 1, counts=[1])
random.sample([1, 2], 1, counts=[1.0, 2])
random.sample([1, 2], 1, counts=[0, 0])
random.gammavariate(0, 1)
random.lognormvariate(1000, 0)
random.setstate((2, (), None))
random.setstate((3, (1, 2), None))
random.sample(xs, k=2, x=1)
rng = random.Random(42); rng.random(), rng.randint(1, 10), rng.choice("abc")
rng2 = random.Random("abc"); rng2.random()
random.seed(42); a = random.random(); r = random.Random(42); a == r.random()
r.seed(7); r.gauss(), r.getstate()[2] is not None
r.shuffle(deck); deck
type(r), isinstance(r, random.Random), "Random" in dir(random)
random.Random(1, 2)
random.Random([1])
r.nosuch
