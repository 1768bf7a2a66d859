extension ReportContent {
    /// One row per in-scope control for Excel / LibreOffice: section, id, priority, title,
    /// status, credit, note, reason, provider, answeredAt, stale. UTF-8 with a byte-order mark,
    /// RFC 4180 quoting, CRLF, formula-like cells neutralized.
    public func csv() -> String {
        let L = language
        var rows = [
            [
                Phrase.sectionColumn, .idColumn, .priorityColumn, .titleColumn, .statusColumn, .creditColumn,
                .noteColumn,
                .reasonColumn, .providerColumn, .answeredAtColumn, .staleColumn,
            ].map { $0(L) }
        ]
        let stale = staleIDs
        for item in inScope {
            let answer = assessment.answers[item.control.id]
            rows.append([
                item.section.title[L], item.control.id.rawValue, item.control.priority.label[L], item.control.title[L],
                StatusOrUnanswered(answer?.status).label[L], credit(answer?.status), answer?.note ?? "",
                answer?.reason ?? "",
                answer?.provider ?? "", answer?.answeredAt.description ?? "",
                stale.contains(item.control.id) ? Phrase.yes(L) : "",
            ])
        }
        return CSV.document(rows)
    }
}
