# An RGB picture is an (height, width, 3) array of uint8: one byte per colour channel.
from PIL import Image
w, h = 512, 512
data = np.zeros((h, w, 3), dtype=np.uint8)
data.shape, data.nbytes
# Walking the bytes: the next row is w*3 bytes on, the next pixel 3, the next channel 1.
data.strides
# A patch of the picture is a basic slice, so a view: painting it paints the picture.
patch = data[0:256, 0:256]
patch.strides
np.shares_memory(patch, data)
data[0:256, 0:256] = [255, 0, 0]   # red patch in the upper left, the seed's example
data[0, 0], data[300, 300]
# One colour channel is a view too: every third byte, starting at the channel's offset.
green = data[:, :, 1]
green.strides
green.flags.c_contiguous
# Pillow copies the pixels into the image: changing data afterwards does not change img.
img = Image.fromarray(data, 'RGB')
img.size, img.mode                 # (width, height): Pillow counts columns first
data[0, 0] = [0, 0, 255]
back = np.asarray(img)             # the image's pixels as an array again
back[0, 0]
np.shares_memory(back, data)
back.flags.writeable               # Pillow's memory: read-only
# A grey picture is 2-d (mode 'L'); every other pixel is a strided view, not a copy.
grey = np.arange(256, dtype=np.uint8).reshape(16, 16)
Image.fromarray(grey).mode
small = grey[::2, ::2]
small.shape, small.strides
np.shares_memory(small, grey)
# Flipping upside down is a negative row stride: still the same bytes.
flipped = grey[::-1]
flipped.strides
flipped[0, :4]
