import numpy as np
from PIL import Image
data = np.zeros((4, 6, 3), dtype=np.uint8)
data[0:2, 0:3] = [255, 0, 0]
img = Image.fromarray(data, 'RGB')
img.size
img.mode
img.width, img.height
a = np.asarray(img)
a.shape, a.dtype, a.flags.writeable, a.flags.owndata
type(a.base)
np.array_equal(a, data)
a[0, 0, 0] = 1
b = np.array(img)
b.flags.writeable, b.flags.owndata
b[0, 0]
g = Image.fromarray(np.arange(12, dtype=np.uint8).reshape(3, 4))
g.mode, g.size
np.asarray(g)
Image.fromarray(np.zeros((3, 4, 4), np.uint8)).mode
Image.fromarray(np.zeros((3, 4, 2), np.uint8)).mode
Image.fromarray(np.zeros((3, 4), bool)).mode
np.asarray(Image.fromarray(np.eye(2, dtype=bool)))
Image.fromarray(np.zeros((3, 4))).mode
np.asarray(Image.fromarray(np.arange(6.0).reshape(2, 3))).dtype
Image.fromarray(np.zeros((3, 4), np.int16)).mode
np.asarray(Image.fromarray(np.arange(6, dtype=np.uint16).reshape(2, 3)))
Image.fromarray(np.zeros((3, 4), np.int32)).mode
Image.fromarray(np.zeros((3, 4), np.float32)).mode
Image.fromarray(np.zeros((3, 4), np.uint8), 'P').mode
Image.fromarray(np.arange(4, dtype=np.uint8)).size
np.asarray(Image.fromarray(np.arange(4, dtype=np.uint8))).shape
Image.fromarray(np.arange(12, dtype=np.uint8).reshape(3, 4)[:, ::2]).size
np.asarray(Image.fromarray(np.arange(12, dtype=np.uint8).reshape(3, 4)[:, ::2]))
np.asarray(Image.fromarray(np.arange(12, dtype=np.uint8).reshape(3, 4).T))
Image.fromarray(np.array(5, np.uint8))
Image.fromarray(np.zeros((3, 4), np.int64))
Image.fromarray(np.zeros((3, 4), np.uint64))
Image.fromarray(np.zeros((3, 4), np.float16))
Image.fromarray(np.zeros((3, 4), complex))
Image.fromarray(np.zeros((3, 4, 5), np.uint8))
Image.fromarray(np.zeros((3, 4, 1), np.uint8))
Image.fromarray(np.zeros((3, 4, 3)))
Image.fromarray(np.zeros((3, 4, 3, 1), np.uint8))
Image.fromarray(np.zeros((3, 4), np.uint8), 'RGB')
Image.fromarray(np.zeros((3, 4, 3), np.uint8), 'L')
Image.fromarray(np.zeros((3, 4, 3), np.uint8), 'RGBA')
Image.fromarray(np.zeros(4, np.uint8), 'RGB')
Image.fromarray([[1, 2], [3, 4]])
Image.fromarray(np.zeros((3, 4), np.float32)).save('f.png')
Image.fromarray(np.zeros((3, 4), np.int32)).save('i.png')
Image.open('missing.png')
e = Image.fromarray(np.zeros((0, 3), np.uint8))
e.size
np.asarray(e).shape
e.save('e.png')
be = Image.fromarray(np.arange(0, 6000, 1000, dtype='>u2').reshape(2, 3))
be.mode
np.asarray(be)
be.save('be.png')
Image.open('be.png').mode
np.asarray(Image.open('be.png'))
Image.fromarray(np.arange(6, dtype='>i4').reshape(2, 3)).mode
np.asarray(Image.fromarray(np.arange(6, dtype='>f8').reshape(2, 3)))
Image.fromarray(np.zeros((2, 3), '>i8'))
