extension PlanList {
    /// One row per plan item for a spreadsheet: assessment id, organization, period, control,
    /// title, priority, status, owner, due, overdue, plan note. UTF-8 with a byte-order mark,
    /// CRLF, formula-like cells neutralized.
    public func csvText(language L: Language) -> String {
        let columns: [Phrase] = [
            .assessmentColumn, .organizationColumn, .periodColumn, .idColumn, .titleColumn, .priorityColumn,
            .statusColumn, .ownerColumn, .dueColumn, .overdueLabel, .planNoteColumn,
        ]
        var rows = [columns.map { $0(L) }]
        for item in items {
            rows.append([
                assessment.id.rawValue, assessment.organization, assessment.period ?? "", item.control.id.rawValue,
                item.control.title[L], item.control.priority.label[L], item.answer.status.label[L], item.plan.owner,
                item.plan.dueText(L), item.overdue ? Phrase.yes(L) : "", item.plan.note ?? "",
            ])
        }
        return CSV.document(rows)
    }
}
