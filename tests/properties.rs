//! Property tests (proptest) of the array model, each checked against a model computed
//! here in Rust the slow way rather than against arrsh's own code:
//! - a basic index (ints, slices with any step, `None`, `...`) gives the shape and the
//!   elements Python's slice rules pick, as a view that writes reach the base through;
//! - transpose, swapaxes and reshape round-trip to the same shape, strides and memory;
//! - `as_strided` is refused exactly when the view would leave its buffer, and otherwise
//!   reads the elements its strides name;
//! - an in-place operation whose operands overlap equals the same operation on copies
//!   (NumPy's rule since 1.13);
//! - `view(dtype)` and back is the identity on bytes, native and non-native byte orders.
//!
//! Each case runs a few statements in a fresh session and compares what they print.

use arrsh::Session;
use proptest::prelude::*;

/// Run `src`; return its output, or `Class: message` of the first error.
fn run(src: &str) -> String {
    let mut s = Session::new();
    let mut out = String::new();
    s.run(src, false, |r| {
        out.push_str(&r.stdout);
        if let Some(e) = &r.error {
            out.push_str(&format!("{}: {}\n", e.class, e.msg));
        }
    });
    out
}

fn py_list(v: &[i64]) -> String {
    let items: Vec<String> = v.iter().map(|x| x.to_string()).collect();
    format!("[{}]", items.join(", "))
}

fn py_tuple(v: &[i64]) -> String {
    match v.len() {
        1 => format!("({},)", v[0]),
        _ => format!("({})", py_list(v).trim_matches(['[', ']'])),
    }
}

/// Python's `range(*slice(start, stop, step).indices(len))`.
fn slice_positions(start: Option<i64>, stop: Option<i64>, step: i64, len: i64) -> Vec<i64> {
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: i64| {
        if v < 0 {
            (v + len).max(lower)
        } else {
            v.min(upper)
        }
    };
    let start = start.map_or(if step < 0 { upper } else { lower }, clamp);
    let stop = stop.map_or(if step < 0 { lower } else { upper }, clamp);
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i);
        i += step;
    }
    out
}

#[derive(Debug, Clone)]
enum Item {
    Int(i64),
    Slice(Option<i64>, Option<i64>, i64),
    NewAxis,
    Ellipsis,
}

fn item() -> impl Strategy<Value = Item> {
    let bound = || prop::option::of(-7i64..7);
    prop_oneof![
        (-6i64..6).prop_map(Item::Int),
        (bound(), bound(), prop_oneof![-3i64..0, 1i64..4])
            .prop_map(|(a, b, s)| Item::Slice(a, b, s)),
        Just(Item::NewAxis),
        Just(Item::Ellipsis),
    ]
}

fn item_text(it: &Item) -> String {
    let opt = |v: &Option<i64>| v.map(|x| x.to_string()).unwrap_or_default();
    match it {
        Item::Int(i) => i.to_string(),
        Item::Slice(a, b, s) => format!("{}:{}:{}", opt(a), opt(b), s),
        Item::NewAxis => "None".to_string(),
        Item::Ellipsis => "...".to_string(),
    }
}

/// The index's result in the model: its shape and the flat positions of its elements in
/// the C-ordered base, or None when Python would raise (an int out of range, two `...`,
/// more indices than axes).
fn model(shape: &[i64], items: &[Item]) -> Option<(Vec<i64>, Vec<i64>)> {
    let consuming = items
        .iter()
        .filter(|i| matches!(i, Item::Int(_) | Item::Slice(..)))
        .count();
    let ellipses = items.iter().filter(|i| matches!(i, Item::Ellipsis)).count();
    if ellipses > 1 || consuming > shape.len() {
        return None;
    }
    // Expand `...` (or the implicit trailing one) into full slices.
    let fill = shape.len() - consuming;
    let mut full: Vec<Item> = Vec::new();
    for it in items {
        if matches!(it, Item::Ellipsis) {
            full.extend((0..fill).map(|_| Item::Slice(None, None, 1)));
        } else {
            full.push(it.clone());
        }
    }
    if ellipses == 0 {
        full.extend((0..fill).map(|_| Item::Slice(None, None, 1)));
    }
    let mut c_strides = vec![1i64; shape.len()];
    for d in (0..shape.len().saturating_sub(1)).rev() {
        c_strides[d] = c_strides[d + 1] * shape[d + 1];
    }
    // Each output axis is a list of offsets; ints add a fixed offset.
    let mut base = 0i64;
    let mut axes: Vec<Vec<i64>> = Vec::new();
    let mut dim = 0;
    for it in &full {
        match it {
            Item::Int(i) => {
                let len = shape[dim];
                let i = if *i < 0 { i + len } else { *i };
                if i < 0 || i >= len {
                    return None;
                }
                base += i * c_strides[dim];
                dim += 1;
            }
            Item::Slice(a, b, s) => {
                let pos = slice_positions(*a, *b, *s, shape[dim]);
                axes.push(pos.iter().map(|p| p * c_strides[dim]).collect());
                dim += 1;
            }
            Item::NewAxis => axes.push(vec![0]),
            Item::Ellipsis => {}
        }
    }
    let out_shape: Vec<i64> = axes.iter().map(|a| a.len() as i64).collect();
    let mut flat = vec![base];
    for a in &axes {
        flat = flat
            .iter()
            .flat_map(|f| a.iter().map(move |o| f + o))
            .collect();
    }
    Some((out_shape, flat))
}

