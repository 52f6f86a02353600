//! Eigenvalues and eigenvectors of a general real matrix: LAPACK's `dgeev`, step by step,
//! so that NumPy's eigenvalue order and eigenvector signs come out. `dgebal` balances
//! (isolating eigenvalues by permutation, then scaling by powers of 2), `dgehd2` reduces to
//! Hessenberg form with `dlarfg` reflectors (Q accumulated as `dorghr`), `dlahqr` runs the
//! double-shift QR iteration with its deflation test, shifts and exceptional shifts to the
//! real Schur form `T = Zᵀ H Z` (2×2 blocks standardized by `dlanv2`: each complex pair
//! with the positive imaginary part first), and `dtrevc3`'s back-substitution gives each
//! eigenvector of T (x[k] = 1 for a real eigenvalue at k), taken back through Z and the
//! balancing; `dgeev` then scales each to unit norm and rotates a complex one so its
//! largest component is real. (`dhseqr` switches to the multishift `dlaqr0` from 75×75 on:
//! for larger matrices the order or signs may differ, docs/differences.md.)

use super::factor::lapy2;
use num_complex::Complex64 as C;

const ULP: f64 = f64::EPSILON; // dlamch('P') = eps * base = 2^-52
const SAFMIN: f64 = f64::MIN_POSITIVE;

fn sign(a: f64, b: f64) -> f64 {
    if b >= 0.0 || (b == 0.0 && !b.is_sign_negative()) {
        a.abs()
    } else {
        -a.abs()
    }
}

fn nrm2(v: impl Iterator<Item = f64>) -> f64 {
    let v: Vec<f64> = v.collect();
    let scale = v.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if scale == 0.0 || !scale.is_finite() {
        return scale;
    }
    scale
        * v.iter()
            .map(|x| (x / scale) * (x / scale))
            .sum::<f64>()
            .sqrt()
}

/// `dlarfg`: the reflector `I - tau v vᵀ` (v[0] = 1) taking `(alpha, x)` to `(beta, 0)`;
/// scales `x` into v[1..] and returns `(beta, tau)`.
fn larfg(alpha: f64, x: &mut [f64]) -> (f64, f64) {
    let xnorm = nrm2(x.iter().copied());
    if xnorm == 0.0 {
        return (alpha, 0.0);
    }
    let beta = -sign(lapy2(alpha, xnorm), alpha);
    let tau = (beta - alpha) / beta;
    let s = 1.0 / (alpha - beta);
    for v in x.iter_mut() {
        *v *= s;
    }
    (beta, tau)
}

