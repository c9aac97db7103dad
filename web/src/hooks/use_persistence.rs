//! Writes the answers to the address (without a history entry) and to localStorage after every
//! change, and keeps `<html lang>` and the title in step with the language.

use crate::codec::{encode, split_hash};
use crate::hooks::Written;
use crate::state::State;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[hook]
pub fn use_persistence(state: &State, written: Rc<RefCell<Written>>) {
    let shared = Rc::new(state.shared());
    // Written when the browser is idle after the re-render and its frame: the address and storage
    // writes took a few milliseconds of each answer at 4x throttling. The state's answers are
    // noted at once (`Written::latest`), so the route hook always compares an address with the
    // latest answers, not with the last ones written. When idle: a state that a newer one replaced
    // meanwhile writes nothing (the newer one will); the address is updated only if nothing
    // navigated since the change (it is as it was then) or it holds no answers (a page link such
    // as #/catalog). A link opened in between is left for the route hook: overwriting it raced
    // the hashchange that opens it, and the link could be lost.
    use_effect_with(state.revision, move |_| {
        written.borrow_mut().latest = Some(shared.clone());
        let at_effect = crate::browser::hash();
        crate::browser::when_idle(move || {
            if !written
                .borrow()
                .latest
                .as_ref()
                .is_some_and(|l| Rc::ptr_eq(l, &shared))
            {
                return;
            }
            let payload = encode(&shared);
            let h = crate::browser::hash();
            let (path, current) = split_hash(&h);
            if (current.is_none() || h == at_effect) && current != Some(payload.as_str()) {
                let path = if path.is_empty() { "/" } else { path };
                crate::browser::replace_hash(&format!("#{path}?{payload}"));
            }
            crate::browser::save(crate::persist::KEY, &crate::persist::to_json(&shared));
        });
    });
    let lang = state.shown_lang();
    use_effect_with(lang, move |lang| {
        crate::browser::set_html_lang(
            lang.html(),
            lang.s("中关村支持资金自评", "Zhongguancun support fund self-check"),
        );
    });
}