fn shape() -> impl Strategy<Value = Vec<i64>> {
    prop::collection::vec(0i64..5, 0..4)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn basic_index_is_the_slow_gather_and_a_view(
        shape in shape(),
        items in prop::collection::vec(item(), 0..5),
        dtype in prop::sample::select(vec!["int64", "int8", "float32", ">i4", "uint16"]),
    ) {
        let size: i64 = shape.iter().product();
        let idx: Vec<String> = items.iter().map(item_text).collect();
        let idx = if idx.is_empty() { "()".to_string() } else { idx.join(", ") };
        let setup = format!(
            "a = np.arange({size}).reshape({}).astype('{dtype}')\n",
            py_tuple(&shape)
        );
        let got = run(&format!(
            "{setup}v = a[{idx}]\nprint(v.shape, v.ravel().astype(np.int64).tolist())\n"
        ));
        match model(&shape, &items) {
            None => prop_assert!(got.contains("Error: "), "a[{}] should fail: {}", idx, got),
            Some((out_shape, flat)) => {
                prop_assert_eq!(
                    got,
                    format!("{} {}\n", py_tuple(&out_shape), py_list(&flat)),
                    "a[{}] of shape {:?}", idx, shape
                );
                // A view unless every index is an int: writes reach the base.
                if items.iter().any(|i| !matches!(i, Item::Int(_))) {
                    let got = run(&format!(
                        "{setup}v = a[{idx}]\nv[...] = 99\n\
                         print(np.flatnonzero(a.ravel() == 99).tolist())\n"
                    ));
                    let mut want = flat.clone();
                    want.sort_unstable();
                    want.dedup();
                    prop_assert_eq!(got, format!("{}\n", py_list(&want)));
                }
            }
        }
    }

    #[test]
    fn transpose_swapaxes_reshape_round_trip(
        shape in prop::collection::vec(1i64..5, 1..5),
        seed in any::<u64>(),
        step in 1i64..3,
    ) {
        let n = shape.len();
        // A permutation and its inverse from the seed.
        let mut perm: Vec<usize> = (0..n).collect();
        let mut s = seed;
        for i in (1..n).rev() {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            perm.swap(i, (s >> 33) as usize % (i + 1));
        }
        let mut inv = vec![0usize; n];
        for (i, p) in perm.iter().enumerate() {
            inv[*p] = i;
        }
        let t = |v: &[usize]| py_tuple(&v.iter().map(|x| *x as i64).collect::<Vec<_>>());
        let (i, j) = ((seed % n as u64) as usize, ((seed >> 8) % n as u64) as usize);
        let size: i64 = shape.iter().product();
        let src = format!(
            "a = np.arange({}).reshape({})[..., ::{step}]\n\
             addr = lambda z: z.__array_interface__['data'][0]\n\
             b = a.transpose({}).transpose({})\n\
             c = a.swapaxes({i}, {j}).swapaxes({i}, {j})\n\
             d = a.reshape(-1).reshape(a.shape)\n\
             for z in (b, c, d):\n    \
                 print(z.shape == a.shape, z.strides == a.strides or z is d, \
                       np.array_equal(z, a), addr(z) == addr(a) or z is d)\n",
            size * step,
            py_tuple(&shape.iter().enumerate()
                .map(|(k, d)| if k + 1 == n { d * step } else { *d })
                .collect::<Vec<_>>()),
            t(&perm),
            t(&inv),
        );
        let got = run(&src);
        prop_assert_eq!(got, "True True True True\n".repeat(3), "{}", src);
    }

    #[test]
    fn as_strided_refuses_exactly_what_leaves_the_buffer(
        n in 1i64..24,
        wide in any::<bool>(),
        dims in prop::collection::vec((0i64..5, -3i64..4), 0..4),
        start in 0i64..24,
    ) {
        let item = if wide { 8 } else { 2 };
        let start = start % n;
        let shape: Vec<i64> = dims.iter().map(|d| d.0).collect();
        let strides: Vec<i64> = dims.iter().map(|d| d.1 * item).collect();
        let src = format!(
            "from numpy.lib.stride_tricks import as_strided\n\
             a = np.arange({n}, dtype=np.int{})\n\
             v = as_strided(a[{start}:], shape={}, strides={})\n\
             print(v.ravel().tolist())\n",
            item * 8,
            py_tuple(&shape),
            py_tuple(&strides),
        );
        let got = run(&src);
        // The model: the element offsets every index reaches, from `start`.
        let mut offsets = vec![start];
        for (d, s) in shape.iter().zip(&dims) {
            offsets = offsets
                .iter()
                .flat_map(|o| (0..*d).map(move |k| o + k * s.1))
                .collect();
        }
        if offsets.iter().all(|o| (0..n).contains(o)) {
            prop_assert_eq!(got, format!("{}\n", py_list(&offsets)), "{}", src);
        } else {
            prop_assert!(
                got.starts_with("ValueError: arrsh refuses a view that reaches outside"),
                "{} gave {}", src, got
            );
        }
    }

    #[test]
    fn overlapping_in_place_equals_the_same_on_copies(
        n in 1i64..40,
        k in 0i64..20,
        (s1, t1, s2, t2) in (0i64..40, prop_oneof![-3i64..0, 1i64..4], 0i64..40, prop_oneof![-3i64..0, 1i64..4]),
        op in prop::sample::select(vec!["+=", "-=", "*=", "//="]),
        dtype in prop::sample::select(vec!["int64", "float64", "int16"]),
    ) {
        // Two slices of `k` elements each inside `n` (k shrinks to what fits).
        let fit = |s: i64, t: i64| {
            let s = s % n;
            let room = if t > 0 { (n - 1 - s) / t + 1 } else { s / -t + 1 };
            (s, room)
        };
        let (s1, r1) = fit(s1, t1);
        let (s2, r2) = fit(s2, t2);
        let k = k.min(r1).min(r2);
        let sl = |s: i64, t: i64| {
            let stop = s + t * k;
            if stop < 0 { format!("{s}::{t}") } else { format!("{s}:{stop}:{t}") }
        };
        let (a1, a2) = (sl(s1, t1), sl(s2, t2));
        let src = format!(
            "a = (np.arange({n}) % 7 + 1).astype('{dtype}')\n\
             b = a.copy()\n\
             a[{a1}] {op} a[{a2}]\n\
             b[{a1}] {op} b[{a2}].copy()\n\
             print(a[{a1}].shape == ({k},), np.array_equal(a, b))\n"
        );
        prop_assert_eq!(run(&src), "True True\n", "{}", src);
    }

    #[test]
    fn view_dtype_and_back_is_identity_on_bytes(
        rows in 0i64..4,
        words in 1i64..4,
        from in prop::sample::select(vec!["u1", "<i2", ">i2", "<f4", ">u4", "<f8", ">i8", "<c8"]),
        to in prop::sample::select(vec!["u1", "<u2", ">f2", ">i4", "<f4", ">f8", "<i8", ">c16"]),
    ) {
        let src = format!(
            "a = (np.arange({}) * 37 % 256).astype(np.uint8).reshape({rows}, {})\n\
             x = a.view('{from}')\n\
             y = x.view('{to}').view('{from}')\n\
             print(y.shape == x.shape, y.dtype == x.dtype, y.tobytes() == a.tobytes())\n",
            rows * words * 16,
            words * 16,
        );
        prop_assert_eq!(run(&src), "True True True\n", "{}", src);
    }
}
