//! Custom hooks: the hash route, and persistence of the answers to the address and storage.

pub mod use_persistence;
pub mod use_route;

pub use use_persistence::use_persistence;
pub use use_route::use_route;

/// The answers this tab last wrote to the address.
#[derive(Debug, Default)]
pub struct Written {
    pub last: String,
}
