/// Every question of a checklist, scoped by a profile when one is given, with its priority,
/// milestone and why / how / how to find out: a printable sheet for preparing, and the id list
/// for scripts (`ecsec checklists show`).
public struct QuestionSheet: Sendable {
    /// The format identifier of the JSON form.
    public static let schema = "ecsec/questions@1"

    /// The checklist.
    public let checklist: Checklist
    /// The profile the controls are scoped by (empty: every control).
    public let profile: [ProfileKey: ProfileValue]

    /// The sheet of `checklist` for `profile`.
    public init(checklist: Checklist, profile: [ProfileKey: ProfileValue] = [:]) {
        self.checklist = checklist
        self.profile = profile
    }

    /// The sections with their in-scope controls, in checklist order (sections left empty are
    /// left out).
    public var sections: [(section: Section, controls: [Control])] {
        checklist.sections.compactMap { section in
            let controls = section.controls.filter { $0.applies(to: profile) }
            return controls.isEmpty ? nil : (section, controls)
        }
    }

    /// The glossary entries the sheet's controls use, in glossary order.
    public func glossary(language: Language) -> [GlossaryEntry] {
        let texts = sections.flatMap(\.controls).flatMap { $0.texts(language) }
        return checklist.glossaryEntries(in: texts, language: language)
    }

    /// Plain text for a terminal or a printer: each control with its priority, question and the
    /// three help texts, wrapped to `width`, then the glossary of the terms they use. Texts are
    /// sanitized.
    package func text(language L: Language, width: Int = 80) -> String {
        let width = max(width, 40)
        let safe = { (text: String) in TerminalText.sanitize(text) }
        var lines = [safe("\(checklist.title[L]) \(checklist.version)")]
        if !profile.isEmpty {
            lines.append(profile.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
        }
        for (section, controls) in sections {
            lines += ["", safe("\(section.title[L]) (\(section.id))")]
            for control in controls {
                lines.append("")
                lines += TerminalText.wrap(
                    safe("[\(control.priority.label[L])] \(control.id)  \(control.title[L])"), to: width)
                lines += TerminalText.wrap(safe(control.question[L]), to: width - 4).map { "    " + $0 }
                for (heading, text) in [
                    (Phrase.whyLabel, control.why), (.howLabel, control.how), (.howToCheck, control.verify),
                ] {
                    lines += TerminalText.wrap(safe(heading(L) + ": " + text[L]), to: width - 4).map { "    " + $0 }
                }
            }
        }
        let terms = glossary(language: L)
        if !terms.isEmpty {
            lines += ["", safe(Phrase.glossaryHeading(L))]
            for entry in terms {
                lines += TerminalText.wrap(safe(entry.term[L] + ": " + entry.gloss[L]), to: width - 4).map {
                    "    " + $0
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Markdown to print or paste: a heading per section, a checkbox line per control, then the
    /// glossary of the terms they use.
    public func markdownText(language L: Language) -> String {
        let e = Markdown.escape
        var out = "# \(e(checklist.title[L])) \(e(checklist.version))\n\n"
        for (section, controls) in sections {
            out += "## \(e(section.title[L])) (\(section.id))\n\n"
            for control in controls {
                out +=
                    "- [ ] **[\(e(control.priority.label[L]))] \(control.id) \(e(control.title[L]))** — \(e(control.question[L]))\n"
                out += "  - \(e(Phrase.whyLabel(L))): \(e(control.why[L]))\n"
                out += "  - \(e(Phrase.howLabel(L))): \(e(control.how[L]))\n"
                out += "  - \(e(Phrase.howToCheck(L))): \(e(control.verify[L]))\n"
            }
            out += "\n"
        }
        let terms = glossary(language: L)
        if !terms.isEmpty {
            out += "## \(e(Phrase.glossaryHeading(L)))\n\n"
            for entry in terms { out += "- **\(e(entry.term[L]))**: \(e(entry.gloss[L]))\n" }
            out += "\n"
        }
        return out
    }

    /// One row per control for a spreadsheet, in the language given: section, id, priority,
    /// milestone, title, question, why, how, how to find out. UTF-8 with a byte-order mark.
    public func csvText(language L: Language) -> String {
        let columns: [Phrase] = [
            .sectionColumn, .idColumn, .priorityColumn, .milestoneColumn, .titleColumn, .questionColumn, .whyLabel,
            .howLabel, .howToCheck,
        ]
        var rows = [columns.map { $0(L) }]
        for (section, controls) in sections {
            for control in controls {
                rows.append([
                    section.title[L], control.id.rawValue, control.priority.label[L],
                    control.milestone.map(String.init) ?? "", control.title[L], control.question[L], control.why[L],
                    control.how[L], control.verify[L],
                ])
            }
        }
        return CSV.document(rows)
    }

    /// The `ecsec/questions@1` JSON document: both languages, keys sorted, deterministic.
    public func jsonText() -> String {
        func localized(_ text: LocalizedText) -> JSONValue {
            .object(("en", .string(text.en)), ("ja", .string(text.ja)))
        }
        let controls: [JSONValue] = sections.flatMap { section, controls in
            controls.map { control in
                .object(
                    ("id", .string(control.id.rawValue)), ("section", .string(section.id.rawValue)),
                    ("priority", .string(control.priority.rawValue)),
                    ("milestone", control.milestone.map { .int($0) } ?? .null), ("title", localized(control.title)),
                    ("question", localized(control.question)), ("why", localized(control.why)),
                    ("how", localized(control.how)), ("verify", localized(control.verify)))
            }
        }
        return JSONWriter.write(
            .object(
                ("schema", .string(Self.schema)),
                ("checklist", .object(("id", .string(checklist.id.rawValue)), ("version", .string(checklist.version)))),
                ("profile", .object(JSONObject(profile.map { ($0.key.rawValue, .string($0.value.rawValue)) }))),
                ("controls", .array(controls))))
    }
}
