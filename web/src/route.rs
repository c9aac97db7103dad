//! The app's addresses. Everything lives in the hash, so any static host and file:// work:
//! `#/` start, `#/questions`, `#/results`, `#/answers`, `#/catalog`, `#/m/5.5` one measure.
//! The answers follow the route after `?` (see `codec`).

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Start,
    Questions,
    Results,
    Answers,
    Catalog,
    /// One measure's article and verdict, by measure id ("5.5").
    Measure(String),
    NotFound(String),
}

impl Route {
    /// Reads the route part of a hash (`/results`, `/m/5.5`).
    pub fn parse(path: &str) -> Route {
        let p = path.trim_start_matches('#').trim_end_matches('/');
        match p {
            "" | "/" => Route::Start,
            "/questions" => Route::Questions,
            "/results" => Route::Results,
            "/answers" => Route::Answers,
            "/catalog" => Route::Catalog,
            _ => match p.strip_prefix("/m/") {
                Some(id) if !id.is_empty() => Route::Measure(crate::codec::unescape(id)),
                _ => Route::NotFound(p.to_owned()),
            },
        }
    }

    pub fn path(&self) -> String {
        match self {
            Route::Start => "/".to_owned(),
            Route::Questions => "/questions".to_owned(),
            Route::Results => "/results".to_owned(),
            Route::Answers => "/answers".to_owned(),
            Route::Catalog => "/catalog".to_owned(),
            Route::Measure(id) => format!("/m/{id}"),
            Route::NotFound(p) => p.clone(),
        }
    }

    /// The `href` of a link to this route (answers are added when navigating).
    pub fn href(&self) -> String {
        format!("#{}", self.path())
    }
}
