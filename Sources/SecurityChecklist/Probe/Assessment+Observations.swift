/// An answer that says a measure is in place while the latest probe saw it fail: shown as
/// 「観測と回答が一致しません」 until the control is answered again after the probe.
public struct ObservationConflict: Sendable, Hashable {
    /// The control.
    public var control: ControlID
    /// Its answer's status (one that meets the control).
    public var status: AnswerStatus
    /// The failed findings that contradict it.
    public var findings: [ProbeFinding]

    /// 「BLD-04 管理画面…（回答: 実施）← admin-exposed」: one line of a contradictions list, with
    /// the control's `title`.
    public func line(title: String, _ language: Language) -> String {
        Phrase.observationConflictLine(
            language, control, title, status.shortLabel[language],
            findings.map(\.check.rawValue).joined(separator: ", "))
    }
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
        guard probe != nil else { return [] }
        return controlsInScope(of: checklist).compactMap { observationConflict(for: $0.id) }
    }

    /// The contradiction on `control`, if its answer meets it, a failed finding of the latest
    /// probe names it, and it was not answered again after the probe (the rule of
    /// ``observationConflicts(in:)``, for one control: what a screen showing one control asks).
    public func observationConflict(for control: ControlID) -> ObservationConflict? {
        guard let probe, let answer = answers[control], answer.status.isMet, !(probe.startedAt < answer.answeredAt)
        else { return nil }
        let failed = probe.findings(for: control).filter { $0.status == .fail }
        guard !failed.isEmpty else { return nil }
        return ObservationConflict(control: control, status: answer.status, findings: failed)
    }

    /// Whether the shop runs on a hosted cart or a mall (profile `platform` `cart-asp` or
    /// `mall`): the cart's operator then changes most of what the probe sees.
    public var runsOnHostedCart: Bool {
        guard let platform = profile[ProfileKey("platform")]?.rawValue else { return false }
        return platform == "cart-asp" || platform == "mall"
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