/// `dgebal('B')`: returns (lo, hi, scale) with LAPACK's meaning (0-based; `scale[i]` is the
/// row swapped with i outside lo..=hi, the scaling factor inside).
fn balance(n: usize, a: &mut [f64]) -> (usize, usize, Vec<f64>) {
    let mut scale = vec![1.0; n];
    if n == 0 {
        return (0, 0, scale);
    }
    let swap = |a: &mut [f64], i: usize, j: usize, l: usize, k: usize| {
        // Columns i and j over rows 0..=l, rows i and j over columns k..n.
        for r in 0..=l {
            a.swap(r * n + i, r * n + j);
        }
        for c in k..n {
            a.swap(i * n + c, j * n + c);
        }
    };
    let (mut k, mut l) = (0usize, n - 1);
    // Rows isolating an eigenvalue go to the bottom.
    let mut noconv = true;
    while noconv {
        noconv = false;
        let mut i = l as isize;
        while i >= 0 {
            let iu = i as usize;
            let can = (0..=l).all(|j| j == iu || a[iu * n + j] == 0.0);
            if can {
                scale[l] = iu as f64;
                if iu != l {
                    swap(a, iu, l, l, k);
                }
                noconv = true;
                if l == 0 {
                    return (0, 0, scale);
                }
                l -= 1;
            }
            i -= 1;
        }
    }
    // Columns isolating an eigenvalue go to the left.
    noconv = true;
    while noconv {
        noconv = false;
        let mut j = k;
        while j <= l {
            let can = (k..=l).all(|i| i == j || a[i * n + j] == 0.0);
            if can {
                scale[k] = j as f64;
                if j != k {
                    swap(a, j, k, l, k);
                }
                noconv = true;
                k += 1;
            }
            j += 1;
        }
    }
    // A last 1×1 block isolates itself: no active block is left.
    let k = k.min(l);
    for s in scale.iter_mut().take(l + 1).skip(k) {
        *s = 1.0;
    }
    let radix = 2.0;
    let factor = 0.95;
    let sfmin1 = SAFMIN / ULP;
    let sfmax1 = 1.0 / sfmin1;
    let sfmin2 = sfmin1 * radix;
    let sfmax2 = 1.0 / sfmin2;
    noconv = true;
    while noconv {
        noconv = false;
        for i in k..=l {
            let mut c = nrm2((k..=l).map(|r| a[r * n + i]));
            let mut r = nrm2((k..=l).map(|cc| a[i * n + cc]));
            let mut ca = (0..=l).map(|rr| a[rr * n + i].abs()).fold(0.0, f64::max);
            let mut ra = (k..n).map(|cc| a[i * n + cc].abs()).fold(0.0, f64::max);
            if c == 0.0 || r == 0.0 {
                continue;
            }
            if (c + ca + r + ra).is_nan() {
                return (k, l, scale);
            }
            let mut g = r / radix;
            let mut f: f64 = 1.0;
            let s = c + r;
            while c < g && f.max(c).max(ca) < sfmax2 && r.min(g).min(ra) > sfmin2 {
                f *= radix;
                c *= radix;
                ca *= radix;
                r /= radix;
                g /= radix;
                ra /= radix;
            }
            g = c / radix;
            while g >= r && r.max(ra) < sfmax2 && f.min(c).min(g).min(ca) > sfmin2 {
                f /= radix;
                c /= radix;
                g /= radix;
                ca /= radix;
                r *= radix;
                ra *= radix;
            }
            if c + r >= factor * s {
                continue;
            }
            if f < 1.0 && scale[i] < 1.0 && f * scale[i] <= sfmin1 {
                continue;
            }
            if f > 1.0 && scale[i] > 1.0 && scale[i] >= sfmax1 / f {
                continue;
            }
            let g = 1.0 / f;
            scale[i] *= f;
            noconv = true;
            for cc in k..n {
                a[i * n + cc] *= g;
            }
            for rr in 0..=l {
                a[rr * n + i] *= f;
            }
        }
    }
    (k, l, scale)
}

/// `dgehd2` on rows/columns lo..=hi, then `dorghr`: returns Q (n×n).
fn hessenberg(n: usize, a: &mut [f64], lo: usize, hi: usize) -> Vec<f64> {
    let mut reflectors: Vec<(usize, Vec<f64>, f64)> = vec![];
    for i in lo..hi {
        let alpha = a[(i + 1) * n + i];
        let mut x: Vec<f64> = (i + 2..=hi).map(|r| a[r * n + i]).collect();
        let (beta, tau) = larfg(alpha, &mut x);
        let mut v = vec![1.0];
        v.extend(&x);
        // From the right on rows 0..=hi, columns i+1..=hi.
        for r in 0..=hi {
            let s: f64 = (0..v.len()).map(|t| a[r * n + i + 1 + t] * v[t]).sum();
            for (t, vt) in v.iter().enumerate() {
                a[r * n + i + 1 + t] -= tau * s * vt;
            }
        }
        // From the left on rows i+1..=hi, columns i+1..n.
        for c in i + 1..n {
            let s: f64 = (0..v.len()).map(|t| v[t] * a[(i + 1 + t) * n + c]).sum();
            for (t, vt) in v.iter().enumerate() {
                a[(i + 1 + t) * n + c] -= tau * s * vt;
            }
        }
        a[(i + 1) * n + i] = beta;
        for r in i + 2..=hi {
            a[r * n + i] = 0.0;
        }
        reflectors.push((i, v, tau));
    }
    let mut q = vec![0.0; n * n];
    for i in 0..n {
        q[i * n + i] = 1.0;
    }
    for (i, v, tau) in reflectors.iter().rev() {
        for c in 0..n {
            let s: f64 = (0..v.len()).map(|t| v[t] * q[(i + 1 + t) * n + c]).sum();
            for (t, vt) in v.iter().enumerate() {
                q[(i + 1 + t) * n + c] -= tau * s * vt;
            }
        }
    }
    q
}

