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
    let shared = state.shared();
    // Written when the browser is idle after the re-render and its frame: the address and storage
    // writes took a few milliseconds of each answer at 4x throttling. In between, the address
    // may have changed: a page link (no answers in it, or the answers this tab wrote) gets the
    // answers on its own path; a link with other answers (pasted into the address bar) is left
    // alone for the route hook to open.
    use_effect_with(state.revision, move |_| {
        let at_effect = crate::browser::hash();
        crate::browser::when_idle(move || {
            let payload = encode(&shared);
            let h = crate::browser::hash();
            let (path, current) = split_hash(&h);
            let last = written.borrow().last.clone();
            let ours = match current {
                None => true,
                Some(c) => c == payload || c == last || Some(c) == split_hash(&at_effect).1,
            };
            if ours && current != Some(payload.as_str()) {
                let path = if path.is_empty() { "/" } else { path };
                crate::browser::replace_hash(&format!("#{path}?{payload}"));
            }
            written.borrow_mut().last = payload;
            crate::browser::save(crate::persist::KEY, &crate::persist::to_json(&shared));
        });
    });
    let lang = state.lang;
    use_effect_with(lang, move |lang| {
        crate::browser::set_html_lang(
            lang.html(),
            lang.s("中关村支持资金自评", "Zhongguancun support fund self-check"),
        );
    });
}
