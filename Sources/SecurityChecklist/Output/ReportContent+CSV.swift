extension ReportContent {
    /// One row per in-scope control for Excel / LibreOffice: the assessment's id, organization
    /// and period (so rows pasted from several files stay apart), then section, id, priority,
    /// title, status, credit, note, evidence (one entry per line), reason, provider, answeredAt,
    /// stale, plan owner, due and overdue. UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF,
    /// formula-like cells neutralized.
    public func csvText() -> String {
        let L = language
        let columns: [Phrase] = [
            .assessmentColumn, .organizationColumn, .periodColumn, .metaAnswersHash, .sectionColumn, .idColumn,
            .priorityColumn,
            .titleColumn, .statusColumn, .creditColumn, .noteColumn, .evidenceColumn, .reasonColumn, .providerColumn,
            .answeredAtColumn, .staleColumn, .ownerColumn, .dueColumn, .overdueLabel,
        ]
        var rows = [columns.map { $0(L) }]
        let hash = answersHash
        for row in register {
            let answer = row.answer
            let due: String = answer?.plan.map { $0.dueText(L) } ?? ""
            rows.append([
                assessment.id.rawValue, assessment.organization, assessment.period ?? "", hash, row.section.title[L],
                row.control.id.rawValue, row.control.priority.label[L], row.control.title[L],
                StatusOrUnanswered(answer?.status).label[L], credit(answer?.status), answer?.note ?? "",
                ((answer?.evidence.map { evidenceLine($0) } ?? [])
                    + assessment.observationLines(for: row.control.id, language: L)).joined(separator: "\n"),
                answer?.reason ?? "",
                answer?.provider ?? "",
                answer?.answeredAt.description ?? "", row.stale ? Phrase.yes(L) : "", answer?.plan?.owner ?? "",
                due, row.overdue ? Phrase.yes(L) : "",
            ])
        }
        return CSV.document(rows)
    }
}
