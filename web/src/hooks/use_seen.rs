//! Whether an element has come near the viewport yet. The results page builds a card's full
//! content (conditions, clauses, formula, the questions that would decide it) only once the card
//! is within a screen or so of being seen; before that it shows the card's head and amount. An
//! answer then redraws in full only the cards near the viewport: the others stay light.

use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// True once the element behind `node` has been within `crate::browser::NEAR` of the viewport,
/// and from then on. True at once where the browser cannot tell (no IntersectionObserver).
#[hook]
pub fn use_seen(node: &NodeRef) -> bool {
    let seen = use_state(|| false);
    {
        let seen = seen.clone();
        let node = node.clone();
        use_effect_with((), move |_| {
            let done = Rc::new(Cell::new(false));
            let on_seen = {
                let done = done.clone();
                move || {
                    if !done.replace(true) {
                        seen.set(true);
                    }
                }
            };
            let watch = node
                .cast::<web_sys::Element>()
                .and_then(|el| crate::browser::watch_near(&el, on_seen.clone()));
            if watch.is_none() {
                on_seen();
            }
            move || drop(watch)
        });
    }
    *seen
}

/// Whether the page is being printed: every card is then built in full. Provided by the app,
/// which sets it on `beforeprint` and clears it on `afterprint`; the print button sets it first
/// and prints in the next task, once the cards are built.
#[derive(Clone, PartialEq)]
pub struct Printing {
    pub on: bool,
    pub set: UseStateSetter<bool>,
}

/// The app's `Printing`, kept in step with the browser's print events.
#[hook]
pub fn use_printing() -> Printing {
    let on = use_state_eq(|| false);
    {
        let set = on.setter();
        use_effect_with((), move |_| {
            let before = set.clone();
            let watch = crate::browser::on_print(move || before.set(true), move || set.set(false));
            move || drop(watch)
        });
    }
    Printing {
        on: *on,
        set: on.setter(),
    }
}
