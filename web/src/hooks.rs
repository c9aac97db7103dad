//! Custom hooks: the hash route, persistence of the answers to the address and storage, and
//! whether a card has come near the viewport.

pub mod use_persistence;
pub mod use_route;
pub mod use_seen;

pub use use_persistence::use_persistence;
pub use use_route::use_route;
pub use use_seen::{use_printing, use_seen, Printing};

/// The link (answers, date, language) of the app's latest state, noted when the state changes;
/// written to the address when the browser is idle (see `use_persistence`).
#[derive(Debug, Default)]
pub struct Written {
    pub current: String,
}