/// `dlanv2`: the Schur factorization of a real 2×2 block: returns the standardized
/// `(a, b, c, d)`, the two eigenvalues and the rotation `(cs, sn)`.
#[allow(clippy::type_complexity)]
fn lanv2(
    mut a: f64,
    mut b: f64,
    mut c: f64,
    mut d: f64,
) -> ((f64, f64, f64, f64), (C, C), (f64, f64)) {
    let eps = ULP;
    let (mut cs, mut sn);
    if c == 0.0 {
        cs = 1.0;
        sn = 0.0;
    } else if b == 0.0 {
        cs = 0.0;
        sn = 1.0;
        std::mem::swap(&mut a, &mut d);
        b = -c;
        c = 0.0;
    } else if a - d == 0.0 && sign(1.0, b) != sign(1.0, c) {
        cs = 1.0;
        sn = 0.0;
    } else {
        let temp = a - d;
        let mut p = 0.5 * temp;
        let bcmax = b.abs().max(c.abs());
        let bcmis = b.abs().min(c.abs()) * sign(1.0, b) * sign(1.0, c);
        let scale = p.abs().max(bcmax);
        let mut z = (p / scale) * p + (bcmax / scale) * bcmis;
        if z >= 4.0 * eps {
            z = p + sign(scale.sqrt() * z.sqrt(), p);
            a = d + z;
            d -= (bcmax / z) * bcmis;
            let tau = lapy2(c, z);
            cs = z / tau;
            sn = c / tau;
            b -= c;
            c = 0.0;
        } else {
            let sigma = b + c;
            p = 0.5 * temp;
            let tau = lapy2(sigma, temp);
            cs = (0.5 * (1.0 + sigma.abs() / tau)).sqrt();
            sn = -(p / (tau * cs)) * sign(1.0, sigma);
            let aa = a * cs + b * sn;
            let bb = -a * sn + b * cs;
            let cc = c * cs + d * sn;
            let dd = -c * sn + d * cs;
            a = aa * cs + cc * sn;
            b = bb * cs + dd * sn;
            c = -aa * sn + cc * cs;
            d = -bb * sn + dd * cs;
            let temp = 0.5 * (a + d);
            a = temp;
            d = temp;
            if c != 0.0 {
                if b != 0.0 {
                    if sign(1.0, b) == sign(1.0, c) {
                        let sab = b.abs().sqrt();
                        let sac = c.abs().sqrt();
                        p = sign(sab * sac, c);
                        let tau = 1.0 / (b + c).abs().sqrt();
                        a = temp + p;
                        d = temp - p;
                        b -= c;
                        c = 0.0;
                        let cs1 = sab * tau;
                        let sn1 = sac * tau;
                        let t = cs * cs1 - sn * sn1;
                        sn = cs * sn1 + sn * cs1;
                        cs = t;
                    }
                } else {
                    b = -c;
                    c = 0.0;
                    let t = cs;
                    cs = -sn;
                    sn = t;
                }
            }
        }
    }
    let (w1, w2) = if c == 0.0 {
        (C::new(a, 0.0), C::new(d, 0.0))
    } else {
        let im = b.abs().sqrt() * c.abs().sqrt();
        (C::new(a, im), C::new(d, -im))
    };
    ((a, b, c, d), (w1, w2), (cs, sn))
}

/// `drot` on two strided sequences of `h`.
fn rot(h: &mut [f64], xs: impl Iterator<Item = (usize, usize)>, cs: f64, sn: f64) {
    for (x, y) in xs {
        let (a, b) = (h[x], h[y]);
        h[x] = cs * a + sn * b;
        h[y] = cs * b - sn * a;
    }
}

