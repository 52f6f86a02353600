import numpy as np
ss = np.random.SeedSequence(12345)
ss
ss.entropy, ss.spawn_key, ss.pool_size, ss.n_children_spawned
ss.generate_state(4)
ss.generate_state(2, np.uint64)
ss.generate_state(3, dtype=np.uint32)
kids = ss.spawn(2)
kids[0].spawn_key, kids[1].spawn_key, ss.n_children_spawned
kids[0].generate_state(3)
kids[0]
ss
kids[0].spawn(1)[0].spawn_key
ss.spawn(1)[0].spawn_key
np.random.SeedSequence([1, 2**40]).generate_state(3)
np.random.SeedSequence(5, spawn_key=(3,)).generate_state(2)
np.random.SeedSequence(5, spawn_key=(3,))
np.random.SeedSequence(2**130).generate_state(2)
np.random.SeedSequence(2**130)
np.random.SeedSequence(0).generate_state(2)
np.random.SeedSequence([]).generate_state(2)
np.random.SeedSequence(np.uint32(7)).generate_state(2)
np.random.SeedSequence(1, spawn_key=(2**40, 5)).generate_state(5)
np.random.default_rng(kids[1]).integers(100, size=3)
np.random.default_rng(np.random.SeedSequence(7)).random() == np.random.default_rng(7).random()
np.random.default_rng(np.random.SeedSequence(2**100)).random()
np.random.default_rng(np.random.SeedSequence(3, spawn_key=(1, 2))).normal(size=3)
ss.generate_state(2, np.int32)
np.random.SeedSequence(-1)
np.random.SeedSequence(1.5)
type(ss)
s = np.random.SeedSequence(); type(s.entropy), len(s.generate_state(8))
