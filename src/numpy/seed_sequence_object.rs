//! `np.random.SeedSequence(entropy=None, *, spawn_key=(), pool_size=4)`: NumPy's entropy
//! mixer as an object (`.entropy`, `.spawn_key`, `.pool_size`, `.n_children_spawned`,
//! `generate_state(n, dtype)`, `spawn(n)`), bit for bit as `bit_generator.pyx` mixes
//! (`random::SeedSequence`); `default_rng(ss)` seeds a Generator from it.

use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::numpy::objects::HostObject;
use crate::numpy::random::SeedSequence;
use crate::value::args::{given, Args};
use crate::value::bigint::{big_of, normalize};
use crate::value::convert::{iter_values, to_dtype, to_i64};
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct SeedSeq {
    entropy: Value,
    words: Vec<u32>,
    spawn_key: Vec<Value>,
    children: Cell<usize>,
    pub seq: SeedSequence,
}

pub const METHODS: &[&str] = &["generate_state", "spawn"];

/// `_coerce_to_uint32_array` of an int or a sequence of ints: little-endian 32-bit words
/// of each, one after another (`[0]` for zero).
fn words_of(v: &Value) -> PyResult<Vec<u32>> {
    match v {
        Value::List(_) | Value::Tuple(_) => {
            let mut out = Vec::new();
            for x in iter_values(v)? {
                out.extend(words_of(&x)?);
            }
            Ok(out)
        }
        other => {
            let n = match other {
                Value::Scalar(d, n) if d.is_int() => Some(BigInt::from(n.as_f64() as i128)),
                _ => big_of(other),
            }
            .ok_or_else(|| {
                PyErr::type_err(
                    "SeedSequence expects int or sequence of ints for entropy not ".to_string()
                        + &crate::format::repr(other),
                )
            })?;
            if n.sign() == Sign::Minus {
                return Err(PyErr::value("expected non-negative integer"));
            }
            let (_, digits) = n.to_u32_digits();
            Ok(if digits.is_empty() { vec![0] } else { digits })
        }
    }
}

fn make(entropy: Value, words: Vec<u32>, spawn_key: Vec<Value>) -> PyResult<SeedSeq> {
    let key_words = words_of(&Value::tuple(spawn_key.clone()))?;
    Ok(SeedSeq {
        seq: SeedSequence::assembled(&words, &key_words),
        entropy,
        words,
        spawn_key,
        children: Cell::new(0),
    })
}

fn object(s: SeedSeq) -> Value {
    Value::Object(Rc::new(RefCell::new(HostObject::SeedSequence(s))))
}

/// `np.random.SeedSequence(...)`.
pub fn new(args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "SeedSequence",
        &["entropy", "spawn_key", "pool_size", "n_children_spawned"],
        0,
    )?;
    if let Some(p) = given(&a[2]) {
        if to_i64(p)? != 4 {
            return Err(PyErr::not_implemented(
                "arrsh: SeedSequence(pool_size=...) other than 4 is not supported",
            ));
        }
    }
    let entropy = match given(&a[0]) {
        None => normalize(BigInt::from(crate::numpy::random::fresh_entropy())),
        Some(v) => v.clone(),
    };
    let words = words_of(&entropy)?;
    let spawn_key = match given(&a[1]) {
        None => vec![],
        Some(k) => iter_values(k)?,
    };
    let s = make(entropy, words, spawn_key)?;
    if let Some(n) = given(&a[3]) {
        s.children.set(to_i64(n)?.max(0) as usize);
    }
    Ok(object(s))
}

impl SeedSeq {
    pub fn repr(&self) -> String {
        let mut s = format!(
            "SeedSequence(\n    entropy={},\n",
            crate::format::repr(&self.entropy)
        );
        if !self.spawn_key.is_empty() {
            s += &format!(
                "    spawn_key={},\n",
                crate::format::repr(&Value::tuple(self.spawn_key.clone()))
            );
        }
        if self.children.get() > 0 {
            s += &format!("    n_children_spawned={},\n", self.children.get());
        }
        s + ")"
    }

    pub fn attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "entropy" => self.entropy.clone(),
            "spawn_key" => Value::tuple(self.spawn_key.clone()),
            "pool_size" => Value::Int(4),
            "n_children_spawned" => Value::Int(self.children.get() as i128),
            "state" => Value::dict(crate::value::dict::PyDict::from(vec![
                (Value::str("entropy"), self.entropy.clone()),
                (
                    Value::str("spawn_key"),
                    Value::tuple(self.spawn_key.clone()),
                ),
                (Value::str("pool_size"), Value::Int(4)),
                (
                    Value::str("n_children_spawned"),
                    Value::Int(self.children.get() as i128),
                ),
            ])),
            _ => return None,
        })
    }

    pub fn method(&self, name: &str, args: &Args) -> PyResult<Value> {
        match name {
            "generate_state" => {
                let a = args.bind("generate_state", &["n_words", "dtype"], 1)?;
                let n = to_i64(a[0].as_ref().unwrap_or(&Value::None))?.max(0) as usize;
                let dtype = match given(&a[1]) {
                    None => crate::array::dtype::DType::U32,
                    Some(d) => to_dtype(d)?,
                };
                let arr = match dtype {
                    crate::array::dtype::DType::U32 => {
                        NdArray::from_vec(self.seq.generate_state_u32(n), &[n])?
                    }
                    crate::array::dtype::DType::U64 => {
                        NdArray::from_vec(self.seq.generate_state_u64(n), &[n])?
                    }
                    _ => return Err(PyErr::value("only support uint32 or uint64")),
                };
                Ok(Value::Array(Rc::new(arr)))
            }
            _ => {
                let a = args.bind("spawn", &["n_children"], 1)?;
                let n = to_i64(a[0].as_ref().unwrap_or(&Value::None))?.max(0) as usize;
                let start = self.children.get();
                let kids = (start..start + n)
                    .map(|i| {
                        let mut key = self.spawn_key.clone();
                        key.push(Value::Int(i as i128));
                        make(self.entropy.clone(), self.words.clone(), key).map(object)
                    })
                    .collect::<PyResult<Vec<_>>>()?;
                self.children.set(start + n);
                Ok(Value::list(kids))
            }
        }
    }
}
