import numpy as np
# Every snippet of the seed text (seed/000_3976986284bf1233.txt), pasted as it is.
# Unseeded random values are never printed: only shapes, dtypes, flags and equalities.
# --- Is there a way to get a view into a python array.array()?
import numpy
a = numpy.random.randint(0, 10, size=10)
b = numpy.a[3:10]
b = a[3:10]
b.base is a
a.shape
a.dtype
a = numpy.random.randint(0, 10, size=10)
b = numpy.frombuffer(a.data, dtype='int8')
b.shape
b.dtype
np.array_equal(b, a.view(np.int8))
np.shares_memory(a, b)
a = numpy.random.randint(0, 10, size=(10, 10))
b = numpy.frombuffer(a[3,:].data, dtype='int8')
b.shape
np.array_equal(b, a[3].view(np.int8))
b = numpy.frombuffer(a[:,3].data, dtype='int8')
b  = a[:,3]
b.shape
b.strides
a[:,3].flags
a[3,:].flags
a[:,3].flags['C_CONTIGUOUS']
a[3,:].flags.f_contiguous
# --- How do I convert a numpy array to (and display) an image?
from PIL import Image
import numpy as np

w, h = 512, 512
data = np.zeros((h, w, 3), dtype=np.uint8)
data[0:256, 0:256] = [255, 0, 0] # red patch in upper left
img = Image.fromarray(data, 'RGB')
img.save('my.png')
img.show()
img.size
img.mode
data[0, 0]
data[255, 255]
data[256, 0]
data.sum()
# --- How to create view of an irregularly spaced slice of a numpy array?
a=np.zeros(25,int)
np.info(a)
np.info(a[3:10])
np.info(a[[0,5,6,24]])
a.__array_interface__['data']
a[3:10].__array_interface__['data']
a[[0,5,6]].__array_interface__['data']
a[3:10].__array_interface__['data'][0] - a.__array_interface__['data'][0]
a[3:10].base is a
a[[0,5,6,24]].base is a
# --- How to make a numpy array view that repeats
x = numpy.array([[1, 2], [3, 4]])
as_strided = np.lib.stride_tricks.as_strided
X = as_strided(x, shape=(2,2,2,2), strides=(0,16,0,8))
X
X.reshape(4,4)
np.shares_memory(X.reshape(4,4), x)
x[None,None,:,:]
np.broadcast_to(x,(2,2,2,2))
np.broadcast_to(x,(2,2,2,2)).strides
X.strides
X.base is x
