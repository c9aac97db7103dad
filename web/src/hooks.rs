//! Custom hooks: the hash route, persistence of the answers to the address and storage, and
//! whether the page is being printed.

pub mod use_persistence;
pub mod use_printing;
pub mod use_route;

pub use use_persistence::use_persistence;
pub use use_printing::{use_printing, Printing};
pub use use_route::use_route;

/// The answers, date and language of the app's latest state, noted when the state changes;
/// written to the address when the browser is idle (see `use_persistence`).
#[derive(Debug, Default)]
pub struct Written {
    pub latest: Option<std::rc::Rc<crate::codec::Shared>>,
}

impl Written {
    /// The latest state's link payload ("" before the first state is noted). Encoded here, on a
    /// hashchange, rather than on every change of the state.
    pub fn current_link(&self) -> String {
        self.latest
            .as_deref()
            .map(crate::codec::encode)
            .unwrap_or_default()
    }
}
