extension ChecklistCatalog {
    /// One line per checklist for a terminal: id, version, number of controls and title, the
    /// first three columns aligned by display width. Texts are sanitized.
    package func text(language L: Language) -> String {
        let rows = checklists.map { checklist in
            [
                checklist.id.rawValue, checklist.version, Phrase.controlsCount(L, checklist.controls.count),
                checklist.title[L],
            ].map { TerminalText.sanitize($0) }
        }
        let widths = (0..<3).map { column in rows.map { TerminalText.width($0[column]) }.max() ?? 0 }
        return rows.map { row in
            (0..<3).map { TerminalText.pad(row[$0], to: widths[$0]) }.joined(separator: "  ") + "  " + row[3]
        }.joined(separator: "\n") + "\n"
    }
}
