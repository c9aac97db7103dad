//! All of the app's state and every way it changes: one `State`, one `Action` enum, one reducer.
//!
//! The state holds the answers (a `zgc_rules::Profile`), what was typed into each field (drafts,
//! kept even when invalid, so input is never lost), the facts answered "不确定 / I don't know",
//! the question pages seen so far (for Back), and the assessment the engine computes for the
//! current answers. Whenever the answers or the date change the reducer drops the assessment; it
//! is computed again the first time something reads it (the start page never does, so the first
//! paint does not wait for the first, slowest evaluation). Nothing here decides eligibility, it
//! only asks the engine.

use crate::codec::{Decoded, Shared};
use crate::i18n::Lang;
use crate::ids::{IdMap, IdSet};
use crate::numinput::{read, shown, Entry};
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;
use yew::Reducible;
use zgc_rules::engine::{questions_for, Assessment, Question};
use zgc_rules::fact::{Profile, Topic};
use zgc_rules::text::Text;
use zgc_rules::{evaluate_tracked, reevaluate, Date};

/// At most this many questions on one page (one topic at a time).
pub const PER_PAGE: usize = 6;

/// One page of questions: one topic, the facts asked on it, frozen while the page is shown so
/// a field does not vanish under the cursor when its answer changes the ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub topic: Topic,
    pub facts: Vec<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Warning,
}

/// A message at the top of the page (a link read partly, an import done…).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub title: Text,
    pub details: Vec<Text>,
}

/// Where restored answers came from; it changes only the wording of the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Link,
    Storage,
    Import,
}

#[derive(Debug, Clone)]
pub struct State {
    pub lang: Lang,
    /// Today, in the browser's time zone: the default assessment date.
    pub today: Date,
    pub date: Date,
    /// What was typed into the date field, and why it was refused, if it was.
    pub date_draft: Option<String>,
    pub date_error: Option<Text>,
    pub profile: Profile,
    /// Facts answered "不确定 / I don't know": unknown, and not asked again.
    pub skipped: IdSet,
    /// What was typed into each field, as typed.
    pub drafts: IdMap<String>,
    /// Why a typed answer was refused, by fact id.
    pub errors: IdMap<Text>,
    pub page: Option<Page>,
    pub back: Vec<Page>,
    /// True once no question is left to ask.
    pub finished: bool,
    pub notices: Vec<Notice>,
    /// The engine's verdicts for the current answers and date, and its ranking of the open
    /// questions: computed on first use (`assessment()`, `ranked()`), once per change of the
    /// answers or the date, and shared by every copy of this state until the next change.
    evaluated: Rc<Lazy>,
    /// Bumped by every action: cheap equality for Yew's re-render checks.
    pub revision: u64,
}

/// The engine's work for one set of answers and date, done on first read.
#[derive(Debug, Default)]
struct Lazy {
    done: OnceCell<Evaluated>,
    /// The assessment of the answers just before, and those answers: the engine then evaluates
    /// again only the measures that read an answer that changed (`zgc_rules::reevaluate`).
    before: RefCell<Option<(Rc<Assessment>, Profile)>>,
}

/// What the engine made of one set of answers and date.
#[derive(Debug)]
struct Evaluated {
    assessment: Rc<Assessment>,
    /// Computed once per evaluation: several components read it on every render.
    ranked: Vec<Question>,
}

impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        self.revision == other.revision
    }
}

#[derive(Debug, Clone)]
pub enum Action {
    SetLang(Lang),
    /// The assessment date as typed (`YYYY-MM-DD`).
    SetDate(String),
    /// An answer as typed or chosen: text for numbers and dates, the option id for a choice,
    /// `yes` / `no` for yes-or-no. Empty means unanswered.
    Answer {
        fact: &'static str,
        typed: String,
    },
    /// "不确定 / I don't know".
    Skip(&'static str),
    /// Begin the questions again from the best-ranked open question (keeps Back history).
    Start,
    /// Show a page if none is shown (after a reload).
    Resume,
    /// Done with this page: what was left blank counts as "不确定".
    Next,
    Back,
    Restore {
        decoded: Decoded,
        source: Source,
    },
    /// Start over: forget every answer (the caller asks for confirmation first).
    Reset,
    Notify(Notice),
    Dismiss(usize),
    /// The English texts of the rules have arrived (`i18n::need_english`): evaluate again, so
    /// the formulas and explanations built from them are in English too.
    EnglishLoaded,
}

impl State {
    pub fn new(today: Date, lang: Lang) -> State {
        State {
            lang,
            today,
            date: today,
            date_draft: None,
            date_error: None,
            evaluated: Rc::default(),
            profile: Profile::new(),
            skipped: IdSet::new(),
            drafts: IdMap::new(),
            errors: IdMap::new(),
            page: None,
            back: Vec::new(),
            finished: false,
            notices: Vec::new(),
            revision: 0,
        }
    }