/// `dlahqr` with `wantt` and `wantz`: H (Hessenberg in lo..=hi) becomes the real Schur
/// form T and Z is updated; returns the eigenvalues, `None` when it does not converge.
fn lahqr(n: usize, h: &mut [f64], z: &mut [f64], lo: usize, hi: usize) -> Option<Vec<C>> {
    let mut w: Vec<C> = (0..n).map(|i| C::new(h[i * n + i], 0.0)).collect();
    if n == 0 || lo == hi {
        return Some(w);
    }
    let at = |i: usize, j: usize| i * n + j;
    for j in lo..hi.saturating_sub(2) {
        h[at(j + 2, j)] = 0.0;
        h[at(j + 3, j)] = 0.0;
    }
    if lo + 2 <= hi {
        h[at(hi, hi - 2)] = 0.0;
    }
    let nh = hi - lo + 1;
    let smlnum = SAFMIN * (nh as f64 / ULP);
    let (i1, i2) = (0usize, n - 1);
    let itmax = 30 * nh.max(10);
    let mut kdefl = 0usize;
    let mut i = hi as isize;
    while i >= lo as isize {
        let iu = i as usize;
        let mut l = lo;
        let mut converged = false;
        for _its in 0..=itmax {
            // A single small subdiagonal element.
            let mut k = iu;
            while k > l {
                if h[at(k, k - 1)].abs() <= smlnum {
                    break;
                }
                let mut tst = h[at(k - 1, k - 1)].abs() + h[at(k, k)].abs();
                if tst == 0.0 {
                    if k >= lo + 2 {
                        tst += h[at(k - 1, k - 2)].abs();
                    }
                    if k < hi {
                        tst += h[at(k + 1, k)].abs();
                    }
                }
                if h[at(k, k - 1)].abs() <= ULP * tst {
                    let ab = h[at(k, k - 1)].abs().max(h[at(k - 1, k)].abs());
                    let ba = h[at(k, k - 1)].abs().min(h[at(k - 1, k)].abs());
                    let aa = h[at(k, k)]
                        .abs()
                        .max((h[at(k - 1, k - 1)] - h[at(k, k)]).abs());
                    let bb = h[at(k, k)]
                        .abs()
                        .min((h[at(k - 1, k - 1)] - h[at(k, k)]).abs());
                    let s = aa + ab;
                    if ba * (ab / s) <= smlnum.max(ULP * (bb * (aa / s))) {
                        break;
                    }
                }
                k -= 1;
            }
            l = k;
            if l > lo {
                h[at(l, l - 1)] = 0.0;
            }
            if l + 1 >= iu {
                converged = true;
                break;
            }
            kdefl += 1;
            let (mut h11, mut h12, mut h21, mut h22);
            if kdefl.is_multiple_of(20) {
                let s = h[at(iu, iu - 1)].abs() + h[at(iu - 1, iu - 2)].abs();
                h11 = 0.75 * s + h[at(iu, iu)];
                h12 = -0.4375 * s;
                h21 = s;
                h22 = h11;
            } else if kdefl.is_multiple_of(10) {
                let s = h[at(l + 1, l)].abs() + h[at(l + 2, l + 1)].abs();
                h11 = 0.75 * s + h[at(l, l)];
                h12 = -0.4375 * s;
                h21 = s;
                h22 = h11;
            } else {
                h11 = h[at(iu - 1, iu - 1)];
                h21 = h[at(iu, iu - 1)];
                h12 = h[at(iu - 1, iu)];
                h22 = h[at(iu, iu)];
            }
            let s = h11.abs() + h12.abs() + h21.abs() + h22.abs();
            let (rt1r, rt1i, rt2r, rt2i);
            if s == 0.0 {
                (rt1r, rt1i, rt2r, rt2i) = (0.0, 0.0, 0.0, 0.0);
            } else {
                h11 /= s;
                h21 /= s;
                h12 /= s;
                h22 /= s;
                let tr = (h11 + h22) / 2.0;
                let det = (h11 - tr) * (h22 - tr) - h12 * h21;
                let rtdisc = det.abs().sqrt();
                if det >= 0.0 {
                    rt1r = tr * s;
                    rt2r = rt1r;
                    rt1i = rtdisc * s;
                    rt2i = -rt1i;
                } else {
                    let a1 = tr + rtdisc;
                    let a2 = tr - rtdisc;
                    let r = if (a1 - h22).abs() <= (a2 - h22).abs() {
                        a1 * s
                    } else {
                        a2 * s
                    };
                    rt1r = r;
                    rt2r = r;
                    rt1i = 0.0;
                    rt2i = 0.0;
                }
            }
            // Two consecutive small subdiagonal elements.
            let mut v = [0.0f64; 3];
            let mut m = iu - 2;
            loop {
                let h21s = h[at(m + 1, m)];
                let s = (h[at(m, m)] - rt2r).abs() + rt2i.abs() + h21s.abs();
                let h21s = h[at(m + 1, m)] / s;
                v[0] = h21s * h[at(m, m + 1)] + (h[at(m, m)] - rt1r) * ((h[at(m, m)] - rt2r) / s)
                    - rt1i * (rt2i / s);
                v[1] = h21s * (h[at(m, m)] + h[at(m + 1, m + 1)] - rt1r - rt2r);
                v[2] = h21s * h[at(m + 2, m + 1)];
                let s = v[0].abs() + v[1].abs() + v[2].abs();
                for x in v.iter_mut() {
                    *x /= s;
                }
                if m == l {
                    break;
                }
                let h00 = h[at(m, m - 1)].abs() * (v[1].abs() + v[2].abs());
                let h01 = v[0].abs()
                    * (h[at(m - 1, m - 1)].abs() + h[at(m, m)].abs() + h[at(m + 1, m + 1)].abs());
                if h00 <= ULP * h01 {
                    break;
                }
                m -= 1;
            }
            // The double-shift QR step.
            for k in m..iu {
                let nr = 3.min(iu - k + 1);
                if k > m {
                    for (t, x) in v.iter_mut().enumerate().take(nr) {
                        *x = h[at(k + t, k - 1)];
                    }
                }
                let (beta, t1) = {
                    let (head, tail) = v.split_at_mut(1);
                    larfg(head[0], &mut tail[..nr - 1])
                };
                v[0] = beta;
                if k > m {
                    h[at(k, k - 1)] = v[0];
                    h[at(k + 1, k - 1)] = 0.0;
                    if k < iu - 1 {
                        h[at(k + 2, k - 1)] = 0.0;
                    }
                } else if m > l {
                    h[at(k, k - 1)] *= 1.0 - t1;
                }
                let v2 = v[1];
                let t2 = t1 * v2;
                if nr == 3 {
                    let v3 = v[2];
                    let t3 = t1 * v3;
                    for j in k..=i2 {
                        let sum = h[at(k, j)] + v2 * h[at(k + 1, j)] + v3 * h[at(k + 2, j)];
                        h[at(k, j)] -= sum * t1;
                        h[at(k + 1, j)] -= sum * t2;
                        h[at(k + 2, j)] -= sum * t3;
                    }
                    for j in i1..=(k + 3).min(iu) {
                        let sum = h[at(j, k)] + v2 * h[at(j, k + 1)] + v3 * h[at(j, k + 2)];
                        h[at(j, k)] -= sum * t1;
                        h[at(j, k + 1)] -= sum * t2;
                        h[at(j, k + 2)] -= sum * t3;
                    }
                    for j in 0..n {
                        let sum = z[at(j, k)] + v2 * z[at(j, k + 1)] + v3 * z[at(j, k + 2)];
                        z[at(j, k)] -= sum * t1;
                        z[at(j, k + 1)] -= sum * t2;
                        z[at(j, k + 2)] -= sum * t3;
                    }
                } else if nr == 2 {
                    for j in k..=i2 {
                        let sum = h[at(k, j)] + v2 * h[at(k + 1, j)];
                        h[at(k, j)] -= sum * t1;
                        h[at(k + 1, j)] -= sum * t2;
                    }
                    for j in i1..=iu {
                        let sum = h[at(j, k)] + v2 * h[at(j, k + 1)];
                        h[at(j, k)] -= sum * t1;
                        h[at(j, k + 1)] -= sum * t2;
                    }
                    for j in 0..n {
                        let sum = z[at(j, k)] + v2 * z[at(j, k + 1)];
                        z[at(j, k)] -= sum * t1;
                        z[at(j, k + 1)] -= sum * t2;
                    }
                }
            }
        }
        if !converged {
            return None;
        }
        if l == iu {
            w[iu] = C::new(h[at(iu, iu)], 0.0);
        } else {
            let ((a, b, c, d), (w1, w2), (cs, sn)) = lanv2(
                h[at(iu - 1, iu - 1)],
                h[at(iu - 1, iu)],
                h[at(iu, iu - 1)],
                h[at(iu, iu)],
            );
            h[at(iu - 1, iu - 1)] = a;
            h[at(iu - 1, iu)] = b;
            h[at(iu, iu - 1)] = c;
            h[at(iu, iu)] = d;
            w[iu - 1] = w1;
            w[iu] = w2;
            if i2 > iu {
                rot(h, (iu + 1..=i2).map(|j| (at(iu - 1, j), at(iu, j))), cs, sn);
            }
            rot(h, (i1..iu - 1).map(|j| (at(j, iu - 1), at(j, iu))), cs, sn);
            rot(z, (0..n).map(|j| (at(j, iu - 1), at(j, iu))), cs, sn);
        }
        kdefl = 0;
        i = l as isize - 1;
    }
    Some(w)
}

