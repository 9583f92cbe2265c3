//! Writing class results: gradebook CSV.

use crate::model::class::{ClassReport, GradebookFormat, gradebook};
use crate::store::{FileError, Problem, write_atomic};
use std::path::Path;

/// Gradebook CSV text.
pub fn gradebook_csv(
    report: &ClassReport,
    format: GradebookFormat,
    assignment: &str,
) -> Result<String, String> {
    let (header, rows) = gradebook(report, format, assignment);
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&header).map_err(|e| e.to_string())?;
    for r in rows {
        w.write_record(&r).map_err(|e| e.to_string())?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// Write a gradebook CSV atomically.
pub fn write_gradebook(
    path: &Path,
    report: &ClassReport,
    format: GradebookFormat,
    assignment: &str,
) -> Result<(), FileError> {
    let csv = gradebook_csv(report, format, assignment)
        .map_err(|e| FileError::new(path, Problem::Io(e)))?;
    write_atomic(path, csv.as_bytes())
}
