import SecurityChecklist

/// An answer's evidence as the question screen and the `h` panel show it: each item with its
/// age, flagged 要再確認 when older than the control's review interval.
enum EvidenceLines {
    static func lines(_ state: AppState, control: Control, width: Int, indent: Int) -> [Line] {
        let L = state.language
        return (state.assessment.answers[control.id]?.evidence ?? []).flatMap { item -> [Line] in
            let stale = control.reviewEveryDays.map { item.isOlder(than: $0, asOf: state.today) } ?? false
            let age = item.age(asOf: state.today, language: L).map { "（" + $0 + "）" } ?? ""
            let mark = stale ? " " + Phrase.staleColumn(L) : ""
            return Line.labelled(
                TUIPhrase.evidenceLabel(L), item.line(shortHash: true) + age + mark, width: width,
                style: stale ? Theme.warning : .plain, indent: indent)
        }
    }
}