/// The real Schur form of `a`: eigenvalues, T, Z and the balancing (lo, hi, scale).
struct Schur {
    w: Vec<C>,
    t: Vec<f64>,
    z: Vec<f64>,
    lo: usize,
    hi: usize,
    scale: Vec<f64>,
}

fn schur(n: usize, a: &[f64]) -> Option<Schur> {
    let mut h = a.to_vec();
    let (lo, hi, scale) = balance(n, &mut h);
    let mut z = hessenberg(n, &mut h, lo, hi);
    let w = lahqr(n, &mut h, &mut z, lo, hi)?;
    Some(Schur {
        w,
        t: h,
        z,
        lo,
        hi,
        scale,
    })
}

/// The eigenvalues of the n×n matrix `a` in LAPACK's order, `None` when the QR iteration
/// fails to converge.
pub fn eigvals(n: usize, a: &[f64]) -> Option<Vec<C>> {
    schur(n, a).map(|s| s.w)
}

/// `a / b` by Smith's algorithm (as LAPACK's `dladiv`): `num_complex` divides by
/// `|b|²`, which underflows for the tiny `smin` a singular diagonal is replaced by.
fn cdiv(a: C, b: C) -> C {
    if b.re.abs() >= b.im.abs() {
        let r = b.im / b.re;
        let d = b.re + b.im * r;
        C::new((a.re + a.im * r) / d, (a.im - a.re * r) / d)
    } else {
        let r = b.re / b.im;
        let d = b.re * r + b.im;
        C::new((a.re * r + a.im) / d, (a.im * r - a.re) / d)
    }
}

