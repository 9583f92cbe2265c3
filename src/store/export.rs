//! Writing class results: gradebook CSV.

use crate::model::class::{ClassReport, GradebookFormat, gradebook};
use crate::store::{FileError, Problem, write_atomic};
use std::path::Path;

/// Gradebook CSV text.
pub fn gradebook_csv(
    report: &ClassReport,
    format: GradebookFormat,
    assignment: &str,
) -> Result<String, Problem> {
    let (header, rows) = gradebook(report, format, assignment);
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&header).map_err(Problem::Csv)?;
    for r in rows {
        w.write_record(&r).map_err(Problem::Csv)?;
    }
    let bytes = w.into_inner().map_err(|e| Problem::Io {
        action: "cannot finish the CSV",
        source: e.into_error(),
    })?;
    // The csv crate writes the UTF-8 it was given.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Write a gradebook CSV atomically.
pub fn write_gradebook(
    path: &Path,
    report: &ClassReport,
    format: GradebookFormat,
    assignment: &str,
) -> Result<(), FileError> {
    let csv = gradebook_csv(report, format, assignment).map_err(|p| FileError::new(path, p))?;
    write_atomic(path, csv.as_bytes())
}
