extension ProbeStatus {
    /// The order findings are listed in: what to act on first.
    var listOrder: Int {
        switch self {
        case .fail: 0
        case .warn: 1
        case .notRun: 2
        case .info: 3
        case .pass: 4
        }
    }

    func badge(_ language: Language, style: TextStyle) -> String {
        let text = "[" + label[language] + "]"
        switch self {
        case .fail: return style.apply(text, .bold, .red)
        case .warn: return style.apply(text, .yellow)
        case .pass: return style.apply(text, .green)
        case .info, .notRun: return style.apply(text, .dim)
        }
    }
}

extension ProbeResult.Consent {
    /// What the consent means for the run, in a sentence.
    func sentence(_ language: Language) -> String {
        switch self {
        case .token:
            LocalizedText(
                ja: "所有の確認: トークンあり — 既知の公開ファイルも確かめました。",
                en: "Ownership: token found — the well-known exposure paths were checked.")[language]
        case .loopback:
            LocalizedText(
                ja: "所有の確認: このマシン上のサイト — 既知の公開ファイルも確かめました。",
                en: "Ownership: a site on this machine — the well-known exposure paths were checked.")[language]
        case .none:
            LocalizedText(
                ja: "所有の確認: なし — 閲覧者に見えるものだけを確かめ、既知の公開ファイルは確かめていません（ecsec probe --token）。",
                en:
                    "Ownership: not proven — only what a visitor sees was checked; the well-known exposure paths were not requested (ecsec probe --token)."
            )[language]
        }
    }
}

extension ProbeResult {
    /// What `ecsec probe` prints: the run's budget and consent, the counts, then every finding
    /// (problems first) with what was seen, what to change and the controls it is evidence for.
    /// Every text from the site is sanitized for the terminal.
    package func text(language: Language, style: TextStyle = .plain, width: Int = 80) -> String {
        let width = max(width, 40)
        let L = language
        let safe = { (text: String) in TerminalText.sanitize(text) }
        var lines: [String] = []
        lines.append(style.apply(TerminalText.truncate(safe("ecsec probe  \(target)"), to: width), .bold))
        let intervalText = Self.secondsText(milliseconds: intervalMilliseconds)
        lines.append(
            LocalizedText(
                ja: "\(startedAt.description)  リクエスト \(requests)/\(maxRequests)（間隔 \(intervalText) 秒）  データ \(dataDate)",
                en:
                    "\(startedAt.description)  requests \(requests)/\(maxRequests) (interval \(intervalText) s)  data \(dataDate)"
            )[L])
        if !platforms.isEmpty {
            lines.append(
                LocalizedText(ja: "認識したカート・CMS: ", en: "Recognised: ")[L] + safe(platforms.joined(separator: ", ")))
        }
        lines.append(contentsOf: TerminalText.wrap(consent.sentence(L), to: width))
        if let stoppedBy {
            let after = stoppedBy.retryAfter.map { " Retry-After: \(safe($0))" } ?? ""
            lines.append(
                style.apply(
                    LocalizedText(
                        ja: "サイトが \(stoppedBy.status) で中止を求めたため、ここで止めました。\(after)",
                        en: "The site answered \(stoppedBy.status); the probe stopped there.\(after)")[L], .bold,
                    .yellow))
        }
        lines.append("")
        let counts = ProbeStatus.allCases.sorted { $0.listOrder < $1.listOrder }.map { status in
            "\(status.label[L]) \(findings.filter { $0.status == status }.count)"
        }
        lines.append(counts.joined(separator: "  "))
        lines.append("")
        for finding in findingsInListOrder {
            let head = "\(finding.status.badge(L, style: style)) \(finding.check.rawValue)  \(finding.check.title[L])"
            lines.append(head)
            let indent = "    "
            if let url = finding.url { lines.append(indent + TerminalText.truncate(safe(url), to: width - 4)) }
            for line in TerminalText.wrap(safe(finding.detail[L]), to: width - 4) { lines.append(indent + line) }
            if finding.status == .fail || finding.status == .warn {
                for line in TerminalText.wrap(
                    LocalizedText(ja: "対応: ", en: "To do: ")[L] + finding.check.advice[L], to: width - 4)
                {
                    lines.append(indent + line)
                }
            }
            var tail: [String] = []
            if !finding.controls.isEmpty {
                tail.append(
                    LocalizedText(ja: "項目 ", en: "controls ")[L]
                        + finding.controls.map(\.rawValue).joined(separator: " "))
            }
            if let responsibility = finding.responsibility { tail.append(responsibility.label[L]) }
            if !tail.isEmpty { lines.append(indent + style.apply(tail.joined(separator: "  "), .dim)) }
        }
        let card = scripts.filter(\.cardPath)
        if !card.isEmpty {
            lines.append("")
            lines.append(
                style.apply(
                    LocalizedText(ja: "決済までのページのスクリプト（\(card.count)）", en: "Scripts on the card path (\(card.count))")[
                        L],
                    .bold))
            for script in card {
                let own =
                    script.thirdParty
                    ? LocalizedText(ja: "外部", en: "third party")[L] : LocalizedText(ja: "自社", en: "own")[L]
                let hash =
                    script.sha256.map { "sha256 " + $0.prefix(12) + "…" }
                    ?? LocalizedText(ja: "取得せず", en: "not fetched")[L]
                let sri = script.sri ? "SRI" : "-"
                lines.append("  " + TerminalText.truncate(safe(script.url), to: width - 2))
                lines.append("      \(own)  \(hash)  \(sri)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
