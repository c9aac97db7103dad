//! Whether the page is being printed: every card is then built in full, since a card far from
//! the viewport shows only its head and amount (see `components::card::CardEvent::Near`).

use yew::prelude::*;

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
