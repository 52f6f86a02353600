import numpy as np
b0 = np.broadcast(np.arange(1).astype(np.float64).reshape((1,)), np.arange(3).astype(np.complex128).reshape((1, 3)))
b0.shape; b0.nd; b0.ndim; b0.size; b0.numiter; b0.index
list(b0)
b0.index
b1 = np.broadcast(True, np.arange(1).astype(np.int64).reshape(()), np.arange(1).astype(np.uint8).reshape(()), np.arange(1).astype(np.complex128).reshape(()))
b1.shape; b1.nd; b1.ndim; b1.size; b1.numiter; b1.index
[u for u in b1][:3]
b2 = np.broadcast(-3, np.arange(1).astype(np.float32).reshape((1,)), np.arange(1).astype(np.complex128).reshape((1,)), np.arange(3).astype(np.uint8).reshape((3,)))
b2.shape; b2.nd; b2.ndim; b2.size; b2.numiter; b2.index
list(b2)
b2.index
b2.reset(); b2.index
b3 = np.broadcast(np.arange(1).astype(np.bool).reshape((1,)))
b3.shape; b3.nd; b3.ndim; b3.size; b3.numiter; b3.index
list(b3)
b3.index
b3.reset(); b3.index
b4 = np.broadcast(np.arange(1).astype(np.int64).reshape((1,)), np.arange(3).astype(np.int16).reshape((1, 3, 1)))
b4.shape; b4.nd; b4.ndim; b4.size; b4.numiter; b4.index
list(b4)
b4.index
b5 = np.broadcast(np.arange(2).astype(np.complex128).reshape((2, 1)))
b5.shape; b5.nd; b5.ndim; b5.size; b5.numiter; b5.index
list(b5)
b5.index
b5.reset(); b5.index
b6 = np.broadcast(np.arange(3).astype(np.int16).reshape((3, 1)), np.arange(1).astype(np.uint8).reshape((1, 1)), np.arange(2).astype(np.bool).reshape((2,)), np.arange(1).astype(np.complex128).reshape(()))
b6.shape; b6.nd; b6.ndim; b6.size; b6.numiter; b6.index
[len(list(x)) for x in b6.iters]
b7 = np.broadcast([3, 8])
b7.shape; b7.nd; b7.ndim; b7.size; b7.numiter; b7.index
list(b7)
b7.index
b8 = np.broadcast(np.arange(1).astype(np.complex128).reshape(()), np.arange(1).astype(np.float64).reshape(()))
b8.shape; b8.nd; b8.ndim; b8.size; b8.numiter; b8.index
[u for u in b8][:3]
b9 = np.broadcast([8, 1, 4])
b9.shape; b9.nd; b9.ndim; b9.size; b9.numiter; b9.index
list(b9)
b9.index
b9.reset(); b9.index
b10 = np.broadcast(np.arange(1).astype(np.bool).reshape(()), np.arange(1).astype(np.bool).reshape(()))
b10.shape; b10.nd; b10.ndim; b10.size; b10.numiter; b10.index
[u for u in b10][:3]
b11 = np.broadcast(np.arange(1).astype(np.float64).reshape(()))
b11.shape; b11.nd; b11.ndim; b11.size; b11.numiter; b11.index
[len(list(x)) for x in b11.iters]
b12 = np.broadcast(1, np.arange(1).astype(np.bool).reshape(()), np.arange(1).astype(np.complex128).reshape(()))
b12.shape; b12.nd; b12.ndim; b12.size; b12.numiter; b12.index
list(b12)
b12.index
b13 = np.broadcast()
b13.shape; b13.nd; b13.ndim; b13.size; b13.numiter; b13.index
list(b13)
b13.index
b13.reset(); b13.index
b14 = np.broadcast()
b14.shape; b14.nd; b14.ndim; b14.size; b14.numiter; b14.index
[len(list(x)) for x in b14.iters]
b15 = np.broadcast(np.arange(2).astype(np.int64).reshape((2,)))
b15.shape; b15.nd; b15.ndim; b15.size; b15.numiter; b15.index
[len(list(x)) for x in b15.iters]
b16 = np.broadcast(np.arange(1).astype(np.uint8).reshape(()), np.arange(1).astype(np.complex128).reshape(()))
b16.shape; b16.nd; b16.ndim; b16.size; b16.numiter; b16.index
list(b16)
b16.index
b17 = np.broadcast(np.arange(3).astype(np.int16).reshape((3, 1, 1)))
b17.shape; b17.nd; b17.ndim; b17.size; b17.numiter; b17.index
list(b17)
b17.index
b18 = np.broadcast(True)
b18.shape; b18.nd; b18.ndim; b18.size; b18.numiter; b18.index
list(b18)
b18.index
b18.reset(); b18.index
b19 = np.broadcast([7, 1], np.arange(2).astype(np.float32).reshape((1, 2)))
b19.shape; b19.nd; b19.ndim; b19.size; b19.numiter; b19.index
[u for u in b19][:3]
b20 = np.broadcast()
b20.shape; b20.nd; b20.ndim; b20.size; b20.numiter; b20.index
list(b20)
b20.index
b20.reset(); b20.index
b21 = np.broadcast()
b21.shape; b21.nd; b21.ndim; b21.size; b21.numiter; b21.index
list(b21)
b21.index
b22 = np.broadcast(np.arange(1).astype(np.bool).reshape(()))
b22.shape; b22.nd; b22.ndim; b22.size; b22.numiter; b22.index
list(b22)
b22.index
b22.reset(); b22.index
b23 = np.broadcast()
b23.shape; b23.nd; b23.ndim; b23.size; b23.numiter; b23.index
list(b23)
b23.index
b24 = np.broadcast(np.arange(1).astype(np.int64).reshape(()), np.arange(1).astype(np.int16).reshape(()), np.arange(1).astype(np.float32).reshape(()))
b24.shape; b24.nd; b24.ndim; b24.size; b24.numiter; b24.index
list(b24)
b24.index
b24.reset(); b24.index
b25 = np.broadcast()
b25.shape; b25.nd; b25.ndim; b25.size; b25.numiter; b25.index
list(b25)
b25.index
b25.reset(); b25.index
b26 = np.broadcast()
b26.shape; b26.nd; b26.ndim; b26.size; b26.numiter; b26.index
[u for u in b26][:3]
b27 = np.broadcast()
b27.shape; b27.nd; b27.ndim; b27.size; b27.numiter; b27.index
list(b27)
b27.index
b27.reset(); b27.index
b28 = np.broadcast(1, [6, 4], np.arange(1).astype(np.float64).reshape(()))
b28.shape; b28.nd; b28.ndim; b28.size; b28.numiter; b28.index
[len(list(x)) for x in b28.iters]
b29 = np.broadcast()
b29.shape; b29.nd; b29.ndim; b29.size; b29.numiter; b29.index
[u for u in b29][:3]
b30 = np.broadcast([2, 4], np.arange(1).astype(np.int64).reshape(()))
b30.shape; b30.nd; b30.ndim; b30.size; b30.numiter; b30.index
[u for u in b30][:3]
b31 = np.broadcast(np.arange(3).astype(np.float64).reshape((3,)), np.arange(4).astype(np.complex128).reshape((4,)), True, np.arange(1).astype(np.float32).reshape(()))
b31.shape; b31.nd; b31.ndim; b31.size; b31.numiter; b31.index
[len(list(x)) for x in b31.iters]
b32 = np.broadcast(np.arange(1).astype(np.int64).reshape((1, 1)), np.arange(1).astype(np.float32).reshape((1,)), np.arange(3).astype(np.bool).reshape((3, 1)), np.arange(1).astype(np.int16).reshape((1,)))
b32.shape; b32.nd; b32.ndim; b32.size; b32.numiter; b32.index
[u for u in b32][:3]
b33 = np.broadcast(True, 1, np.arange(1).astype(np.float32).reshape(()))
b33.shape; b33.nd; b33.ndim; b33.size; b33.numiter; b33.index
[u for u in b33][:3]
b34 = np.broadcast(np.arange(6).astype(np.int64).reshape((1, 3, 2)), np.arange(2).astype(np.complex128).reshape((1, 1, 2)))
b34.shape; b34.nd; b34.ndim; b34.size; b34.numiter; b34.index
[u for u in b34][:3]
b35 = np.broadcast(2.5)
b35.shape; b35.nd; b35.ndim; b35.size; b35.numiter; b35.index
[u for u in b35][:3]
b36 = np.broadcast([2, 2], np.arange(2).astype(np.complex128).reshape((2,)))
b36.shape; b36.nd; b36.ndim; b36.size; b36.numiter; b36.index
[u for u in b36][:3]
b37 = np.broadcast(np.arange(3).astype(np.float32).reshape((3,)))
b37.shape; b37.nd; b37.ndim; b37.size; b37.numiter; b37.index
[u for u in b37][:3]
b38 = np.broadcast([2, 1, 1], np.arange(1).astype(np.uint8).reshape(()), np.arange(1).astype(np.complex128).reshape(()))
b38.shape; b38.nd; b38.ndim; b38.size; b38.numiter; b38.index
list(b38)
b38.index
b38.reset(); b38.index
b39 = np.broadcast(np.arange(1).astype(np.int16).reshape(()), [2])
b39.shape; b39.nd; b39.ndim; b39.size; b39.numiter; b39.index
[len(list(x)) for x in b39.iters]
b40 = np.broadcast(np.arange(1).astype(np.int16).reshape(()), np.arange(1).astype(np.int16).reshape(()), np.arange(1).astype(np.float64).reshape(()))
b40.shape; b40.nd; b40.ndim; b40.size; b40.numiter; b40.index
[len(list(x)) for x in b40.iters]
b41 = np.broadcast([9, 8, 0], np.arange(1).astype(np.uint8).reshape((1,)), np.arange(1).astype(np.complex128).reshape(()), np.arange(1).astype(np.uint8).reshape((1,)))
b41.shape; b41.nd; b41.ndim; b41.size; b41.numiter; b41.index
[len(list(x)) for x in b41.iters]
b42 = np.broadcast(np.arange(1).astype(np.float64).reshape(()), np.arange(2).astype(np.int16).reshape((2,)), np.arange(1).astype(np.complex128).reshape((1,)), np.arange(1).astype(np.int16).reshape(()))
b42.shape; b42.nd; b42.ndim; b42.size; b42.numiter; b42.index
[len(list(x)) for x in b42.iters]
b43 = np.broadcast()
b43.shape; b43.nd; b43.ndim; b43.size; b43.numiter; b43.index
list(b43)
b43.index
b43.reset(); b43.index
b44 = np.broadcast([1, 1])
b44.shape; b44.nd; b44.ndim; b44.size; b44.numiter; b44.index
[u for u in b44][:3]
b45 = np.broadcast(np.arange(1).astype(np.float64).reshape((1,)))
b45.shape; b45.nd; b45.ndim; b45.size; b45.numiter; b45.index
[u for u in b45][:3]
b46 = np.broadcast(np.arange(1).astype(np.uint8).reshape(()), np.arange(1).astype(np.float64).reshape(()), True, np.arange(1).astype(np.complex128).reshape(()))
b46.shape; b46.nd; b46.ndim; b46.size; b46.numiter; b46.index
list(b46)
b46.index
b46.reset(); b46.index
b47 = np.broadcast(np.arange(3).astype(np.bool).reshape((3,)))
b47.shape; b47.nd; b47.ndim; b47.size; b47.numiter; b47.index
[len(list(x)) for x in b47.iters]
b48 = np.broadcast(np.arange(1).astype(np.int64).reshape(()), np.arange(1).astype(np.complex128).reshape(()), np.arange(1).astype(np.float32).reshape(()), np.arange(1).astype(np.int16).reshape((1,)))
b48.shape; b48.nd; b48.ndim; b48.size; b48.numiter; b48.index
[u for u in b48][:3]
b49 = np.broadcast(np.arange(1).astype(np.bool).reshape(()), np.arange(1).astype(np.bool).reshape(()))
b49.shape; b49.nd; b49.ndim; b49.size; b49.numiter; b49.index
[len(list(x)) for x in b49.iters]
b50 = np.broadcast(np.arange(1).astype(np.int64).reshape(()), np.arange(1).astype(np.bool).reshape(()), [3, 3], 2.5)
b50.shape; b50.nd; b50.ndim; b50.size; b50.numiter; b50.index
list(b50)
b50.index
b50.reset(); b50.index
b51 = np.broadcast()
b51.shape; b51.nd; b51.ndim; b51.size; b51.numiter; b51.index
list(b51)
b51.index
b52 = np.broadcast(np.arange(2).astype(np.complex128).reshape((2,)))
b52.shape; b52.nd; b52.ndim; b52.size; b52.numiter; b52.index
[len(list(x)) for x in b52.iters]
b53 = np.broadcast(np.arange(1).astype(np.float64).reshape(()), np.arange(1).astype(np.int64).reshape(()), np.arange(1).astype(np.bool).reshape(()))
b53.shape; b53.nd; b53.ndim; b53.size; b53.numiter; b53.index
list(b53)
b53.index
b53.reset(); b53.index
b54 = np.broadcast(1, np.arange(1).astype(np.bool).reshape(()), np.arange(3).astype(np.int64).reshape((1, 3)), np.arange(1).astype(np.bool).reshape(()))
b54.shape; b54.nd; b54.ndim; b54.size; b54.numiter; b54.index
list(b54)
b54.index
b54.reset(); b54.index
b55 = np.broadcast(np.arange(3).astype(np.int16).reshape((1, 1, 3)))
b55.shape; b55.nd; b55.ndim; b55.size; b55.numiter; b55.index
[len(list(x)) for x in b55.iters]
b56 = np.broadcast(-3, np.arange(2).astype(np.int64).reshape((1, 2, 1)), np.arange(1).astype(np.complex128).reshape(()), np.arange(2).astype(np.bool).reshape((1, 2, 1)))
b56.shape; b56.nd; b56.ndim; b56.size; b56.numiter; b56.index
[u for u in b56][:3]
b57 = np.broadcast(-3, np.arange(27).astype(np.complex128).reshape((3, 3, 3)), -3, np.arange(1).astype(np.float64).reshape((1, 1)))
b57.shape; b57.nd; b57.ndim; b57.size; b57.numiter; b57.index
[len(list(x)) for x in b57.iters]
b58 = np.broadcast(np.arange(3).astype(np.float32).reshape((3,)))
b58.shape; b58.nd; b58.ndim; b58.size; b58.numiter; b58.index
list(b58)
b58.index
b58.reset(); b58.index
b59 = np.broadcast(np.arange(1).astype(np.int64).reshape(()))
b59.shape; b59.nd; b59.ndim; b59.size; b59.numiter; b59.index
list(b59)
b59.index
b60 = np.broadcast(np.arange(1).astype(np.int16).reshape(()))
b60.shape; b60.nd; b60.ndim; b60.size; b60.numiter; b60.index
list(b60)
b60.index
b61 = np.broadcast()
b61.shape; b61.nd; b61.ndim; b61.size; b61.numiter; b61.index
[u for u in b61][:3]
b62 = np.broadcast(np.arange(0).astype(np.float32).reshape((0, 1)), np.arange(2).astype(np.bool).reshape((2,)), 1, np.arange(3).astype(np.int16).reshape((3,)))
b62.shape; b62.nd; b62.ndim; b62.size; b62.numiter; b62.index
list(b62)
b62.index
b63 = np.broadcast(np.arange(1).astype(np.complex128).reshape(()), [6])
b63.shape; b63.nd; b63.ndim; b63.size; b63.numiter; b63.index
[len(list(x)) for x in b63.iters]
b64 = np.broadcast(-3, np.arange(2).astype(np.uint8).reshape((2, 1)), np.arange(2).astype(np.int64).reshape((2, 1)))
b64.shape; b64.nd; b64.ndim; b64.size; b64.numiter; b64.index
[u for u in b64][:3]
b65 = np.broadcast(np.arange(6).astype(np.float32).reshape((2, 3)))
b65.shape; b65.nd; b65.ndim; b65.size; b65.numiter; b65.index
[u for u in b65][:3]
b66 = np.broadcast()
b66.shape; b66.nd; b66.ndim; b66.size; b66.numiter; b66.index
list(b66)
b66.index
b66.reset(); b66.index
b67 = np.broadcast()
b67.shape; b67.nd; b67.ndim; b67.size; b67.numiter; b67.index
[len(list(x)) for x in b67.iters]
b68 = np.broadcast([0], -3, [7])
b68.shape; b68.nd; b68.ndim; b68.size; b68.numiter; b68.index
list(b68)
b68.index
b68.reset(); b68.index
b69 = np.broadcast(np.arange(1).astype(np.float32).reshape((1, 1)), np.arange(1).astype(np.int16).reshape(()))
b69.shape; b69.nd; b69.ndim; b69.size; b69.numiter; b69.index
list(b69)
b69.index
b69.reset(); b69.index
b70 = np.broadcast(np.arange(6).astype(np.float64).reshape((3, 2)), np.arange(6).astype(np.bool).reshape((1, 3, 2)))
b70.shape; b70.nd; b70.ndim; b70.size; b70.numiter; b70.index
list(b70)
b70.index
b71 = np.broadcast(np.arange(1).astype(np.uint8).reshape(()), np.arange(1).astype(np.complex128).reshape(()), np.arange(1).astype(np.bool).reshape(()))
b71.shape; b71.nd; b71.ndim; b71.size; b71.numiter; b71.index
list(b71)
b71.index
b72 = np.broadcast(np.arange(2).astype(np.int64).reshape((2,)), np.arange(3).astype(np.float32).reshape((3,)), np.arange(1).astype(np.bool).reshape(()), np.arange(1).astype(np.int64).reshape((1, 1)))
b72.shape; b72.nd; b72.ndim; b72.size; b72.numiter; b72.index
list(b72)
b72.index
b72.reset(); b72.index
b73 = np.broadcast(np.arange(1).astype(np.complex128).reshape(()))
b73.shape; b73.nd; b73.ndim; b73.size; b73.numiter; b73.index
list(b73)
b73.index
b73.reset(); b73.index
b74 = np.broadcast(2.5, np.arange(1).astype(np.complex128).reshape(()), np.arange(1).astype(np.int16).reshape(()), np.arange(1).astype(np.complex128).reshape(()))
b74.shape; b74.nd; b74.ndim; b74.size; b74.numiter; b74.index
[u for u in b74][:3]
b75 = np.broadcast(-3, np.arange(1).astype(np.uint8).reshape(()), -3, [6, 7])
b75.shape; b75.nd; b75.ndim; b75.size; b75.numiter; b75.index
list(b75)
b75.index
b76 = np.broadcast(np.arange(1).astype(np.float32).reshape(()))
b76.shape; b76.nd; b76.ndim; b76.size; b76.numiter; b76.index
[len(list(x)) for x in b76.iters]
b77 = np.broadcast(np.arange(1).astype(np.int16).reshape((1, 1)), np.arange(4).astype(np.uint8).reshape((4,)), np.arange(1).astype(np.float64).reshape(()), True)
b77.shape; b77.nd; b77.ndim; b77.size; b77.numiter; b77.index
[len(list(x)) for x in b77.iters]
b78 = np.broadcast()
b78.shape; b78.nd; b78.ndim; b78.size; b78.numiter; b78.index
list(b78)
b78.index
b78.reset(); b78.index
b79 = np.broadcast()
b79.shape; b79.nd; b79.ndim; b79.size; b79.numiter; b79.index
list(b79)
b79.index
b80 = np.broadcast([3, 3], 2.5)
b80.shape; b80.nd; b80.ndim; b80.size; b80.numiter; b80.index
list(b80)
b80.index
b81 = np.broadcast()
b81.shape; b81.nd; b81.ndim; b81.size; b81.numiter; b81.index
[u for u in b81][:3]
b82 = np.broadcast(np.arange(1).astype(np.float64).reshape(()), 1, np.arange(3).astype(np.int64).reshape((3,)))
b82.shape; b82.nd; b82.ndim; b82.size; b82.numiter; b82.index
[len(list(x)) for x in b82.iters]
b83 = np.broadcast(np.arange(1).astype(np.int64).reshape(()))
b83.shape; b83.nd; b83.ndim; b83.size; b83.numiter; b83.index
[len(list(x)) for x in b83.iters]
b84 = np.broadcast()
b84.shape; b84.nd; b84.ndim; b84.size; b84.numiter; b84.index
list(b84)
b84.index
b84.reset(); b84.index
b85 = np.broadcast(np.arange(1).astype(np.complex128).reshape((1,)), np.arange(0).astype(np.int16).reshape((0,)))
b85.shape; b85.nd; b85.ndim; b85.size; b85.numiter; b85.index
[u for u in b85][:3]
b86 = np.broadcast([2, 0, 3], np.arange(1).astype(np.bool).reshape((1, 1)), -3, np.arange(3).astype(np.int16).reshape((1, 3)))
b86.shape; b86.nd; b86.ndim; b86.size; b86.numiter; b86.index
list(b86)
b86.index
b86.reset(); b86.index
b87 = np.broadcast(np.arange(0).astype(np.float32).reshape((0, 1)), np.arange(0).astype(np.int64).reshape((1, 0, 1)), np.arange(0).astype(np.complex128).reshape((0, 1)), np.arange(2).astype(np.float32).reshape((2,)))
b87.shape; b87.nd; b87.ndim; b87.size; b87.numiter; b87.index
list(b87)
b87.index
b87.reset(); b87.index
b88 = np.broadcast(np.arange(2).astype(np.complex128).reshape((2, 1)), -3, 2.5, np.arange(3).astype(np.float64).reshape((3,)))
b88.shape; b88.nd; b88.ndim; b88.size; b88.numiter; b88.index
list(b88)
b88.index
b88.reset(); b88.index
b89 = np.broadcast(np.arange(1).astype(np.bool).reshape(()), [4, 5], np.arange(2).astype(np.uint8).reshape((2,)), np.arange(2).astype(np.complex128).reshape((2,)))
b89.shape; b89.nd; b89.ndim; b89.size; b89.numiter; b89.index
[len(list(x)) for x in b89.iters]
b90 = np.broadcast([5, 8, 8], 2.5, np.arange(3).astype(np.complex128).reshape((3,)))
b90.shape; b90.nd; b90.ndim; b90.size; b90.numiter; b90.index
[len(list(x)) for x in b90.iters]
b91 = np.broadcast(np.arange(1).astype(np.float32).reshape((1,)))
b91.shape; b91.nd; b91.ndim; b91.size; b91.numiter; b91.index
list(b91)
b91.index
b92 = np.broadcast(np.arange(1).astype(np.complex128).reshape(()), np.arange(1).astype(np.float32).reshape((1,)), 1)
b92.shape; b92.nd; b92.ndim; b92.size; b92.numiter; b92.index
list(b92)
b92.index
b92.reset(); b92.index
b93 = np.broadcast(np.arange(1).astype(np.bool).reshape(()), np.arange(1).astype(np.complex128).reshape(()), True, np.arange(1).astype(np.float32).reshape(()))
b93.shape; b93.nd; b93.ndim; b93.size; b93.numiter; b93.index
list(b93)
b93.index
b94 = np.broadcast(np.arange(1).astype(np.int16).reshape((1,)), np.arange(1).astype(np.bool).reshape(()), [8, 8, 1], 2.5)
b94.shape; b94.nd; b94.ndim; b94.size; b94.numiter; b94.index
[len(list(x)) for x in b94.iters]
b95 = np.broadcast([4, 7], np.arange(1).astype(np.float32).reshape(()))
b95.shape; b95.nd; b95.ndim; b95.size; b95.numiter; b95.index
list(b95)
b95.index
b95.reset(); b95.index
b96 = np.broadcast(np.arange(6).astype(np.bool).reshape((3, 2, 1)), np.arange(2).astype(np.bool).reshape((2, 1)))
b96.shape; b96.nd; b96.ndim; b96.size; b96.numiter; b96.index
[u for u in b96][:3]
b97 = np.broadcast(2.5, 2.5, np.arange(4).astype(np.complex128).reshape((2, 2)))
b97.shape; b97.nd; b97.ndim; b97.size; b97.numiter; b97.index
list(b97)
b97.index
b98 = np.broadcast(np.arange(3).astype(np.float64).reshape((3,)), np.arange(3).astype(np.complex128).reshape((3,)), np.arange(3).astype(np.uint8).reshape((3,)))
b98.shape; b98.nd; b98.ndim; b98.size; b98.numiter; b98.index
[len(list(x)) for x in b98.iters]
b99 = np.broadcast(np.arange(1).astype(np.float32).reshape(()), np.arange(3).astype(np.float64).reshape((3,)), 2.5, np.arange(3).astype(np.int64).reshape((3,)))
b99.shape; b99.nd; b99.ndim; b99.size; b99.numiter; b99.index
list(b99)
b99.index
b100 = np.broadcast(np.arange(1).astype(np.float64).reshape(()), [9, 7], 2.5)
b100.shape; b100.nd; b100.ndim; b100.size; b100.numiter; b100.index
list(b100)
b100.index
b101 = np.broadcast(np.arange(1).astype(np.uint8).reshape((1,)), [5], np.arange(1).astype(np.uint8).reshape(()))
b101.shape; b101.nd; b101.ndim; b101.size; b101.numiter; b101.index
[len(list(x)) for x in b101.iters]
b102 = np.broadcast(np.arange(2).astype(np.complex128).reshape((2,)), np.arange(1).astype(np.complex128).reshape(()), np.arange(1).astype(np.float64).reshape(()))
b102.shape; b102.nd; b102.ndim; b102.size; b102.numiter; b102.index
list(b102)
b102.index
b103 = np.broadcast()
b103.shape; b103.nd; b103.ndim; b103.size; b103.numiter; b103.index
[len(list(x)) for x in b103.iters]
b104 = np.broadcast(np.arange(4).astype(np.uint8).reshape((2, 2, 1)))
b104.shape; b104.nd; b104.ndim; b104.size; b104.numiter; b104.index
[len(list(x)) for x in b104.iters]
b105 = np.broadcast([1, 6])
b105.shape; b105.nd; b105.ndim; b105.size; b105.numiter; b105.index
[len(list(x)) for x in b105.iters]
b106 = np.broadcast(np.arange(1).astype(np.complex128).reshape(()))
b106.shape; b106.nd; b106.ndim; b106.size; b106.numiter; b106.index
list(b106)
b106.index
b106.reset(); b106.index
b107 = np.broadcast(np.arange(1).astype(np.float32).reshape(()))
b107.shape; b107.nd; b107.ndim; b107.size; b107.numiter; b107.index
[u for u in b107][:3]
b108 = np.broadcast(np.arange(6).astype(np.bool).reshape((3, 2)))
b108.shape; b108.nd; b108.ndim; b108.size; b108.numiter; b108.index
[u for u in b108][:3]
b109 = np.broadcast(2.5, 2.5, np.arange(9).astype(np.uint8).reshape((3, 3)), np.arange(1).astype(np.float64).reshape(()))
b109.shape; b109.nd; b109.ndim; b109.size; b109.numiter; b109.index
[len(list(x)) for x in b109.iters]
b110 = np.broadcast(np.arange(1).astype(np.int64).reshape((1,)), np.arange(1).astype(np.float32).reshape(()))
b110.shape; b110.nd; b110.ndim; b110.size; b110.numiter; b110.index
[u for u in b110][:3]
b111 = np.broadcast(np.arange(1).astype(np.int16).reshape(()), [6, 3])
b111.shape; b111.nd; b111.ndim; b111.size; b111.numiter; b111.index
[u for u in b111][:3]
b112 = np.broadcast()
b112.shape; b112.nd; b112.ndim; b112.size; b112.numiter; b112.index
list(b112)
b112.index
b112.reset(); b112.index
b113 = np.broadcast([8, 5], 1, np.arange(4).astype(np.int64).reshape((2, 2)))
b113.shape; b113.nd; b113.ndim; b113.size; b113.numiter; b113.index
[len(list(x)) for x in b113.iters]
b114 = np.broadcast()
b114.shape; b114.nd; b114.ndim; b114.size; b114.numiter; b114.index
list(b114)
b114.index
b114.reset(); b114.index
b115 = np.broadcast()
b115.shape; b115.nd; b115.ndim; b115.size; b115.numiter; b115.index
[len(list(x)) for x in b115.iters]
b116 = np.broadcast(np.arange(1).astype(np.int64).reshape((1, 1)), np.arange(1).astype(np.float64).reshape((1,)), np.arange(1).astype(np.float32).reshape((1,)), np.arange(2).astype(np.float64).reshape((2, 1, 1)))
b116.shape; b116.nd; b116.ndim; b116.size; b116.numiter; b116.index
list(b116)
b116.index
b117 = np.broadcast(np.arange(4).astype(np.bool).reshape((2, 2)))
b117.shape; b117.nd; b117.ndim; b117.size; b117.numiter; b117.index
[len(list(x)) for x in b117.iters]
b118 = np.broadcast(np.arange(6).astype(np.int16).reshape((3, 2)), [9, 5])
b118.shape; b118.nd; b118.ndim; b118.size; b118.numiter; b118.index
list(b118)
b118.index
b118.reset(); b118.index
b119 = np.broadcast(np.arange(1).astype(np.int64).reshape(()), np.arange(1).astype(np.bool).reshape(()), np.arange(1).astype(np.bool).reshape(()))
b119.shape; b119.nd; b119.ndim; b119.size; b119.numiter; b119.index
list(b119)
b119.index
b119.reset(); b119.index
