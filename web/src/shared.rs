//! [`Shared`]: a value shared between the state and the components, equal
//! only to itself. Yew compares props on every render; comparing a whole
//! agenda (hundreds of projects) would cost as much as rendering it, so
//! props carry the agenda as a `Shared` and compare it by pointer. Every
//! change makes a new agenda, so a changed agenda is never taken for the
//! old one.

use std::fmt;
use std::ops::Deref;
use std::rc::Rc;

/// A shared, immutable value compared by identity.
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    /// Shares `value`.
    pub fn new(value: T) -> Self {
        Self(Rc::new(value))
    }
}

impl<T> Shared<T> {
    /// The value's `Rc`, for the platform layer (which keeps what it
    /// saved without copying it and knows no `Shared`).
    pub fn rc(&self) -> Rc<T> {
        Rc::clone(&self.0)
    }
}

impl<T> From<Rc<T>> for Shared<T> {
    /// Shares a value already behind an `Rc` (e.g. the stored agenda the
    /// platform layer keeps), without copying it.
    fn from(value: Rc<T>) -> Self {
        Self(value)
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Self(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> AsRef<T> for Shared<T> {
    fn as_ref(&self) -> &T {
        &self.0
    }
}

impl<T: Default> Default for Shared<T> {
    fn default() -> Self {
        Self::new(T::default())
    }
}

impl<T: fmt::Debug> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<T> From<T> for Shared<T> {
    fn from(value: T) -> Self {
        Self::new(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_only_to_itself() {
        let a = Shared::new(vec![1, 2]);
        assert_eq!(a, a.clone());
        assert_ne!(a, Shared::new(vec![1, 2]), "same content, another value");
    }
}
