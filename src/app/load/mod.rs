//! Reading what a page starts from, on worker threads: a lesson with its key, autosave and
//! any answer to load ([`lesson`]), and a lesson or article for the workshop
//! ([`workshop`]). Below the pages: they hold data, never a page.

pub mod lesson;
pub mod workshop;
