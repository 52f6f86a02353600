import numpy as np
# np.s_: 3 examples (1 multi-line or excluded left out)
np.s_[2::2]
np.index_exp[2::2]
np.array([0, 1, 2, 3, 4])[np.s_[2::2]]
# np.index_exp: 3 examples (1 multi-line or excluded left out)
np.s_[2::2]
np.index_exp[2::2]
np.array([0, 1, 2, 3, 4])[np.s_[2::2]]
# np.r_: 8 examples (1 multi-line or excluded left out)
np.r_[np.array([1,2,3]), 0, 0, np.array([4,5,6])]
np.r_[-1:1:6j, [0]*3, 5, 6]
a = np.array([[0, 1, 2], [3, 4, 5]])
np.r_['-1', a, a] # concatenate along last axis
np.r_['0,2', [1,2,3], [4,5,6]] # concatenate along first axis, dim>=2
np.r_['0,2,0', [1,2,3], [4,5,6]]
np.r_['1,2,0', [1,2,3], [4,5,6]]
# np.c_: 2 examples (1 multi-line or excluded left out)
np.c_[np.array([1,2,3]), np.array([4,5,6])]
np.c_[np.array([[1,2,3]]), 0, 0, np.array([[4,5,6]])]
# np.mgrid: 5 examples (1 multi-line or excluded left out)
np.mgrid[0:5, 0:5]
np.mgrid[-1:1:5j]
np.mgrid[0:4].shape
np.mgrid[0:4, 0:5].shape
np.mgrid[0:4, 0:5, 0:6].shape
# np.ogrid: 2 examples (1 multi-line or excluded left out)
ogrid[-1:1:5j]
ogrid[0:5, 0:5]
np.r_[1:4, 0, 4]
np.r_[-1:1:6j]
np.r_[-1:1:6j, [0]*3, 5, 6]
np.r_[np.array([1, 2]), 3.5]
np.r_[np.int8(1), np.array([1, 2], dtype=np.int8)]
np.r_['0,2', [1, 2], [3, 4]]
np.r_['1,2,0', [1, 2], [3, 4]]
np.r_['1', np.ones((2, 2)), np.zeros((2, 1))]
np.r_[[1, 2], 'x']
np.r_['a,b', 1]
np.r_['-1', [1]]
np.r_[()]
np.c_[1:4, 4:7]
np.c_[[1, 2], [[3], [4]]]
np.c_[np.zeros((2, 0)), [1, 2]]
np.mgrid[0:5]
np.mgrid[0:1:5j]
np.mgrid[0:4:2, 0:3]
np.mgrid[0.5:2, 1:2:3j]
np.ogrid[0:3, 0:2:0.5]
np.ogrid[-1:1:3j]
np.mgrid[5:0]
np.mgrid[0:2, 3]
np.s_[::2, ..., None]
np.index_exp[::2]
np.arange(10)[np.s_[2::3]]
