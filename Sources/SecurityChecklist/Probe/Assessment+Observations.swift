/// An answer that says a measure is in place while the latest probe saw it fail: shown as
/// 「観測と回答が一致しません」 until the control is answered again after the probe.
public struct ObservationConflict: Sendable, Hashable {
    /// The control.
    public var control: ControlID
    /// Its answer's status (one that meets the control).
    public var status: AnswerStatus
    /// The failed findings that contradict it.
    public var findings: [ProbeFinding]
}

extension Assessment {
    /// The probe's findings about `control`, when the assessment holds a probe run.
    public func observations(for control: ControlID) -> [ProbeFinding] {
        probe?.findings(for: control) ?? []
    }

    /// Every in-scope control of `checklist` whose answer meets it while a failed finding of
    /// the latest probe names it, and that was not answered again after the probe: the owner
    /// re-answers (or notes why, which is answering again) to clear it. In checklist order.
    public func observationConflicts(in checklist: Checklist) -> [ObservationConflict] {
        guard let probe else { return [] }
        return controlsInScope(of: checklist).compactMap { control in
            guard let answer = answers[control.id], answer.status.isMet, !(probe.startedAt < answer.answeredAt)
            else { return nil }
            let failed = probe.findings(for: control.id).filter { $0.status == .fail }
            guard !failed.isEmpty else { return nil }
            return ObservationConflict(control: control.id, status: answer.status, findings: failed)
        }
    }

    /// The probe's findings about `control` as reports and the terminal UI print them, one line
    /// each: 「観測 2026-12-07 [問題] exposed-env https://shop.test/.env — /.env が誰からでも読めます」.
    public func observationLines(for control: ControlID, language: Language) -> [String] {
        guard let probe else { return [] }
        return probe.findings(for: control).map { finding in
            Phrase.observationLine(
                language, probe.startedAt.dateText,
                "[" + finding.status.label[language] + "] " + finding.check.rawValue,
                (finding.url.map { $0 + " — " } ?? "") + finding.detail[language])
        }
    }
}