    /// The language the page is shown in: the one chosen, except English before its texts have
    /// arrived (`i18n::need_english`), when the page stays in Chinese.
    pub fn shown_lang(&self) -> Lang {
        if self.lang == Lang::En && !zgc_rules::text::english_loaded() {
            Lang::Zh
        } else {
            self.lang
        }
    }

    /// The engine's verdicts for the current answers and date (evaluated here if not yet).
    pub fn assessment(&self) -> &Rc<Assessment> {
        &self.evaluated().assessment
    }

    /// The open questions, best first, including those answered "不确定".
    fn ranked(&self) -> &[Question] {
        &self.evaluated().ranked
    }

    fn evaluated(&self) -> &Evaluated {
        self.evaluated.done.get_or_init(|| {
            let assessment = match self.evaluated.before.take() {
                Some((before, answers)) => reevaluate(&before, &answers, &self.profile, self.date),
                None => evaluate_tracked(&self.profile, self.date),
            };
            let ranked = questions_for(&assessment, &self.profile);
            Evaluated {
                assessment: Rc::new(assessment),
                ranked,
            }
        })
    }

    /// The answers as a link or storage carries them.
    pub fn shared(&self) -> Shared {
        Shared {
            profile: self.profile.clone(),
            skipped: self.skipped.clone(),
            date: Some(self.date),
            lang: Some(self.lang),
        }
    }

    /// The open questions, best first, without those answered "不确定".
    pub fn questions(&self) -> Vec<Question> {
        self.ranked()
            .iter()
            .filter(|q| !self.skipped.contains(q.fact))
            .cloned()
            .collect()
    }

    /// The next page: the topic of the best-ranked open question, with that topic's open
    /// questions in rank order.
    pub fn next_page(&self) -> Option<Page> {
        let open = || {
            self.ranked()
                .iter()
                .filter(|q| !self.skipped.contains(q.fact))
        };
        let topic = open().next()?.topic;
        let facts = open()
            .filter(|q| q.topic == topic)
            .take(PER_PAGE)
            .map(|q| q.fact)
            .collect();
        Some(Page { topic, facts })
    }

    /// Answers given, including "不确定" (no evaluation needed).
    pub fn answered(&self) -> u32 {
        self.profile.len()
            + self
                .skipped
                .iter()
                .filter(|s| self.profile.get_id(s).is_none())
                .count() as u32
    }

    /// (answers given, including "不确定"; questions still open).
    pub fn progress(&self) -> (u32, u32) {
        let answered = self.answered();
        // Counted, not collected: `questions()` clones every open question with its lists of
        // measures, and the results page asks for this count on every answer.
        let open = self
            .ranked()
            .iter()
            .filter(|q| !self.skipped.contains(q.fact))
            .count();
        (answered, open as u32)
    }

    /// What a fact's field shows: the draft as typed, else the stored answer.
    pub fn typed(&self, fact: &str) -> String {
        match self.drafts.get(fact) {
            Some(d) => d.clone(),
            None => self.profile.get_id(fact).map(shown).unwrap_or_default(),
        }
    }

    /// After a change of the answers or the date: the next read evaluates them. (A copy of the
    /// state made before the change keeps its own, still right for its answers.)
    /// `before`: the assessment of the answers just before the change, and those answers, when
    /// the engine may start from it.
    fn reevaluate(&mut self, before: Option<(Rc<Assessment>, Profile)>) {
        self.evaluated = Rc::new(Lazy {
            done: OnceCell::new(),
            before: RefCell::new(before),
        });
        self.prune_page();
    }

    /// Drops from the page shown the questions an answer has just made moot (their measures
    /// are now decided), unless the person has touched them: a "no" to a gateway question
    /// spares the questions behind it.
    fn prune_page(&mut self) {
        if self.page.is_none() {
            return;
        }
        let open: Vec<&'static str> = self.ranked().iter().map(|q| q.fact).collect();
        let Some(page) = self.page.as_mut() else {
            return;
        };
        page.facts.retain(|f| {
            open.contains(f)
                || self.profile.get_id(f).is_some()
                || self.skipped.contains(f)
                || self.drafts.contains_key(f)
        });
    }

    fn answer(&mut self, id: &'static str, typed: String) {
        let Some(fact) = zgc_rules::facts::by_id(id) else {
            return;
        };
        match read(fact, &typed) {
            Entry::Answer(v) => match self.profile.set(fact, v) {
                Ok(()) => {
                    self.errors.remove(id);
                    self.skipped.remove(id);
                }
                Err(e) => {
                    self.profile.unset(id);
                    self.errors.insert(id.to_owned(), e.message);
                }
            },
            Entry::Unknown => {
                self.profile.unset(id);
                self.errors.remove(id);
                if typed.trim().is_empty() {
                    self.skipped.remove(id);
                } else {
                    self.skipped.insert(id.to_owned());
                }
            }
            Entry::Refused(m) => {
                self.profile.unset(id);
                self.errors.insert(id.to_owned(), m);
            }
        }
        self.drafts.insert(id.to_owned(), typed);
    }

