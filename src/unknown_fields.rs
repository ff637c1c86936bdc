//! [`UnknownFields`]: the fields of a JSON object that this version does not model, kept so that
//! a layout read from JSON (the Flex Message Simulator, a file, a database) is sent as it came.

use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::ser::{self, SerializeMap, SerializeStruct};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// Fields of a JSON object that this version does not model, in the order they came.
///
/// LINE adds properties to flex components from time to time. A flex object read from JSON
/// (every component, bubble, carousel, block style and linear gradient has an
/// `unknown_fields`) keeps the ones this version does not know here, and writes them back after
/// the fields it models, so nothing a layout carries is lost on the way to LINE. The value of an
/// optional keyword property that this version does not model (`"size": "12.5px"`, a keyword LINE
/// adds later) is kept here too, under the property's name, and judged by
/// [`validate()`](crate::validate::Validate::validate).
///
/// Built objects start with none; [`insert`](Self::insert), or the `unknown_field` setter of
/// every flex component and builder, adds one by hand (a property or a value LINE documents that
/// this version does not model yet). [`lint`](crate::lint) names
/// each unknown property, since a misspelt one lands here too.
///
/// The object's `type` (its tag) is never held here: the object writes it itself.
///
/// It is one pointer wide, and allocates only when it holds something.
///
/// ```
/// use linebot::message::flex::FlexComponent;
///
/// let json = r#"{"type":"text","text":"Hi","fontFeature":"tnum"}"#;
/// let text: FlexComponent = serde_json::from_str(json)?;
/// let FlexComponent::Text(t) = &text else { unreachable!() };
/// assert_eq!(t.unknown_fields.get("fontFeature"), Some(&"tnum".into()));
/// assert_eq!(serde_json::to_string(&text)?, json);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct UnknownFields(
    // `None` when there are none: a held vector is never empty, so equality is the derive's.
    #[allow(
        clippy::box_collection,
        reason = "one pointer wide, so that every flex object pays 8 bytes for what it rarely has"
    )]
    Option<Box<Vec<(String, Value)>>>,
);

impl UnknownFields {
    /// No fields.
    pub const fn new() -> Self {
        UnknownFields(None)
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    /// How many there are.
    pub fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |v| v.len())
    }

    /// The value of the field `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// The fields, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.0
            .iter()
            .flat_map(|v| v.iter())
            .map(|(n, v)| (n.as_str(), v))
    }

    /// Sets the field `name` (in its place if it is there, last if not), returning the value it
    /// replaced.
    ///
    /// The field is written as given, after the modelled ones: for a property this version
    /// models, set the object's own field instead, or the name is written twice (`lint()` warns
    /// of that).
    pub fn insert(&mut self, name: impl Into<String>, value: impl Into<Value>) -> Option<Value> {
        let (name, value) = (name.into(), value.into());
        let fields = self.0.get_or_insert_with(Box::default);
        match fields.iter_mut().find(|(n, _)| *n == name) {
            Some((_, old)) => Some(std::mem::replace(old, value)),
            None => {
                fields.push((name, value));
                None
            }
        }
    }

    /// Removes the field `name`, returning its value.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        let fields = self.0.as_mut()?;
        let at = fields.iter().position(|(n, _)| n == name)?;
        let (_, value) = fields.remove(at);
        if fields.is_empty() {
            self.0 = None;
        }
        Some(value)
    }
}

impl fmt::Debug for UnknownFields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// Written as the entries of a map: flattened into the object that holds them.
impl Serialize for UnknownFields {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

/// Read from the entries of a map: the object's fields that no modelled field took, minus its
/// `type`.
impl<'de> Deserialize<'de> for UnknownFields {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Fields;

        impl<'de> Visitor<'de> for Fields {
            type Value = UnknownFields;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<UnknownFields, A::Error> {
                let mut fields = UnknownFields::new();
                while let Some(name) = map.next_key::<String>()? {
                    let value: Value = map.next_value()?;
                    if name != "type" {
                        fields.insert(name, value);
                    }
                }
                Ok(fields)
            }
        }

