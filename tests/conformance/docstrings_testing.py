import numpy as np
# np.testing.assert_allclose: 8 examples (0 multi-line or excluded left out)
x = [1e-5, 1e-3, 1e-1]
y = np.arccos(np.cos(x))
np.testing.assert_allclose(x, y, rtol=1e-5, atol=0)
x = np.arange(3) * np.pi
np.testing.assert_allclose(np.sin(x), 0, atol=1e-15)
np.testing.assert_allclose(np.sin(x), 0, atol=1e-15, strict=True)
y = np.zeros(3, dtype=np.float32)
np.testing.assert_allclose(np.sin(x), y, atol=1e-15, strict=True)
# np.testing.assert_array_equal: 6 examples (3 multi-line or excluded left out)
x = np.full((2, 5), fill_value=3)
np.testing.assert_array_equal(x, 3)
np.testing.assert_array_equal(x, 3, strict=True)
x = np.array([2, 2, 2])
y = np.array([2., 2., 2.], dtype=np.float32)
np.testing.assert_array_equal(x, y, strict=True)
# np.testing.assert_array_almost_equal: 0 examples (3 multi-line or excluded left out)
# np.testing.assert_array_less: 11 examples (0 multi-line or excluded left out)
x = [1.0, 1.0, np.nan]
y = [1.1, 2.0, np.nan]
np.testing.assert_array_less(x, y)
y[0] = 1
np.testing.assert_array_less(x, y)
x = [1.0, 4.0]
y = 5.0
np.testing.assert_array_less(x, y)
np.testing.assert_array_less(x, y, strict=True)
y = [5, 5]
np.testing.assert_array_less(x, y, strict=True)
# np.testing.assert_equal: 8 examples (0 multi-line or excluded left out)
np.testing.assert_equal([4, 5], [4, 6])
np.testing.assert_equal(np.array([1.0, 2.0, np.nan]), [1, 2, np.nan])
x = np.full((2, 5), fill_value=3)
np.testing.assert_equal(x, 3)
np.testing.assert_equal(x, 3, strict=True)
x = np.array([2, 2, 2])
y = np.array([2., 2., 2.], dtype=np.float32)
np.testing.assert_equal(x, y, strict=True)
# np.testing.assert_almost_equal: 2 examples (2 multi-line or excluded left out)
assert_almost_equal(2.3333333333333, 2.33333334)
assert_almost_equal(2.3333333333333, 2.33333334, decimal=10)
