//! The current route, from the hash, kept in step with `hashchange`.
//!
//! Plain `<a href="#/catalog">` links navigate; when such a link drops the answers from the
//! address, they are put back. When a link typed or pasted into the address bar brings other
//! answers, they are restored from it. History entries keep the answers of their time, so Back
//! and Forward land on entries this app marked (`history.state`), and there the latest answers
//! win: Back never undoes a newer answer.

use crate::codec::{decode, split_hash};
use crate::hooks::Written;
use crate::route::Route;
use crate::state::{Action, Source, State};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[hook]
pub fn use_route(dispatcher: UseReducerDispatcher<State>, written: Rc<RefCell<Written>>) -> Route {
    let route = use_state(|| {
        let h = crate::browser::hash();
        Route::parse(split_hash(&h).0)
    });
    {
        let setter = route.setter();
        use_effect_with((), move |_| {
            let on_change = Closure::<dyn FnMut()>::new(move || {
                let h = crate::browser::hash();
                let (path, payload) = split_hash(&h);
                setter.set(Route::parse(path));
                // A copy, so no borrow is held while a dispatch re-renders (and writes `written`).
                let current = written.borrow().current_link();
                let path = if path.is_empty() { "/" } else { path };
                match payload {
                    // The address already holds the latest answers.
                    Some(p) if p == current => {}
                    // A link typed or pasted into the address bar: open the assessment it carries.
                    Some(p) if !crate::browser::is_own_history_entry() => {
                        dispatcher.dispatch(Action::Restore {
                            decoded: decode(p),
                            source: Source::Link,
                        })
                    }
                    // Back / Forward to an entry holding older answers, or a plain link with
                    // none: keep the latest answers.
                    _ => {
                        if !current.is_empty() {
                            crate::browser::replace_hash(&format!("#{path}?{current}"));
                        }
                    }
                }
            });
            let window = crate::browser::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback(
                    "hashchange",
                    on_change.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(w) = &window {
                    let _ = w.remove_event_listener_with_callback(
                        "hashchange",
                        on_change.as_ref().unchecked_ref(),
                    );
                }
                drop(on_change);
            }
        });
    }
    (*route).clone()
}
