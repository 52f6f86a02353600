import numpy as np
x0 = np.array([-4, -2, -1, 1, 4, 8, 9], dtype=float); y0 = np.array([-5.0, 5.0, -4.0, -7.5, -2.0, -2.0, 1.5])
c, v = np.polyfit(x0, y0, 3, cov=True); np.round(c, 6) + 0.0; np.round(v, 6) + 0.0
x1 = np.array([-10, -9, -7, -6, -4, -3, -1, 0, 6], dtype=float); y1 = np.array([9.0, -3.0, 1.0, -7.0, 5.0, 9.5, 4.0, 4.5, -5.0])
np.round(np.polyfit(x1, y1, 4), 6) + 0.0
x2 = np.array([-10, -8, -3, 0, 1, 3, 7, 9, 10], dtype=float); y2 = np.array([4.5, -2.5, 9.5, 7.5, 7.5, 6.5, -1.5, -9.5, -0.5])
np.round(np.polyfit(x2, y2, 3, rcond=1e-2), 6) + 0.0
np.sort_complex(np.round(np.roots(np.poly([0, 2, -1, 2])), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.concatenate(([0, 0], np.polymul(np.poly([-4, 5]), [1, -4, 8]), [0]))), 6) + 0.0)
x5 = np.array([-6, -2, 0], dtype=float); y5 = np.array([-7.5, 3.5, 2.5])
np.round(np.polyfit(x5, y5, 0), 6) + 0.0
x6 = np.array([-10, -8, 7], dtype=float); y6 = np.array([[-1.5, 9.5], [0.0, 1.5], [6.5, -0.5]])
np.round(np.polyfit(x6, y6, 1), 6) + 0.0
x7 = np.array([-9, -5, -4, -3, 0, 2, 6, 7, 8], dtype=float); y7 = np.array([-6.0, 7.5, -6.0, -8.5, -6.0, 6.0, 6.0, 5.0, -2.5])
np.round(np.polyfit(x7, y7, 0, w=[4, 4, 3, 1, 4, 3, 1, 2, 1]), 6) + 0.0
np.sort_complex(np.round(np.roots(np.poly([-2])), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.poly([4, -5, 1, -3])), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.concatenate(([0, 0], np.poly([3]), [0]))), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.poly([0, -1, -1, 4])), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.poly([-3, 4, -4])), 6) + 0.0)
x13 = np.array([1, 8], dtype=float); y13 = np.array([1.5, -10.0])
np.round(np.polyfit(x13, y13, 0), 6) + 0.0
x14 = np.array([-9, -2, 7], dtype=float); y14 = np.array([[1.0, 10.0], [4.0, 8.5], [-1.0, 2.5]])
np.polyfit(x14.reshape(1, -1), y14, 1)
np.sort_complex(np.round(np.roots(np.polymul(np.poly([-2, 4]), [1, 0, 4])), 6) + 0.0)
x16 = np.array([-6, -2, 4, 9], dtype=float); y16 = np.array([[3.5, 9.5], [-4.0, 6.5], [5.5, 9.0], [8.5, -9.0]])
c, res, rank, sv, rc = np.polyfit(x16, y16, 0, w=[1, 4, 3, 1], full=True); np.round(c, 6) + 0.0; np.round(res, 6) + 0.0; rank; np.round(sv, 6) + 0.0
x17 = np.array([-10, -6, -2, -1, 1, 5, 9], dtype=float); y17 = np.array([2.5, 2.0, 5.0, -8.5, -1.0, -1.0, 2.5])
c, v = np.polyfit(x17, y17, 2, cov='unscaled'); np.round(c, 6) + 0.0; np.round(v, 6) + 0.0
np.sort_complex(np.round(np.roots([4]), 6) + 0.0)
x19 = np.array([-9, -8, -3, 0, 2, 6, 8], dtype=float); y19 = np.array([-0.5, -4.0, 1.0, -4.0, -0.5, 0.0, 2.0])
np.round(np.polyfit(x19, y19, 2), 6) + 0.0
x20 = np.array([-10], dtype=float); y20 = np.array([8.0])
np.round(np.polyfit(x20, y20, 0), 6) + 0.0
np.sort_complex(np.round(np.roots([]), 6) + 0.0)
x22 = np.array([-6, 6], dtype=float); y22 = np.array([6.0, 6.5])
np.round(np.polyfit(x22, y22, 0, w=[2, 2]), 6) + 0.0
np.sort_complex(np.round(np.roots(np.polymul(np.poly([5, -4, -4, -2]), [1, 6, 10])), 6) + 0.0)
x24 = np.array([-5, 5], dtype=float); y24 = np.array([8.0, -7.5])
np.round(np.polyfit(x24, y24, 1, w=[4, 2], rcond=0.3), 6) + 0.0
x25 = np.array([-10, -6, -5, -3, 0, 1, 3, 4, 9], dtype=float); y25 = np.array([[-10.0, 4.5], [0.5, -3.0], [-3.5, 8.5], [-6.5, -6.0], [-2.0, 3.0], [-2.5, -8.0], [-5.0, -7.0], [10.0, -5.5], [-8.5, -2.0]])
c, v = np.polyfit(x25, y25, 3, cov='unscaled'); np.round(c, 6) + 0.0; np.round(v, 6) + 0.0
x26 = np.array([3, 6, 9], dtype=float); y26 = np.array([-10.0, 4.0, 7.5])
np.round(np.polyfit(x26, y26, 0), 6) + 0.0
np.sort_complex(np.round(np.roots(np.poly([0, -1, -2, -1])), 6) + 0.0)
x28 = np.array([-10, -9, -6, -4, 0, 3, 4, 7], dtype=float); y28 = np.array([0.0, 7.5, 7.5, -2.5, 1.0, 1.5, 0.0, -9.0])
np.round(np.polyfit(x28, y28, 3, rcond=0.3), 6) + 0.0
x29 = np.array([-10, -6, 2, 5], dtype=float); y29 = np.array([-8.0, -7.0, 5.5, -10.0])
np.round(np.polyfit(x29, y29, 0, w=[2, 4, 3, 2]), 6) + 0.0
x30 = np.array([-10, -9, -2, 1, 3], dtype=float); y30 = np.array([0.0, -9.5, 5.0, 8.5, 2.5])
c, res, rank, sv, rc = np.polyfit(x30, y30, 4, full=True); np.round(c, 6) + 0.0; np.round(res, 6) + 0.0; rank; np.round(sv, 6) + 0.0
np.sort_complex(np.round(np.roots(np.polymul(np.poly([-4, -2, 4, -2]), [1, 4, 13])), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.concatenate(([0, 0], np.polymul(np.poly([-1, -2]), [1, 2, 10]), [0]))), 6) + 0.0)
x33 = np.array([-4, -2, 4, 6, 7, 8, 9], dtype=float); y33 = np.array([6.0, -1.5, 7.5, -4.5, -4.0, -0.5, -6.0])
np.round(np.polyfit(x33, y33, 3), 6) + 0.0
np.sort_complex(np.round(np.roots(np.poly([1, 3])), 6) + 0.0)
x35 = np.array([-8, -2], dtype=float); y35 = np.array([2.0, 1.0])
c, res, rank, sv, rc = np.polyfit(x35, y35, 1, full=True); np.round(c, 6) + 0.0; np.round(res, 6) + 0.0; rank; np.round(sv, 6) + 0.0
x36 = np.array([-4, 1], dtype=float); y36 = np.array([-3.5, 1.5])
np.round(np.polyfit(x36, y36, 1, w=[2, 4]), 6) + 0.0
np.sort_complex(np.round(np.roots(np.concatenate(([0, 0], np.poly([4]), [0]))), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.poly([4, -3])), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.concatenate(([0, 0], np.polymul([1], [1, 0, 1]), [0]))), 6) + 0.0)
x40 = np.array([-4], dtype=float); y40 = np.array([9.0])
np.round(np.polyfit(x40, y40, 0), 6) + 0.0
np.sort_complex(np.round(np.roots(np.concatenate(([0, 0], np.polymul(np.poly([-4, 2, -4, -1]), [1, 0, 9]), [0]))), 6) + 0.0)
x42 = np.array([-6, -3, -2, 0, 3, 5, 6, 9], dtype=float); y42 = np.array([6.0, 1.0, -1.5, -1.5, -2.5, 1.5, 7.0, 5.0])
np.round(np.polyfit(x42, y42, 1), 6) + 0.0
np.sort_complex(np.round(np.roots(np.concatenate(([0, 0], np.polymul(np.poly([5, -5, -4, 3]), [1, 6, 18]), [0]))), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.concatenate(([0, 0], [1], [0]))), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.poly([-1, -5, -2, -3])), 6) + 0.0)
x46 = np.array([-8, -7, -1, 0, 3, 4, 6, 8, 10], dtype=float); y46 = np.array([[7.5, 10.0], [0.0, 5.0], [-10.0, -4.5], [1.0, 9.5], [-3.0, -6.0], [1.5, -2.5], [3.0, 8.5], [-3.0, -0.5], [-7.5, 5.0]])
np.round(np.polyfit(x46, y46, 4), 6) + 0.0
x47 = np.array([-8, -6, 1, 6, 7, 10], dtype=float); y47 = np.array([[-9.0, -4.5], [-8.0, 6.5], [0.5, 3.0], [-4.5, 7.5], [-5.0, 2.0], [-8.5, 3.0]])
np.round(np.polyfit(x47, y47, 1), 6) + 0.0
x48 = np.array([-7, -6, -2, 0, 8, 10], dtype=float); y48 = np.array([-3.0, -3.5, 5.0, -1.0, 3.0, -10.0])
np.round(np.polyfit(x48, y48, 4), 6) + 0.0
np.sort_complex(np.round(np.roots([1]), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.polymul(np.poly([-2, -2]), [1, -2, 10])), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.polymul([1], [1, -2, 10])), 6) + 0.0)
x52 = np.array([-10, -8, -7, -4, 0, 3, 5, 10], dtype=float); y52 = np.array([-4.5, -1.5, -3.0, 8.5, -0.5, 5.0, 5.5, -1.0])
c, v = np.polyfit(x52, y52, 0, cov='unscaled'); np.round(c, 6) + 0.0; np.round(v, 6) + 0.0
np.sort_complex(np.round(np.roots(np.poly([1])), 6) + 0.0)
x54 = np.array([-8], dtype=float); y54 = np.array([-7.5])
np.round(np.polyfit(x54, y54, 0), 6) + 0.0
np.sort_complex(np.round(np.roots(np.concatenate(([0, 0], np.poly([2, 4, -5]), [0]))), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.polymul(np.poly([1, -3, 2]), [1, -4, 13])), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.poly([1])), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.poly([2, 5])), 6) + 0.0)
x59 = np.array([-8, -6, -3, -1, 1, 3, 6], dtype=float); y59 = np.array([-10.0, -7.5, -8.5, -0.5, 9.0, 4.0, 4.5])
np.round(np.polyfit(x59, y59, 2, w=[4, 3, 4, 1, 2, 2, 1]), 6) + 0.0
np.sort_complex(np.round(np.roots(np.poly([0, 1, 5])), 6) + 0.0)
x61 = np.array([-7, -6, -2, -1, 3, 6, 7, 10], dtype=float); y61 = np.array([2.5, 5.5, -3.0, -2.5, -8.5, 7.5, -0.5, 9.0])
c, v = np.polyfit(x61, y61, 1, cov='unscaled'); np.round(c, 6) + 0.0; np.round(v, 6) + 0.0
x62 = np.array([-10, -7, -5, 3, 4, 5], dtype=float); y62 = np.array([-4.5, 3.5, -1.0, 7.0, -6.5, 6.0])
np.round(np.polyfit(x62, y62, 4, w=[1, 2, 4, 3, 1, 3]), 6) + 0.0
x63 = np.array([-8, 0, 8, 10], dtype=float); y63 = np.array([[-8.5, 9.0], [-1.5, 1.5], [7.5, 3.5], [-1.0, 5.0]])
c, res, rank, sv, rc = np.polyfit(x63, y63, 2, w=[4, 2, 1, 3], full=True); np.round(c, 6) + 0.0; np.round(res, 6) + 0.0; rank; np.round(sv, 6) + 0.0
x64 = np.array([4], dtype=float); y64 = np.array([3.5])
np.round(np.polyfit(x64, y64, 0, w=[4, 4]), 6) + 0.0
x65 = np.array([-8, -7, -6, 0], dtype=float); y65 = np.array([-7.0, -9.0, 9.0, -2.5])
np.polyfit(x65, y65, -1)
np.sort_complex(np.round(np.roots(-3 * np.asarray(np.poly([1]))), 6) + 0.0)
x67 = np.array([10], dtype=float); y67 = np.array([-5.0])
np.round(np.polyfit(x67, y67, 0), 6) + 0.0
np.sort_complex(np.round(np.roots(np.polymul(np.poly([5]), [1, -4, 8])), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.poly([5, -3])), 6) + 0.0)
x70 = np.array([-10, -8, 3], dtype=float); y70 = np.array([7.5, -8.0, -9.5])
c, v = np.polyfit(x70, y70, 2, cov='unscaled'); np.round(c, 6) + 0.0; np.round(v, 6) + 0.0
x71 = np.array([-5, 3], dtype=float); y71 = np.array([-10.0, -10.0])
c, v = np.polyfit(x71, y71, 0, cov='unscaled'); np.round(c, 6) + 0.0; np.round(v, 6) + 0.0
np.sort_complex(np.round(np.roots(2 * np.asarray(np.poly([2, -1]))), 6) + 0.0)
np.sort_complex(np.round(np.roots(-3 * np.asarray(np.poly([1, 5, 5, -2]))), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.poly([3, -4, -3])), 6) + 0.0)
x75 = np.array([-7, -6, -3, 5, 6, 8], dtype=float); y75 = np.array([1.0, 0.5, 3.0, -5.0, 5.5, -4.0])
np.round(np.polyfit(x75, y75, 3), 6) + 0.0
x76 = np.array([-4, -2, 4], dtype=float); y76 = np.array([-4.0, 9.5, 9.5])
np.round(np.polyfit(x76, y76, 2), 6) + 0.0
np.sort_complex(np.round(np.roots(np.poly([-3, -4])), 6) + 0.0)
x78 = np.array([-10, -8, -7, -4, -1, 0, 9], dtype=float); y78 = np.array([8.5, -3.0, 8.5, 6.0, -5.0, 3.5, -4.0])
np.round(np.polyfit(x78, y78, 2), 6) + 0.0
np.sort_complex(np.round(np.roots(np.poly([3])), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.polymul([1], [1, -2, 2])), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.polymul(np.poly([-3]), [1, -2, 10])), 6) + 0.0)
np.sort_complex(np.round(np.roots(7 * np.asarray(np.poly([-3, -5]))), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.polymul(np.poly([-3, 4, 0, 1]), [1, 0, 1])), 6) + 0.0)
x84 = np.array([-8, -7, -5, -2, 1, 8, 9, 10], dtype=float); y84 = np.array([7.0, 2.0, -10.0, 8.5, 4.0, 5.0, -3.0, -0.5])
np.round(np.polyfit(x84, y84, 1), 6) + 0.0
x85 = np.array([-3], dtype=float); y85 = np.array([1.0])
np.round(np.polyfit(x85, y85, 0), 6) + 0.0
np.sort_complex(np.round(np.roots(np.poly([5, 3, 2, 2])), 6) + 0.0)
x87 = np.array([-9, -3, 1, 3, 6], dtype=float); y87 = np.array([[-2.0, 2.5], [-6.0, -7.5], [-10.0, -6.5], [-10.0, 0.5], [8.5, 2.5]])
np.round(np.polyfit(x87, y87, 2), 6) + 0.0
np.sort_complex(np.round(np.roots(np.poly([1, -1, -2, 4])), 6) + 0.0)
x89 = np.array([-6, -5, -3, 0, 3], dtype=float); y89 = np.array([-9.0, -7.5, -6.5, -5.0, 2.5])
np.round(np.polyfit(x89, y89, 3), 6) + 0.0
x90 = np.array([-7, -1, 2, 10], dtype=float); y90 = np.array([[10.0, -7.5], [9.0, -2.5], [2.0, -2.0], [-5.0, -5.0]])
c, res, rank, sv, rc = np.polyfit(x90, y90, 2, full=True); np.round(c, 6) + 0.0; np.round(res, 6) + 0.0; rank; np.round(sv, 6) + 0.0
x91 = np.array([-10], dtype=float); y91 = np.array([-8.5])
np.round(np.polyfit(x91, y91, 0), 6) + 0.0
np.sort_complex(np.round(np.roots([1]), 6) + 0.0)
np.sort_complex(np.round(np.roots([1]), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.poly([4, 0, -2])), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.polymul([1], [1, 2, 10])), 6) + 0.0)
x96 = np.array([2, 4], dtype=float); y96 = np.array([8.0, -9.0])
c, res, rank, sv, rc = np.polyfit(x96, y96, 1, full=True); np.round(c, 6) + 0.0; np.round(res, 6) + 0.0; rank; np.round(sv, 6) + 0.0
x97 = np.array([-10, -7], dtype=float); y97 = np.array([-6.0, -9.5])
c, v = np.polyfit(x97, y97, 0, w=[4, 3], cov='unscaled'); np.round(c, 6) + 0.0; np.round(v, 6) + 0.0
x98 = np.array([-9, -8, -7, 0, 1, 4, 8], dtype=float); y98 = np.array([-7.5, 4.0, 1.0, 4.0, -8.0, -3.5, 2.0])
np.round(np.polyfit(x98, y98, 4), 6) + 0.0
x99 = np.array([-8, -1, 0], dtype=float); y99 = np.array([6.0, 1.5, 1.5])
c, v = np.polyfit(x99, y99, 0, cov='unscaled'); np.round(c, 6) + 0.0; np.round(v, 6) + 0.0
np.sort_complex(np.round(np.roots(np.poly([-2, -4, 3, -4])), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.concatenate(([0, 0], np.polymul(np.poly([0, -3]), [1, 2, 5]), [0]))), 6) + 0.0)
x102 = np.array([0, 7], dtype=float); y102 = np.array([-5.0, -1.0])
c, v = np.polyfit(x102, y102, 1, cov='unscaled'); np.round(c, 6) + 0.0; np.round(v, 6) + 0.0
np.sort_complex(np.round(np.roots(np.polymul(np.poly([1, -3, 4, 4]), [1, -4, 13])), 6) + 0.0)
x104 = np.array([-8, -7, -4, -3, -2, 1, 2, 3, 6], dtype=float); y104 = np.array([-2.5, 3.0, -8.0, 3.0, -1.0, 1.0, -1.5, 6.0, 10.0])
np.round(np.polyfit(x104, y104, 2, w=[4, 1, 4, 3, 2, 2, 4, 2, 4]), 6) + 0.0
x105 = np.array([4], dtype=float); y105 = np.array([[-6.0, 3.0]])
c, v = np.polyfit(x105, y105, 0, w=[4], cov=True); np.round(c, 6) + 0.0; np.round(v, 6) + 0.0
np.sort_complex(np.round(np.roots(np.polymul(np.poly([0, -1]), [1, -2, 2])), 6) + 0.0)
x107 = np.array([10], dtype=float); y107 = np.array([8.5])
np.round(np.polyfit(x107, y107, 0), 6) + 0.0
np.sort_complex(np.round(np.roots([1]), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.poly([-3, 5, -4])), 6) + 0.0)
x110 = np.array([6, 9], dtype=float); y110 = np.array([1.0, -2.5])
np.round(np.polyfit(x110, y110, 1), 6) + 0.0
np.sort_complex(np.round(np.roots(np.concatenate(([0, 0], np.poly([-1, 5]), [0]))), 6) + 0.0)
np.sort_complex(np.round(np.roots(-3 * np.asarray(np.poly([-4]))), 6) + 0.0)
x113 = np.array([-10, -5], dtype=float); y113 = np.array([9.0, 5.5])
c, res, rank, sv, rc = np.polyfit(x113, y113, 1, full=True); np.round(c, 6) + 0.0; np.round(res, 6) + 0.0; rank; np.round(sv, 6) + 0.0
np.sort_complex(np.round(np.roots(np.poly([-1, -1])), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.poly([-5, 0, -3])), 6) + 0.0)
x116 = np.array([-8, -6, -4, 6], dtype=float); y116 = np.array([-5.5, -7.0, -8.0, 3.5])
c, res, rank, sv, rc = np.polyfit(x116, y116, 2, full=True); np.round(c, 6) + 0.0; np.round(res, 6) + 0.0; rank; np.round(sv, 6) + 0.0
np.sort_complex(np.round(np.roots(np.poly([2])), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.poly([1, -3, 0])), 6) + 0.0)
np.sort_complex(np.round(np.roots(np.poly([-5, 5, -3, 2])), 6) + 0.0)
x120 = np.array([-8, -4, -3, -2, -1, 2, 3, 5, 6], dtype=float); y120 = np.array([-7.0, 1.5, 10.0, -5.5, 9.0, -7.0, 3.0, -5.0, -2.0])
np.round(np.polyfit(x120, y120, 0), 6) + 0.0
np.sort_complex(np.round(np.roots(np.concatenate(([0, 0], np.poly([-1, 1]), [0]))), 6) + 0.0)
x122 = np.array([-10, -8, -4, 3, 4, 6, 7, 10], dtype=float); y122 = np.array([-5.0, 2.0, -2.0, -4.5, 10.0, 5.5, -1.0, 8.0])
np.round(np.polyfit(x122, y122, 1), 6) + 0.0
np.sort_complex(np.round(np.roots(np.polymul(np.poly([0, 1, -2]), [1, -6, 13])), 6) + 0.0)
x124 = np.array([-2, 1, 2, 5, 9, 10], dtype=float); y124 = np.array([4.5, -10.0, 9.0, 6.5, 8.0, -10.0])
np.round(np.polyfit(x124, y124, 2, w=[3, 2, 2, 2, 1, 4]), 6) + 0.0
np.sort_complex(np.round(np.roots(np.polymul(np.poly([-2, 0, 0, -2]), [1, 6, 18])), 6) + 0.0)
x126 = np.array([1], dtype=float); y126 = np.array([-9.0])
c, res, rank, sv, rc = np.polyfit(x126, y126, 0, full=True); np.round(c, 6) + 0.0; np.round(res, 6) + 0.0; rank; np.round(sv, 6) + 0.0
x127 = np.array([-8, 3], dtype=float); y127 = np.array([-9.0, 1.0])
c, v = np.polyfit(x127, y127, 1, cov=True); np.round(c, 6) + 0.0; np.round(v, 6) + 0.0
x128 = np.array([-5, -1], dtype=float); y128 = np.array([7.0, 10.0])
np.round(np.polyfit(x128, y128, 1), 6) + 0.0
np.sort_complex(np.round(np.roots(np.concatenate(([0, 0], np.poly([-3, 4, 2]), [0]))), 6) + 0.0)
x130 = np.array([-9, -5, -1, 0, 3, 7, 9, 10], dtype=float); y130 = np.array([-8.5, -6.0, -10.0, -3.5, 4.5, 4.5, 7.0, -1.5])
c, v = np.polyfit(x130, y130, 3, cov='unscaled'); np.round(c, 6) + 0.0; np.round(v, 6) + 0.0
x131 = np.array([2, 7], dtype=float); y131 = np.array([[-0.5, -4.0], [-5.5, 2.5]])
np.round(np.polyfit(x131, y131, 1), 6) + 0.0
x132 = np.array([10], dtype=float); y132 = np.array([-3.0])
np.round(np.polyfit(x132, y132, 0), 6) + 0.0
np.sort_complex(np.round(np.roots(np.poly([0, -1, 3, -2])), 6) + 0.0)
x134 = np.array([-9, -1], dtype=float); y134 = np.array([9.5, -1.5])
np.round(np.polyfit(x134, y134, 1), 6) + 0.0
np.sort_complex(np.round(np.roots(np.poly([3, 0, -5])), 6) + 0.0)
x136 = np.array([-10, -9, -8, 4, 8, 9, 10], dtype=float); y136 = np.array([[-7.5, -10.0], [-9.0, -1.5], [3.5, 3.0], [-8.5, -4.0], [0.0, -5.5], [-5.5, 9.0], [-9.5, 8.0]])
c, v = np.polyfit(x136, y136, 3, cov=True); np.round(c, 6) + 0.0; np.round(v, 6) + 0.0
np.sort_complex(np.round(np.roots(np.polymul(np.poly([3]), [1, -4, 8])), 6) + 0.0)
np.sort_complex(np.round(np.roots(7 * np.asarray(np.polymul(np.poly([5]), [1, 2, 2]))), 6) + 0.0)
x139 = np.array([2, 3, 10], dtype=float); y139 = np.array([-3.5, -7.0, 3.0])
np.round(np.polyfit(x139, y139, 1, w=[4, 3, 3]), 6) + 0.0