    fn restore(&mut self, decoded: Decoded, source: Source) {
        let Decoded { shared, problems } = decoded;
        let count = shared.profile.len();
        self.profile = shared.profile;
        self.skipped = shared.skipped;
        if let Some(d) = shared.date {
            self.date = d;
        }
        if let Some(l) = shared.lang {
            self.lang = l;
        }
        self.date_draft = None;
        self.date_error = None;
        self.drafts.clear();
        self.errors.clear();
        self.page = None;
        self.back.clear();
        self.finished = false;
        if !problems.is_empty() {
            let title = match source {
                Source::Link => Text::new(
                    "这个链接有部分内容无法读取；能读取的答案已保留。",
                    "Part of this link could not be read; every answer that could be read was kept.",
                ),
                Source::Storage => Text::new(
                    "本机保存的答案有部分无法读取；能读取的答案已保留。",
                    "Part of the answers saved in this browser could not be read; the rest were kept.",
                ),
                Source::Import => Text::new(
                    "导入的文件中有部分答案无法读取；其余答案已导入。",
                    "Some answers in the imported file could not be read; the rest were imported.",
                ),
            };
            self.notices.push(Notice {
                kind: NoticeKind::Warning,
                title,
                details: problems.iter().map(|p| p.message()).collect(),
            });
        } else if source == Source::Import {
            self.notices.push(Notice {
                kind: NoticeKind::Info,
                title: Text::new(
                    format!("已导入 {count} 个答案。"),
                    format!("Imported {count} answers."),
                ),
                details: vec![],
            });
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        s.revision += 1;
        let action_was_english = matches!(action, Action::EnglishLoaded);
        let mut dirty = false;
        match action {
            Action::SetLang(l) => s.lang = l,
            Action::SetDate(text) => {
                match Date::parse(&text) {
                    Ok(d) => {
                        s.date = d;
                        s.date_error = None;
                        dirty = true;
                    }
                    Err(_) => {
                        s.date_error = Some(Text::new(
                            format!(
                                "“{}”不是有效日期，请按 YYYY-MM-DD 填写；仍按 {} 评估。",
                                text.trim(),
                                s.date
                            ),
                            format!(
                            "\"{}\" is not a valid date (YYYY-MM-DD); still assessing as of {}.",
                            text.trim(),
                            s.date
                        ),
                        ))
                    }
                }
                s.date_draft = Some(text);
            }
            Action::Answer { fact, typed } => {
                s.answer(fact, typed);
                dirty = true;
            }
            Action::Skip(fact) => {
                s.profile.unset(fact);
                s.skipped.insert(fact.to_owned());
                s.drafts.remove(fact);
                s.errors.remove(fact);
                dirty = true;
            }
            Action::Start => {
                if let Some(p) = s.page.take() {
                    s.back.push(p);
                }
                s.page = s.next_page();
                s.finished = s.page.is_none();
            }
            Action::Resume => {
                if s.page.is_none() {
                    s.page = s.next_page();
                    s.finished = s.page.is_none();
                }
            }
            Action::Next => {
                if let Some(p) = s.page.take() {
                    for f in &p.facts {
                        if s.profile.get_id(f).is_none() {
                            s.skipped.insert((*f).to_owned());
                        }
                    }
                    s.back.push(p);
                }
                // The skips above change no verdict: the ranking is that of the current answers.
                s.page = s.next_page();
                s.finished = s.page.is_none();
            }
            Action::Back => {
                if let Some(p) = s.back.pop() {
                    s.page = Some(p);
                    s.finished = false;
                }
            }
            Action::Restore { decoded, source } => {
                s.restore(decoded, source);
                dirty = true;
            }
            Action::Reset => {
                let mut fresh = State::new(s.today, s.lang);
                fresh.revision = s.revision;
                return Rc::new(fresh);
            }
            Action::Notify(n) => {
                if !s.notices.contains(&n) {
                    s.notices.push(n);
                }
            }
            Action::Dismiss(i) => {
                if i < s.notices.len() {
                    s.notices.remove(i);
                }
            }
            Action::EnglishLoaded => dirty = true,
        }
        if dirty {
            // The previous assessment, to start from; not when the English has just arrived:
            // every formula and explanation is then written again.
            let before = if action_was_english {
                None
            } else {
                match self.evaluated.done.get() {
                    Some(e) => Some((e.assessment.clone(), self.profile.clone())),
                    // Never read: start from what it would have started from.
                    None => self.evaluated.before.borrow().clone(),
                }
            };
            s.reevaluate(before);
        }
        Rc::new(s)
    }
}
