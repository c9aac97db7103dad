//! The few browser services the app uses, each wrapped so that a missing or failing API gives
//! `None` / `false` instead of a panic (a wasm panic would kill the page).

use wasm_bindgen::{JsCast, JsValue};
use zgc_rules::Date;

pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

pub fn element(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

/// Today in the browser's time zone.
pub fn today() -> Date {
    let d = js_sys::Date::new_0();
    let (y, m, day) = (
        d.get_full_year() as i32,
        d.get_month() as u8 + 1,
        d.get_date() as u8,
    );
    Date::new(y, m, day).unwrap_or_else(epoch)
}

/// A fixed real date, only for a browser clock outside 1900–2200. `Date::new(2000, 1, 1)` is
/// always `Some`; the self-call satisfies the type without an `unwrap`.
fn epoch() -> Date {
    Date::new(2000, 1, 1).unwrap_or_else(epoch)
}

pub fn hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Changes the hash and adds a history entry (a navigation).
pub fn push_hash(hash: &str) {
    if let Some(w) = window() {
        let _ = w.location().set_hash(hash);
    }
}

/// The `history.state` of the entries this app wrote.
const OWN_ENTRY: &str = "zgc";

/// Rewrites the hash without a history entry or a hashchange event (answers changed), and marks
/// the entry as the app's own.
pub fn replace_hash(hash: &str) {
    if let Some(w) = window() {
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&JsValue::from_str(OWN_ENTRY), "", Some(hash));
        }
    }
}

/// True on an entry the app wrote (reached by Back / Forward); false on a new entry (a link
/// typed or pasted into the address bar, or followed).
pub fn is_own_history_entry() -> bool {
    window()
        .and_then(|w| w.history().ok())
        .and_then(|h| h.state().ok())
        .and_then(|s| s.as_string())
        .is_some_and(|s| s == OWN_ENTRY)
}

pub fn href() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok()?
}

pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

pub fn save(key: &str, value: &str) -> bool {
    storage()
        .map(|s| s.set_item(key, value).is_ok())
        .unwrap_or(false)
}

pub fn confirm(message: &str) -> bool {
    window()
        .and_then(|w| w.confirm_with_message(message).ok())
        .unwrap_or(false)
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

pub fn scroll_top() {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Runs `f` in a task of its own after the current one, so the browser can paint first. Runs it
/// at once where there is no window (never in the app).
pub fn after_paint(f: impl FnOnce() + 'static) {
    let Some(w) = window() else { return f() };
    let cb = wasm_bindgen::closure::Closure::once_into_js(f);
    if w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 0)
        .is_err()
    {
        // Nothing was scheduled; the answers are written by the next change.
    }
}

/// Runs `f` when the browser is idle after the current work and its frame (requestIdleCallback,
/// at most `IDLE_TIMEOUT_MS` later), or in a task of its own where that is missing (Safari). For
/// work nobody waits to see: writing the answers to the address and to storage took ~5 ms of each
/// answer at 4x throttling when it ran in the first task after the answer, before or beside the
/// frame that shows the new results.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(w) = window() else { return f() };
    let cb = wasm_bindgen::closure::Closure::once_into_js(f);
    let idle = js_sys::Reflect::get(&w, &JsValue::from_str("requestIdleCallback"))
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Function>().ok());
    if let Some(idle) = idle {
        let options = js_sys::Object::new();
        if js_sys::Reflect::set(
            &options,
            &JsValue::from_str("timeout"),
            &JsValue::from(IDLE_TIMEOUT_MS),
        )
        .is_ok()
            && idle.call2(&w, &cb, &options).is_ok()
        {
            return;
        }
    }
    if w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 0)
        .is_err()
    {
        // Nothing was scheduled; the answers are written by the next change.
    }
}

/// The longest `when_idle` waits for an idle moment, in milliseconds.
pub const IDLE_TIMEOUT_MS: i32 = 300;

/// How near the viewport a card counts as seen (`CardEvent::Near`): half a screen or so ahead, so a
/// card is complete as it scrolls in; every card within it is redrawn in full on each answer.
pub const NEAR: &str = "400px 0px";

