//! The current route, from the hash, kept in step with `hashchange`.
//!
//! Plain `<a href="#/catalog">` links navigate; when such a link drops the answers from the
//! address, they are put back. When the address brings answers other than those on screen
//! (a link pasted into the address bar), they are restored from it.

use crate::codec::{decode, split_hash};
use crate::route::Route;
use crate::state::{Action, Source, State};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[hook]
pub fn use_route(dispatcher: UseReducerDispatcher<State>, last_payload: Rc<RefCell<String>>) -> Route {
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
                match payload {
                    Some(p) if *last_payload.borrow() != p => {
                        *last_payload.borrow_mut() = p.to_owned();
                        dispatcher.dispatch(Action::Restore { decoded: decode(p), source: Source::Link });
                    }
                    Some(_) => {}
                    None => {
                        let last = last_payload.borrow();
                        if !last.is_empty() {
                            let path = if path.is_empty() { "/" } else { path };
                            crate::browser::replace_hash(&format!("#{path}?{last}"));
                        }
                    }
                }
            });
            let window = crate::browser::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback("hashchange", on_change.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = &window {
                    let _ = w.remove_event_listener_with_callback("hashchange", on_change.as_ref().unchecked_ref());
                }
                drop(on_change);
            }
        });
    }
    (*route).clone()
}
