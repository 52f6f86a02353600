import numpy as np
x = np.random.default_rng(448754).integers(560940, 561040, 7000, endpoint=True).astype(np.uint32)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(438431).integers(0, 1000000, 1500, endpoint=True).astype(np.uint64)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(189197).integers(-128, 127, 7000, endpoint=True).astype(np.int8)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(901982).integers(661, 664, 20, endpoint=True).astype(np.int16)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(417017).integers(42376, 42379, 1025, endpoint=True).astype(np.uint16)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(869859).integers(18271, 18281, 1023, endpoint=True).astype('>i2')
u = np.unique(x, sorted=False, return_counts=True)[0]
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(788422).integers(608437, 608537, 20, endpoint=True).astype(np.uint64)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(128153).integers(731949, 831949, 100, endpoint=True).astype(np.uint32)
u = np.unique(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(246281).integers(-263691, -262691, 1024, endpoint=True).astype(np.int64)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(776030)
x = (g.integers(-50, 50, 3000) + 1j * g.integers(-50, 50, 3000)).astype(np.complex128)
x[1342] = complex(np.nan, np.nan)
u = np.unique(x, sorted=False, equal_nan=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
g = np.random.default_rng(723541)
x = (g.integers(-50, 50, 3) + 1j * g.integers(-50, 50, 3)).astype('>c16')
u = np.unique(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(913927).integers(-1000000, 1000000, 1024, endpoint=True).astype('<i4')
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(715820).integers(56350, 57350, 12, endpoint=True).astype(np.uint16)
u = np.unique(x, sorted=False, axis=0)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(986044).integers(-32768, 32767, 1024, endpoint=True).astype(np.int16)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(734112)
x = (g.integers(-5, 5, 3) + 1j * g.integers(-5, 5, 3)).astype(np.complex64)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(427009).integers(867355, 867455, 7000, endpoint=True).astype(np.uint64)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(629822).integers(203969, 203979, 7000, endpoint=True).astype('<i4')
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(174898).integers(-1000000, 1000000, 21, endpoint=True).astype('>i8')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(786856).integers(-22470, -22370, 3, endpoint=True).astype('>i2')
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(748343).integers(847061, 847071, 5, endpoint=True).astype('>u4')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(351201).integers(-923577, -922577, 13, endpoint=True).astype(np.int64)
u = np.unique(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(439278).integers(-642388, -642288, 1025, endpoint=True).astype(np.int64)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(16167)
x = (g.integers(-50, 50, 3000) + 1j * g.integers(-50, 50, 3000)).astype(np.complex128)
x[1622] = complex(np.nan, np.nan)
u = np.unique(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(227967).integers(318896, 318906, 0, endpoint=True).astype('>i8')
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(86388).integers(212999, 213999, 14, endpoint=True).astype(np.uint32)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(840538).integers(0, 1000000, 1025, endpoint=True).astype(np.uint32)
u = np.unique(x, sorted=False, axis=0)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(827231)
x = (g.integers(-2, 2, 1023) + 1j * g.integers(-2, 2, 1023)).astype(np.complex64)
x[0] = complex(0.0, -0.0)
x[354] = complex(0.0, -0.0)
x[822] = complex(np.nan, 0)
u = np.unique(x, sorted=False, equal_nan=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(261893).integers(176, 179, 0, endpoint=True).astype(np.uint8)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(17516)
x = (g.integers(-50, 50, 1) + 1j * g.integers(-50, 50, 1)).astype(np.complex128)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(570473).integers(-974994, -974984, 12, endpoint=True).astype(np.int32)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(842873)
x = (g.integers(-5, 5, 500) + 1j * g.integers(-5, 5, 500)).astype('>c16')
x[14] = -0.0
x[386] = complex(np.nan, np.nan)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(579328).integers(24949, 24952, 500, endpoint=True).astype('>i2')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(188565).integers(92129, 93129, 14, endpoint=True).astype('>u4')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(205794)
x = (g.integers(-50, 50, 1025) + 1j * g.integers(-50, 50, 1025)).astype('>c16')
x[317] = complex(0, np.nan)
x[271] = complex(np.nan, 0)
x[940] = complex(np.nan, np.nan)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(217011).integers(600560, 600570, 1024, endpoint=True).astype('>i8')
u = np.unique(x, sorted=False, return_counts=True)[0]
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(247111).integers(0, 1000000, 1024, endpoint=True).astype('>u4')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(659097).integers(6759, 6769, 20, endpoint=True).astype(np.uint16)
u = np.unique(x, sorted=False, return_counts=True)[0]
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(357972)
x = (g.integers(-10000, 10000, 20) + 1j * g.integers(-10000, 10000, 20)).astype(np.complex128)
x[10] = -0.0
x[13] = complex(-0.0, 0.0)
x[3] = complex(np.nan, 0)
u = np.unique(x, sorted=False, axis=0)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
g = np.random.default_rng(383958)
x = (g.integers(-2, 2, 14) + 1j * g.integers(-2, 2, 14)).astype(np.complex128)
x[8] = complex(-0.0, 0.0)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
g = np.random.default_rng(809921)
x = (g.integers(-2, 2, 21) + 1j * g.integers(-2, 2, 21)).astype(np.complex64)
x[14] = complex(-0.0, 0.0)
x[1] = complex(np.nan, 0)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
g = np.random.default_rng(319338)
x = (g.integers(-2, 2, 13) + 1j * g.integers(-2, 2, 13)).astype('>c16')
x[2] = complex(0, np.nan)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(783741).integers(663000, 763000, 8, endpoint=True).astype(np.int64)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(757575).integers(368913, 369013, 100, endpoint=True).astype(np.int32)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(65277).integers(311512, 311522, 21, endpoint=True).astype(np.uint32)
u = np.unique(x, sorted=False, return_counts=True)[0]
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(555864).integers(-6504, -5504, 1023, endpoint=True).astype('>i2')
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(467209)
x = (g.integers(-2, 2, 1024) + 1j * g.integers(-2, 2, 1024)).astype(np.complex128)
x[43] = complex(-0.0, 0.0)
x[135] = complex(np.nan, np.nan)
x[481] = complex(0, np.nan)
u = np.unique(x, sorted=False, return_counts=True)[0]
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(181517).integers(-29354, -29344, 21, endpoint=True).astype('>i2')
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(72602)
x = (g.integers(-5, 5, 40) + 1j * g.integers(-5, 5, 40)).astype(np.complex128)
x[22] = complex(0.0, -0.0)
x[27] = complex(np.nan, np.nan)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
g = np.random.default_rng(820575)
x = (g.integers(-50, 50, 12) + 1j * g.integers(-50, 50, 12)).astype(np.complex128)
x[7] = complex(-0.0, 0.0)
x[7] = complex(-0.0, 0.0)
x[5] = complex(np.nan, np.nan)
u = np.unique(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(579927).integers(892735, 892745, 13, endpoint=True).astype('>i8')
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(382409).integers(-32177, -32077, 40, endpoint=True).astype(np.int16)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(629713).integers(-128, 127, 1024, endpoint=True).astype(np.int8)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(13372)
x = (g.integers(-5, 5, 8) + 1j * g.integers(-5, 5, 8)).astype('>c16')
x[6] = complex(np.nan, 0)
u = np.unique(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
g = np.random.default_rng(967892)
x = (g.integers(-50, 50, 1) + 1j * g.integers(-50, 50, 1)).astype(np.complex128)
u = np.unique(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(663626).integers(278764, 278864, 2, endpoint=True).astype('>u4')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(145446).integers(316544, 317544, 40, endpoint=True).astype(np.uint32)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(735498).integers(121989, 121992, 1500, endpoint=True).astype('<i4')
u = np.unique(x, sorted=False, return_counts=True)[0]
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(690060).integers(-32768, 32767, 40, endpoint=True).astype('>i2')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(23827).integers(-988096, -987096, 1023, endpoint=True).astype('>i8')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(925260).integers(-987233, -986233, 2, endpoint=True).astype('>i8')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(949035).integers(-128, 127, 1025, endpoint=True).astype(np.int8)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(477109)
x = (g.integers(-5, 5, 40) + 1j * g.integers(-5, 5, 40)).astype('>c16')
u = np.unique(x, sorted=False, return_counts=True)[0]
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
g = np.random.default_rng(245071)
x = (g.integers(-10000, 10000, 1) + 1j * g.integers(-10000, 10000, 1)).astype('>c16')
u = np.unique(x, sorted=False, equal_nan=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(811638).integers(820391, 820401, 20, endpoint=True).astype(np.uint32)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(143812)
x = (g.integers(-2, 2, 14) + 1j * g.integers(-2, 2, 14)).astype(np.complex64)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(593491).integers(7, 10, 13, endpoint=True).astype('>i2')
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(610311).integers(888803, 888806, 8, endpoint=True).astype(np.uint64)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(215556)
x = (g.integers(-2, 2, 1024) + 1j * g.integers(-2, 2, 1024)).astype(np.complex64)
x[64] = complex(np.nan, np.nan)
x[215] = complex(-0.0, 0.0)
x[1005] = complex(0, np.nan)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(935028).integers(544101, 544201, 3000, endpoint=True).astype(np.uint32)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(482301).integers(19834, 19837, 3000, endpoint=True).astype('>i2')
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(264142).integers(0, 65535, 2, endpoint=True).astype(np.uint16)
u = np.unique(x, sorted=False, return_counts=True)[0]
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(80481).integers(-640622, -640522, 8, endpoint=True).astype(np.int64)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(268909).integers(-1000000, 1000000, 21, endpoint=True).astype(np.int32)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(725083).integers(899575, 999575, 2, endpoint=True).astype(np.int32)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(173621).integers(368919, 468919, 2, endpoint=True).astype('<i4')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(677112).integers(560552, 660552, 3, endpoint=True).astype(np.uint32)
u = np.unique(x, sorted=False, return_counts=True)[0]
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(819108).integers(644979, 744979, 500, endpoint=True).astype('>i8')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(190986)
x = (g.integers(-2, 2, 100) + 1j * g.integers(-2, 2, 100)).astype(np.complex64)
u = np.unique(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
g = np.random.default_rng(62601)
x = (g.integers(-2, 2, 1023) + 1j * g.integers(-2, 2, 1023)).astype(np.complex128)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(662529).integers(54410, 55410, 13, endpoint=True).astype(np.uint64)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(429590).integers(278361, 378361, 2, endpoint=True).astype(np.uint32)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(132558).integers(401018, 501018, 12, endpoint=True).astype(np.uint32)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(850982).integers(-84872, -84772, 5, endpoint=True).astype('<i4')
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(307540)
x = (g.integers(-10000, 10000, 2) + 1j * g.integers(-10000, 10000, 2)).astype('>c16')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
g = np.random.default_rng(447658)
x = (g.integers(-5, 5, 1023) + 1j * g.integers(-5, 5, 1023)).astype('>c16')
x[271] = complex(np.nan, np.nan)
x[94] = complex(0.0, -0.0)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(16496).integers(321557, 321567, 21, endpoint=True).astype(np.uint32)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(545604).integers(-369154, -369054, 0, endpoint=True).astype(np.int64)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(603269).integers(2118, 3118, 500, endpoint=True).astype(np.int16)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(215033)
x = (g.integers(-2, 2, 500) + 1j * g.integers(-2, 2, 500)).astype('>c16')
x[395] = complex(-0.0, 0.0)
x[336] = complex(0.0, -0.0)
x[437] = complex(-0.0, 0.0)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(231366).integers(274295, 274395, 21, endpoint=True).astype('>u4')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(448236).integers(-591426, -591416, 0, endpoint=True).astype('>i8')
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(985752)
x = (g.integers(-50, 50, 1) + 1j * g.integers(-50, 50, 1)).astype(np.complex64)
u = np.unique(x, sorted=False, axis=0)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(20982).integers(-32768, 32767, 12, endpoint=True).astype('>i2')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(287439).integers(0, 65535, 3, endpoint=True).astype(np.uint16)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(361514)
x = (g.integers(-2, 2, 1025) + 1j * g.integers(-2, 2, 1025)).astype(np.complex64)
u = np.unique(x, sorted=False, axis=0)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
g = np.random.default_rng(817608)
x = (g.integers(-5, 5, 8) + 1j * g.integers(-5, 5, 8)).astype('>c16')
x[4] = complex(np.nan, np.nan)
x[2] = complex(np.nan, 0)
x[0] = complex(np.nan, 0)
u = np.unique(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(867913).integers(-3294, -3284, 1500, endpoint=True).astype('>i2')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(801664).integers(0, 65535, 1025, endpoint=True).astype(np.uint16)
u = np.unique(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(918485).integers(525956, 525966, 7000, endpoint=True).astype(np.uint64)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(290276).integers(-397282, -397279, 1023, endpoint=True).astype(np.int64)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(183266).integers(0, 255, 1500, endpoint=True).astype(np.uint8)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(198245).integers(-32768, 32767, 8, endpoint=True).astype(np.int16)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(419966)
x = (g.integers(-50, 50, 21) + 1j * g.integers(-50, 50, 21)).astype(np.complex64)
x[14] = -0.0
x[15] = complex(0.0, -0.0)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
g = np.random.default_rng(136611)
x = (g.integers(-10000, 10000, 8) + 1j * g.integers(-10000, 10000, 8)).astype(np.complex128)
x[2] = complex(np.nan, 0)
x[7] = complex(-0.0, 0.0)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
g = np.random.default_rng(311952)
x = (g.integers(-50, 50, 3) + 1j * g.integers(-50, 50, 3)).astype('>c16')
u = np.unique(x, sorted=False, return_counts=True)[0]
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(853321).integers(935791, 936791, 1, endpoint=True).astype('>u4')
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(381564).integers(-3330, -2330, 12, endpoint=True).astype(np.int16)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(901671).integers(-110, -107, 0, endpoint=True).astype(np.int8)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(326744).integers(60765, 60775, 40, endpoint=True).astype(np.int32)
u = np.unique(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(161545).integers(-8399, -7399, 3, endpoint=True).astype(np.int64)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(800416).integers(21308, 21318, 12, endpoint=True).astype(np.uint16)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(308815).integers(556196, 556296, 13, endpoint=True).astype('>i8')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(214941)
x = (g.integers(-50, 50, 5) + 1j * g.integers(-50, 50, 5)).astype('>c16')
x[4] = complex(np.nan, np.nan)
u = np.unique(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(771028).integers(301612, 301615, 1024, endpoint=True).astype('>u4')
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(528463).integers(522607, 622607, 1023, endpoint=True).astype(np.uint64)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(463604).integers(-3114, -2114, 1024, endpoint=True).astype(np.int16)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(25795).integers(-48, -38, 1023, endpoint=True).astype(np.int8)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(702400).integers(357702, 357802, 3, endpoint=True).astype(np.uint64)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(10493)
x = (g.integers(-2, 2, 20) + 1j * g.integers(-2, 2, 20)).astype(np.complex128)
x[13] = complex(0.0, -0.0)
x[16] = complex(0, np.nan)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(433084).integers(286453, 286456, 1023, endpoint=True).astype(np.int64)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(811785)
x = (g.integers(-2, 2, 5) + 1j * g.integers(-2, 2, 5)).astype(np.complex128)
x[2] = complex(-0.0, 0.0)
u = np.unique(x, sorted=False, return_counts=True)[0]
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(485424).integers(-128, 127, 500, endpoint=True).astype(np.int8)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(305503).integers(804693, 804696, 3, endpoint=True).astype(np.int64)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(880159).integers(-324759, -324749, 0, endpoint=True).astype('<i4')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(766883).integers(569617, 569717, 3000, endpoint=True).astype('<i4')
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(646959).integers(-1000000, 1000000, 2, endpoint=True).astype('>i8')
u = np.unique(x, sorted=False, return_counts=True)[0]
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(965432)
x = (g.integers(-10000, 10000, 12) + 1j * g.integers(-10000, 10000, 12)).astype(np.complex128)
x[7] = complex(-0.0, 0.0)
x[9] = complex(0, np.nan)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(20873).integers(-1000000, 1000000, 1023, endpoint=True).astype(np.int64)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(93051).integers(539147, 539157, 8, endpoint=True).astype(np.int32)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(859322)
x = (g.integers(-10000, 10000, 8) + 1j * g.integers(-10000, 10000, 8)).astype(np.complex64)
x[7] = -0.0
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(633588).integers(0, 255, 7000, endpoint=True).astype(np.uint8)
u = np.unique(x, sorted=False, axis=0)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(169879)
x = (g.integers(-2, 2, 1024) + 1j * g.integers(-2, 2, 1024)).astype(np.complex64)
x[498] = complex(0.0, -0.0)
x[101] = complex(0, np.nan)
u = np.unique(x, sorted=False, equal_nan=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(268483).integers(56142, 56242, 500, endpoint=True).astype(np.uint16)
u = np.unique(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(662658).integers(915120, 915130, 100, endpoint=True).astype('<i4')
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(236264).integers(-977228, -977225, 1023, endpoint=True).astype(np.int64)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(954048).integers(-9289, -9189, 21, endpoint=True).astype(np.int16)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(237328).integers(-1000000, 1000000, 1023, endpoint=True).astype('<i4')
u = np.unique(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(429012).integers(598440, 599440, 21, endpoint=True).astype(np.int64)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(627571)
x = (g.integers(-5, 5, 1) + 1j * g.integers(-5, 5, 1)).astype('>c16')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(633307).integers(-1000000, 1000000, 2, endpoint=True).astype('<i4')
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(542346).integers(-23973, -23873, 0, endpoint=True).astype(np.int16)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(16599).integers(-42020, -41020, 1025, endpoint=True).astype(np.int32)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(581874).integers(334590, 334600, 12, endpoint=True).astype(np.int32)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(377468).integers(-30667, -30657, 1, endpoint=True).astype('>i2')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(376231).integers(104, 204, 0, endpoint=True).astype(np.uint8)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(159246).integers(-32768, 32767, 12, endpoint=True).astype(np.int16)
u = np.unique(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(819400).integers(55, 155, 7000, endpoint=True).astype(np.uint8)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(119089).integers(0, 65535, 1024, endpoint=True).astype(np.uint16)
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(202459).integers(0, 65535, 0, endpoint=True).astype(np.uint16)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(428449)
x = (g.integers(-50, 50, 0) + 1j * g.integers(-50, 50, 0)).astype('>c16')
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
g = np.random.default_rng(504974)
x = (g.integers(-2, 2, 1500) + 1j * g.integers(-2, 2, 1500)).astype(np.complex128)
u = np.unique(x, sorted=False, equal_nan=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
g = np.random.default_rng(320357)
x = (g.integers(-50, 50, 100) + 1j * g.integers(-50, 50, 100)).astype('>c16')
u = np.unique(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(167906).integers(-457787, -457777, 8, endpoint=True).astype(np.int32)
u = np.unique(x, sorted=False, axis=0)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(350835).integers(0, 1000000, 14, endpoint=True).astype(np.uint32)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(223401).integers(0, 1000000, 40, endpoint=True).astype('>u4')
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
g = np.random.default_rng(868215)
x = (g.integers(-10000, 10000, 1025) + 1j * g.integers(-10000, 10000, 1025)).astype('>c16')
x[751] = complex(0, np.nan)
u = np.unique(x, sorted=False, equal_nan=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
np.isnan(u).sum(), np.signbit(u.real).sum(), np.signbit(u.imag).sum()
x = np.random.default_rng(512158).integers(614182, 714182, 13, endpoint=True).astype('<i4')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(435704).integers(116517, 116617, 21, endpoint=True).astype(np.uint64)
u = np.unique_values(x)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(272464).integers(-155826, -155726, 3, endpoint=True).astype('>i8')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
x = np.random.default_rng(603894).integers(-774916, -774816, 21, endpoint=True).astype('<i4')
u = np.unique(x, sorted=False)
u.size, u.dtype, u[:8], int((np.nan_to_num(u.real).astype(np.int64) * np.arange(1, u.size + 1)).sum()) if u.size else 0