/// Watches `el` until it comes within `NEAR` of the viewport, then calls `f` (maybe more than
/// once). Stops when the returned value is dropped. None where IntersectionObserver is missing.
pub fn watch_near(el: &web_sys::Element, f: impl Fn() + 'static) -> Option<Watch> {
    let callback = wasm_bindgen::closure::Closure::<dyn Fn(js_sys::Array)>::new(
        move |entries: js_sys::Array| {
            let near = entries.iter().any(|e| {
                e.dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|e| e.is_intersecting())
            });
            if near {
                f();
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(NEAR);
    let observer = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    )
    .ok()?;
    observer.observe(el);
    Some(Watch {
        observer,
        _callback: callback,
    })
}

/// Calls `before` on the window's `beforeprint` and `after` on `afterprint` until the returned
/// value is dropped.
pub fn on_print(before: impl Fn() + 'static, after: impl Fn() + 'static) -> Option<PrintWatch> {
    let w = window()?;
    let before = wasm_bindgen::closure::Closure::<dyn Fn()>::new(before);
    let after = wasm_bindgen::closure::Closure::<dyn Fn()>::new(after);
    let _ = w.add_event_listener_with_callback("beforeprint", before.as_ref().unchecked_ref());
    let _ = w.add_event_listener_with_callback("afterprint", after.as_ref().unchecked_ref());
    Some(PrintWatch {
        window: w,
        before,
        after,
    })
}

pub struct PrintWatch {
    window: web_sys::Window,
    before: wasm_bindgen::closure::Closure<dyn Fn()>,
    after: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl Drop for PrintWatch {
    fn drop(&mut self) {
        let _ = self.window.remove_event_listener_with_callback(
            "beforeprint",
            self.before.as_ref().unchecked_ref(),
        );
        let _ = self
            .window
            .remove_event_listener_with_callback("afterprint", self.after.as_ref().unchecked_ref());
    }
}

/// An element being watched by `watch_near`; dropping it stops the watch.
pub struct Watch {
    observer: web_sys::IntersectionObserver,
    _callback: wasm_bindgen::closure::Closure<dyn Fn(js_sys::Array)>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

pub fn focus(id: &str) {
    if let Some(el) = element(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

pub fn set_html_lang(lang: &str, title: &str) {
    if let Some(doc) = document() {
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", lang);
        }
        doc.set_title(title);
    }
}

/// Offers `text` as a file download.
pub fn download(filename: &str, mime: &str, text: &str) -> bool {
    let Some(doc) = document() else { return false };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let ok = match doc
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        Some(a) => {
            a.set_href(&url);
            a.set_download(filename);
            if let Some(body) = doc.body() {
                let _ = body.append_child(&a);
                a.click();
                let _ = body.remove_child(&a);
            }
            true
        }
        None => false,
    };
    let _ = web_sys::Url::revoke_object_url(&url);
    ok
}

/// Copies text to the clipboard; `false` when the browser refuses (the link is shown anyway).
pub async fn copy(text: &str) -> bool {
    let Some(w) = window() else { return false };
    let clip = w.navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clip.write_text(text))
        .await
        .is_ok()
}

/// The text of the first file chosen in an `<input type=file>`.
pub async fn read_file(input: &web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?;
    text.as_string()
}

/// The English texts of the rules (the pack `scripts/en-pack.py` writes), from the page's own
/// loader `window.__zgcEnglish()`: the hosted page fetches `en.txt` beside itself, the single file
/// unpacks the copy it carries. `None` when the page has no loader or it fails (offline).
pub async fn english_texts() -> Option<String> {
    let w = window()?;
    let load = js_sys::Reflect::get(&w, &JsValue::from_str("__zgcEnglish"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let promise = load
        .call0(&JsValue::NULL)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_string()
}

/// True in the single-file build (`scripts/single-file.py` marks its `<html>` with
/// `data-single-file`): the page is already the offline copy, so it does not offer to download it.
pub fn is_single_file() -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|e| e.has_attribute("data-single-file"))
}
