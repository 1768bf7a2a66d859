extension AssessmentRow {
    /// The CSV columns, in English snake case: column names for `COPY ... (FORMAT csv, HEADER)`
    /// and SQL, not for people, so they do not follow the language.
    public static let csvColumns = [
        "file", "assessment_id", "previous_id", "organization", "site", "checklist_id", "checklist_version", "period",
        "updated_at", "score", "level", "mandatory_met", "complete", "in_scope", "applicable", "answered", "unknown",
        "open_mandatory",
    ]

    /// The header line (RFC 4180, CRLF).
    public static var csvHeader: String { CSV.line(csvColumns, forSpreadsheets: false) }

    /// One CSV line (RFC 4180, CRLF). Unlike the reports' CSV, values are not guarded against
    /// spreadsheet formulas: these rows are for databases and must round-trip exactly. Empty
    /// means none; `open_mandatory` is the ids separated by spaces.
    public func csvLine() -> String {
        CSV.line(
            [
                file, assessment.rawValue, previous?.rawValue ?? "", organization, site ?? "", checklist.id.rawValue,
                checklist.version, period ?? "", updatedAt.description, score?.description ?? "",
                level?.rawValue ?? "", mandatoryMet ? "true" : "false", complete ? "true" : "false",
                String(counts.inScope), String(counts.applicable), String(counts.answered), String(counts.unknown),
                openMandatory.map(\.rawValue).joined(separator: " "),
            ], forSpreadsheets: false)
    }
}
