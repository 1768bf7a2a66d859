/// How the card path's scripts changed between two runs: by URL, with a changed hash counting
/// as changed content, and the third-party origins that were not there before.
public struct ScriptChange: Sendable, Hashable {
    /// Scripts present now and not before.
    public var added: [ProbeScript]
    /// Scripts present before and not now.
    public var removed: [ProbeScript]
    /// Scripts at the same URL whose content hash changed.
    public var changed: [(before: ProbeScript, after: ProbeScript)]

    /// The change from `before` to `after` (each the card path's scripts).
    public init(before: [ProbeScript], after: [ProbeScript]) {
        let beforeURLs = Set(before.map(\.url))
        let afterURLs = Set(after.map(\.url))
        var added: [ProbeScript] = []
        for script in after where !beforeURLs.contains(script.url) && !added.contains(where: { $0.url == script.url }) {
            added.append(script)
        }
        var removed: [ProbeScript] = []
        for script in before where !afterURLs.contains(script.url) && !removed.contains(where: { $0.url == script.url })
        {
            removed.append(script)
        }
        var changed: [(ProbeScript, ProbeScript)] = []
        for script in after {
            guard let old = before.first(where: { $0.url == script.url }), let oldHash = old.sha256,
                let newHash = script.sha256, oldHash != newHash, !changed.contains(where: { $0.1.url == script.url })
            else { continue }
            changed.append((old, script))
        }
        self.added = added
        self.removed = removed
        self.changed = changed
    }

    /// Whether nothing changed.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    /// Third-party origins among the added scripts that no earlier script came from.
    public var newOrigins: [String] {
        let known = Set(removed.map(\.origin) + changed.map(\.before.origin))
        var origins: [String] = []
        for script in added where script.thirdParty && !origins.contains(script.origin) {
            origins.append(script.origin)
        }
        return origins.filter { !known.contains($0) }
    }

    /// One line per kind of change, for `diff` and the probe's finding: new origins first (the skimming risk), then
    /// added, removed and changed scripts; one line saying so when nothing changed.
    package func lines(_ language: Language) -> [String] {
        guard !isEmpty else {
            return [LocalizedText(ja: "変化はありません。", en: "No change.")[language]]
        }
        var lines: [String] = []
        if !newOrigins.isEmpty {
            lines.append(
                LocalizedText(ja: "新しい外部の読み込み元: ", en: "New third-party origins: ")[language]
                    + newOrigins.joined(separator: " "))
        }
        for (label, urls) in [
            (LocalizedText(ja: "追加", en: "Added"), added.map(\.url)),
            (LocalizedText(ja: "削除", en: "Removed"), removed.map(\.url)),
            (LocalizedText(ja: "内容の変更", en: "Changed content"), changed.map(\.after.url)),
        ] where !urls.isEmpty {
            lines.append(label[language] + ": " + urls.joined(separator: " "))
        }
        return lines
    }

    public static func == (lhs: ScriptChange, rhs: ScriptChange) -> Bool {
        lhs.added == rhs.added && lhs.removed == rhs.removed && lhs.changed.map(\.after) == rhs.changed.map(\.after)
            && lhs.changed.map(\.before) == rhs.changed.map(\.before)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(added)
        hasher.combine(removed)
    }
}
