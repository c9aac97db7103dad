//! Small maps and sets keyed by fact id, kept as sorted vectors.
//!
//! The state holds a few dozen entries at most (answers "不确定", typed drafts, refusals), and a
//! sorted vector does all a map must here — lookups, ordered iteration for links and storage —
//! with a fraction of the code a `BTreeMap` adds to the wasm for each key and value type.

use serde::{Serialize, Serializer};

/// A map from fact ids to values, in id order.
#[derive(Debug, Clone, PartialEq)]
pub struct IdMap<V>(Vec<(String, V)>);

impl<V> Default for IdMap<V> {
    fn default() -> Self {
        IdMap(Vec::new())
    }
}

impl<V> IdMap<V> {
    pub fn new() -> Self {
        IdMap(Vec::new())
    }

    fn find(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(id))
    }

    pub fn get(&self, id: &str) -> Option<&V> {
        self.find(id).ok().map(|i| &self.0[i].1)
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.find(id).is_ok()
    }

    /// Sets the value for `id`, returning the one it replaces.
    pub fn insert(&mut self, id: String, v: V) -> Option<V> {
        match self.find(&id) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, v)),
            Err(i) => {
                self.0.insert(i, (id, v));
                None
            }
        }
    }

    pub fn remove(&mut self, id: &str) -> Option<V> {
        self.find(id).ok().map(|i| self.0.remove(i).1)
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn len(&self) -> u32 {
        self.0.len() as u32
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The entries in id order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

/// A set of fact ids, in id order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IdSet(IdMap<()>);

impl IdSet {
    pub fn new() -> Self {
        IdSet(IdMap::new())
    }

    pub fn contains(&self, id: &str) -> bool {
        self.0.contains_key(id)
    }

    /// Adds `id`; true if it was not there.
    pub fn insert(&mut self, id: String) -> bool {
        self.0.insert(id, ()).is_none()
    }

    /// Takes `id` out; true if it was there.
    pub fn remove(&mut self, id: &str) -> bool {
        self.0.remove(id).is_some()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn len(&self) -> u32 {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The ids in order.
    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }
}

impl<'a> IntoIterator for &'a IdSet {
    type Item = &'a String;
    type IntoIter =
        std::iter::Map<std::slice::Iter<'a, (String, ())>, fn(&'a (String, ())) -> &'a String>;
    fn into_iter(self) -> Self::IntoIter {
        self.0 .0.iter().map(|(k, _)| k)
    }
}

impl FromIterator<String> for IdSet {
    fn from_iter<I: IntoIterator<Item = String>>(items: I) -> Self {
        let mut s = IdSet::new();
        for id in items {
            s.insert(id);
        }
        s
    }
}

/// A JSON array of ids, in order (as storage writes the answers "不确定").
impl Serialize for IdSet {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}