/// `dtrevc3`'s right eigenvector of T for the eigenvalue at `ki` (for a complex pair,
/// `ki` is the first row of its block), in complex arithmetic.
fn trevc(n: usize, t: &[f64], w: &[C], ki: usize, smin: f64) -> Vec<C> {
    let at = |i: usize, j: usize| t[i * n + j];
    let lam = w[ki];
    let mut x = vec![C::new(0.0, 0.0); n];
    let top; // rows above `top` are solved by back-substitution
    if lam.im == 0.0 {
        x[ki] = C::new(1.0, 0.0);
        top = ki;
    } else {
        let wi = lam.im;
        if at(ki, ki + 1).abs() >= at(ki + 1, ki).abs() {
            x[ki] = C::new(1.0, 0.0);
            x[ki + 1] = C::new(0.0, wi / at(ki, ki + 1));
        } else {
            x[ki] = C::new(-wi / at(ki + 1, ki), 0.0);
            x[ki + 1] = C::new(0.0, 1.0);
        }
        top = ki;
    }
    let last = if lam.im == 0.0 { ki } else { ki + 1 };
    // Right-hand side: minus the columns of the solved part.
    let mut rhs: Vec<C> = (0..top)
        .map(|j| -(top..=last).map(|c| x[c] * at(j, c)).sum::<C>())
        .collect();
    let mut j = top as isize - 1;
    while j >= 0 {
        let ju = j as usize;
        if ju > 0 && at(ju, ju - 1) != 0.0 {
            // A 2×2 block in rows ju-1, ju.
            let (p, q) = (ju - 1, ju);
            let m11 = C::new(at(p, p), 0.0) - lam;
            let m12 = C::new(at(p, q), 0.0);
            let m21 = C::new(at(q, p), 0.0);
            let m22 = C::new(at(q, q), 0.0) - lam;
            let mut det = m11 * m22 - m12 * m21;
            if det.norm() < smin {
                det = C::new(smin, 0.0);
            }
            let xp = cdiv(rhs[p] * m22 - m12 * rhs[q], det);
            let xq = cdiv(m11 * rhs[q] - m21 * rhs[p], det);
            x[p] = xp;
            x[q] = xq;
            for (r, v) in rhs.iter_mut().enumerate().take(p) {
                *v -= xp * at(r, p) + xq * at(r, q);
            }
            j -= 2;
        } else {
            let mut d = C::new(at(ju, ju), 0.0) - lam;
            if d.norm() < smin {
                d = C::new(smin, 0.0);
            }
            let xj = cdiv(rhs[ju], d);
            x[ju] = xj;
            for (r, v) in rhs.iter_mut().enumerate().take(ju) {
                *v -= xj * at(r, ju);
            }
            j -= 1;
        }
    }
    x
}

