//! The typed model straight from the reader's tree: a serde `Deserializer` over
//! [`Node`], so a valid document becomes a [`CreateCustomerRequest`](crate::CreateCustomerRequest)
//! (or response) without building a `serde_json::Value` first.
//!
//! It answers as `serde_json::from_value` would for the same document: numbers are doubles,
//! strings are borrowed where the text had no escape, and the first of repeated member
//! names wins (a document with repeated names is never valid, so that case is theoretical).

use crate::document::{Member, Node, Value};
use serde::de::{
    self, value::Error, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor,
};
use serde::forward_to_deserialize_any;

/// A deserializer over one node of the tree.
pub struct NodeDeserializer<'n, 'a>(pub &'n Node<'a>);

/// `T` from the tree.
pub fn from_node<'a, T: de::Deserialize<'a>>(node: &Node<'a>) -> Result<T, Error> {
    T::deserialize(NodeDeserializer(node))
}

impl<'de> de::Deserializer<'de> for NodeDeserializer<'_, 'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match &self.0.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(text) => visitor.visit_f64(crate::number::parse(text)),
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Array(items) => visitor.visit_seq(Items(items.iter())),
            Value::Object(members) => visitor.visit_map(Members {
                all: members,
                next: 0,
                value: None,
            }),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match &self.0.value {
            // Unit variants are written as their names.
            Value::String(s) => visitor.visit_enum(s.into_deserializer()),
            _ => Err(de::Error::invalid_type(
                de::Unexpected::Other("a non-string value"),
                &"a string naming a variant",
            )),
        }
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct identifier ignored_any
    }
}

struct Items<'n, 'a>(std::slice::Iter<'n, Node<'a>>);

impl<'de> SeqAccess<'de> for Items<'_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        self.0
            .next()
            .map(|n| seed.deserialize(NodeDeserializer(n)))
            .transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct Members<'n, 'a> {
    all: &'n [Member<'a>],
    next: usize,
    value: Option<&'n Node<'a>>,
}

impl<'de> MapAccess<'de> for Members<'_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        while let Some(m) = self.all.get(self.next) {
            let seen = self.all.get(..self.next).unwrap_or_default();
            self.next += 1;
            if seen.iter().any(|earlier| earlier.name == m.name) {
                continue; // the first of repeated names wins
            }
            self.value = Some(&m.value);
            return seed.deserialize(BorrowedKey(m.name)).map(Some);
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        match self.value.take() {
            Some(node) => seed.deserialize(NodeDeserializer(node)),
            None => Err(de::Error::custom("a value was asked for before its name")),
        }
    }
}

/// A member name borrowed from the input.
struct BorrowedKey<'a>(&'a str);

impl<'de> de::Deserializer<'de> for BorrowedKey<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_borrowed_str(self.0)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Bump;

    fn parse(bytes: &[u8]) -> Result<Node<'static>, crate::document::ParseError> {
        let bytes: &'static [u8] = Box::leak(bytes.to_vec().into_boxed_slice());
        crate::document::parse(bytes, Box::leak(Box::new(Bump::new())))
    }

    /// The tree deserializer gives what `serde_json::from_value` gives, for the bundled
    /// examples and every valid fixture.
    #[test]
    fn same_model_as_serde_json() {
        let mut texts = vec![include_str!("../examples/request.json").to_owned()];
        let fixtures: serde_json::Value =
            serde_json::from_str(include_str!("../tests/fixtures/valid.json")).unwrap();
        for case in fixtures["cases"].as_array().into_iter().flatten() {
            if let Some(doc) = case.get("document") {
                texts.push(doc.to_string());
            }
        }
        assert!(texts.len() > 2);
        for text in texts {
            let node = parse(text.as_bytes()).unwrap();
            let value: serde_json::Value = serde_json::from_str(&text).unwrap();
            let ours = from_node::<crate::CreateCustomerRequest>(&node).map_err(|e| e.to_string());
            let theirs = serde_json::from_value::<crate::CreateCustomerRequest>(value)
                .map_err(|e| e.to_string());
            assert_eq!(ours.is_ok(), theirs.is_ok(), "{text}");
            if let (Ok(a), Ok(b)) = (ours, theirs) {
                assert_eq!(a, b);
            }
        }
    }

    #[test]
    fn repeated_names_first_wins_and_wrong_types_fail() {
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct T {
            a: Option<String>,
            b: f64,
        }
        let node = parse(br#"{"a": "x", "b": 1.5, "a": "y"}"#).unwrap();
        assert_eq!(
            from_node::<T>(&node).unwrap(),
            T {
                a: Some("x".into()),
                b: 1.5
            }
        );
        let node = parse(br#"{"a": null, "b": 2}"#).unwrap();
        assert_eq!(from_node::<T>(&node).unwrap(), T { a: None, b: 2.0 });
        let node = parse(br#"{"a": 1, "b": 2}"#).unwrap();
        assert!(from_node::<T>(&node).is_err());
    }
}
