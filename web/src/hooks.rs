//! Custom hooks: the hash route, persistence of the answers to the address and storage, and
//! whether a card has come near the viewport.

pub mod use_persistence;
pub mod use_route;
pub mod use_seen;

pub use use_persistence::use_persistence;
pub use use_route::use_route;
pub use use_seen::{use_printing, use_seen, Printing};

/// The answers this tab last wrote to the address.
#[derive(Debug, Default)]
pub struct Written {
    pub last: String,
}