/// Eigenvalues and eigenvectors (columns of the row-major n×n result) of `a`, as `dgeev`.
pub fn eig(n: usize, a: &[f64]) -> Option<(Vec<C>, Vec<C>)> {
    let s = schur(n, a)?;
    let mut out = vec![C::new(0.0, 0.0); n * n];
    let mut ki = 0;
    while ki < n {
        let lam = s.w[ki];
        let smin = (ULP * (lam.re.abs() + lam.im.abs())).max(SAFMIN * (n as f64 / ULP));
        let x = trevc(n, &s.t, &s.w, ki, smin);
        // Back through Z and the balancing (dgebak: scale rows, then undo the swaps).
        let mut v: Vec<C> = (0..n)
            .map(|r| (0..n).map(|c| x[c] * s.z[r * n + c]).sum())
            .collect();
        // (dgebak skips the scaling when lo == hi: `scale` there holds a swap.)
        if s.lo != s.hi {
            for (r, vr) in v.iter_mut().enumerate().take(s.hi + 1).skip(s.lo) {
                *vr *= s.scale[r];
            }
        }
        let swaps = (0..s.lo).rev().chain(s.hi + 1..n);
        for i in swaps {
            let k = s.scale[i] as usize;
            if k != i {
                v.swap(i, k);
            }
        }
        // dtrevc3 scales by the largest |re| + |im| (x may hold 1/smin, whose square
        // overflows); dgeev: unit norm, a complex vector's largest component made real.
        let emax = v
            .iter()
            .map(|x| x.re.abs() + x.im.abs())
            .fold(0.0, f64::max);
        if emax > 0.0 && emax.is_finite() {
            for x in v.iter_mut() {
                *x /= emax;
            }
        }
        let nrm = v.iter().map(|x| x.norm_sqr()).sum::<f64>().sqrt();
        for x in v.iter_mut() {
            *x /= nrm;
        }
        if lam.im != 0.0 {
            let mut k = 0;
            for (i, x) in v.iter().enumerate() {
                if x.norm_sqr() > v[k].norm_sqr() {
                    k = i;
                }
            }
            let r = v[k].norm();
            let phase = if r == 0.0 {
                C::new(1.0, 0.0)
            } else {
                v[k].conj() / r * if v[k].re < 0.0 { -1.0 } else { 1.0 }
            };
            for x in v.iter_mut() {
                *x *= phase;
            }
            v[k] = C::new(v[k].re, 0.0);
        }
        for (r, x) in v.iter().enumerate() {
            out[r * n + ki] = *x;
            if lam.im != 0.0 {
                out[r * n + ki + 1] = x.conj();
            }
        }
        ki += if lam.im != 0.0 { 2 } else { 1 };
    }
    Some((s.w, out))
}
