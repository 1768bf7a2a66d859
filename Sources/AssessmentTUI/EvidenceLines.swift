import SecurityChecklist

/// An answer's evidence as the question screen and the `h` panel show it: each item with its
/// age, flagged 要再確認 when older than the control's review interval; then what the latest
/// `ecsec probe` saw of the control, with 「観測と回答が一致しません」 when a failed finding
/// contradicts an answer given before it.
enum EvidenceLines {
    static func lines(_ state: AppState, control: Control, width: Int, indent: Int) -> [Line] {
        let L = state.language
        var lines = (state.assessment.answers[control.id]?.evidence ?? []).flatMap { item -> [Line] in
            let stale = control.reviewEveryDays.map { item.isOlder(than: $0, asOf: state.today) } ?? false
            let age = item.age(asOf: state.today, language: L).map { "（" + $0 + "）" } ?? ""
            let mark = stale ? " " + Phrase.staleColumn(L) : ""
            return Line.labelled(
                TUIPhrase.evidenceLabel(L), item.line(shortHash: true) + age + mark, width: width,
                style: stale ? Theme.warning : .plain, indent: indent)
        }
        let findings = state.assessment.observations(for: control.id)
        if state.assessment.observationConflict(for: control.id) != nil {
            lines += Line.wrapped(
                Phrase.observationConflictHeading(L), width: width, style: Theme.warning, indent: indent)
        }
        for (finding, text) in zip(findings, state.assessment.observationLines(for: control.id, language: L)) {
            lines += Line.labelled(
                TUIPhrase.evidenceLabel(L), text, width: width, style: finding.status == .fail ? Theme.warning : .plain,
                indent: indent)
        }
        return lines
    }
}