        deserializer.deserialize_map(Fields)
    }
}

/// Writes an object with `write` (its derived `Serialize`) as a map, with `fields` after its own:
/// kept out of line, so that the common path stays as small as the derive's.
#[cold]
#[inline(never)]
pub(crate) fn appending<'a, S: Serializer>(
    fields: &'a UnknownFields,
    serializer: S,
    write: impl FnOnce(Appending<'a, S>) -> Result<S::Ok, S::Error>,
) -> Result<S::Ok, S::Error> {
    write(Appending {
        delegate: serializer,
        fields,
    })
}

/// Writes a struct as a map, with `fields` after its own.
pub(crate) struct Appending<'a, S> {
    delegate: S,
    fields: &'a UnknownFields,
}

#[cold]
fn not_an_object<E: ser::Error>(what: &str) -> E {
    E::custom(format_args!(
        "unknown fields belong to an object, not {what}"
    ))
}

impl<'a, S: Serializer> Serializer for Appending<'a, S> {
    type Ok = S::Ok;
    type Error = S::Error;

    type SerializeMap = Entries<'a, S::SerializeMap>;
    type SerializeStruct = Entries<'a, S::SerializeMap>;

    crate::tagged::refuse_other_shapes!(not_an_object::<S::Error>);

    fn serialize_unit(self) -> Result<S::Ok, S::Error> {
        SerializeMap::end(self.serialize_map(Some(0))?)
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        let len = len.map(|len| len + self.fields.len());
        Ok(Entries {
            map: self.delegate.serialize_map(len)?,
            fields: self.fields,
        })
    }

    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Self::SerializeMap, S::Error> {
        self.serialize_map(Some(len))
    }
}

/// The entries of an [`Appending`] object: its own, then the unknown fields.
pub(crate) struct Entries<'a, M> {
    map: M,
    fields: &'a UnknownFields,
}

impl<M: SerializeMap> Entries<'_, M> {
    fn finish(mut self) -> Result<M::Ok, M::Error> {
        for (name, value) in self.fields.iter() {
            self.map.serialize_entry(name, value)?;
        }
        self.map.end()
    }
}

impl<M: SerializeMap> SerializeMap for Entries<'_, M> {
    type Ok = M::Ok;
    type Error = M::Error;

    fn serialize_key<K: Serialize + ?Sized>(&mut self, key: &K) -> Result<(), M::Error> {
        self.map.serialize_key(key)
    }

    fn serialize_value<V: Serialize + ?Sized>(&mut self, value: &V) -> Result<(), M::Error> {
        self.map.serialize_value(value)
    }

    fn end(self) -> Result<M::Ok, M::Error> {
        self.finish()
    }
}

impl<M: SerializeMap> SerializeStruct for Entries<'_, M> {
    type Ok = M::Ok;
    type Error = M::Error;

    fn serialize_field<V: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &V,
    ) -> Result<(), M::Error> {
        self.map.serialize_entry(key, value)
    }

    fn end(self) -> Result<M::Ok, M::Error> {
        self.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_replaces_in_place_and_remove_takes_out() {
        let mut f = UnknownFields::new();
        assert!(f.is_empty());
        assert_eq!(f.insert("a", 1), None);
        assert_eq!(f.insert("b", 2), None);
        assert_eq!(f.insert("a", 3), Some(1.into()));
        assert_eq!(
            f.iter().collect::<Vec<_>>(),
            [("a", &3.into()), ("b", &2.into())]
        );
        assert_eq!(f.remove("a"), Some(3.into()));
        assert_eq!(f.remove("a"), None);
        assert_eq!(f.len(), 1);
        assert_eq!(format!("{f:?}"), r#"{"b": Number(2)}"#);
        // Standing alone, they are written as an object.
        assert_eq!(serde_json::to_string(&f).unwrap(), r#"{"b":2}"#);
        assert_eq!(crate::json::to_string(&f).unwrap(), r#"{"b":2}"#);
    }
}
