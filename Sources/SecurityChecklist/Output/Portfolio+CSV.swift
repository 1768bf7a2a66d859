extension Portfolio {
    /// One CSV row per checklist and control: how many shops miss it (for a spreadsheet).
    public static func csvText(_ portfolios: [Portfolio], checklists: [ChecklistID: Checklist], language L: Language)
        -> String
    {
        var rows = [
            [
                "checklist", Phrase.idColumn(L), Phrase.priorityColumn(L), Phrase.titleColumn(L), "files", "missing",
                "mandatoryMissing",
            ]
        ]
        for portfolio in portfolios {
            guard let checklist = checklists[portfolio.checklist.id] else { continue }
            for control in checklist.controls {
                rows.append([
                    checklist.id.rawValue, control.id.rawValue, control.priority.label[L], control.title[L],
                    String(portfolio.count),
                    String(portfolio.missing[control.id] ?? 0), String(portfolio.mandatoryMissing[control.id] ?? 0),
                ])
            }
        }
        return CSV.document(rows)
    }
}
