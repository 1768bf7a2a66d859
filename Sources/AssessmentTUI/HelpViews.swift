import SecurityChecklist

/// The control's why / how / verify text and its sources, scrollable.
enum ControlHelpView {
    static func draw(_ state: AppState, scroll: Int, on screen: inout Screen) {
        let L = state.language
        guard let control = state.currentControl else { return }
        screen.bar(
            row: 0, left: "\(control.id)  \(control.title[L])", right: "[" + control.priority.label[L] + "]",
            style: Theme.header)
        // The answer's evidence first, with its age: what the owner checks before confirming.
        var shown = EvidenceLines.lines(state, control: control, width: screen.width - 2, indent: 0)
        if !shown.isEmpty { shown.append(.blank) }
        shown += lines(control, checklist: state.checklist, language: L, width: screen.width - 2)
        Renderer.drawScrolling(shown, scroll: scroll, top: 2, bottom: screen.height - 3, on: &screen, language: L)
        screen.keyHints(KeyTable.footer(for: .controlHelp, language: L), row: screen.height - 2)
    }

    /// The help's lines at `width`: this panel's, and the side panel's in a wide window.
    static func lines(_ control: Control, checklist: Checklist, language L: Language, width: Int) -> [Line] {
        var lines: [Line] = []
        for (heading, text) in [
            (TUIPhrase.whyHeading, control.why), (TUIPhrase.howHeading, control.how),
            (TUIPhrase.verifyHeading, control.verify),
        ] {
            lines.append(Line(heading(L), style: Theme.heading))
            lines += Line.wrapped(text[L], width: width, indent: 2)
            lines.append(.blank)
        }
        // The terms this control uses, explained under it.
        let terms = checklist.glossaryEntries(for: control, language: L)
        if !terms.isEmpty {
            lines.append(Line(Phrase.glossaryHeading(L), style: Theme.heading))
            for entry in terms {
                lines += Line.labelled(entry.term[L], entry.gloss[L], width: width, labelStyle: Theme.title, indent: 2)
            }
            lines.append(.blank)
        }
        if !control.references.isEmpty {
            lines.append(Line(TUIPhrase.referencesHeading(L), style: Theme.heading))
            var marks: [Provenance] = []
            for reference in control.references {
                lines += Line.wrapped("- " + reference.source + " " + reference.item, width: width, indent: 2)
                for line in [reference.citation.details, reference.url ?? ""] where !line.isEmpty {
                    lines += Line.wrapped(line, width: width, style: Theme.dim, indent: 4)
                }
                lines += Line.wrapped(
                    "[" + reference.provenanceText(L) + "]", width: width, style: Theme.title, indent: 4)
                for citation in reference.secondary {
                    lines += Line.labelled(Phrase.secondaryLabel(L), citation.text, width: width, indent: 4)
                }
                if let note = reference.note {
                    lines += Line.wrapped(note[L], width: width, style: Theme.dim, indent: 4)
                }
                for mark in [reference.requirementFrom, reference.priorityFrom].compactMap({ $0 })
                where !marks.contains(mark) {
                    marks.append(mark)
                }
            }
            // What the marks mean, so "this checklist's judgment" is never taken for an official rule.
            for mark in Provenance.allCases where marks.contains(mark) {
                lines += Line.wrapped(mark.meaning[L], width: width, style: Theme.dim, indent: 2)
            }
        }
        return lines
    }
}

/// Every key, generated from ``KeyTable``.
enum KeyHelpView {
    /// The heading each context's keys are listed under, in `Context` order. A switch, so a
    /// new context cannot be left out of the key help without the compiler saying so.
    static func title(of context: Context) -> TUIPhrase {
        switch context {
        case .question: .keyGroupQuestion
        case .overview: .keyGroupOverview
        case .summary: .keyGroupSummary
        case .profile: .keyGroupProfile
        case .controlHelp: .keyGroupPanels
        case .keyHelp: .keyGroupKeyHelp
        case .welcome: .keyGroupWelcome
        case .prompt: .keyGroupPrompt
        case .confirmClear: .keyGroupConfirmClear
        }
    }

    static var groups: [(Context, TUIPhrase)] { Context.allCases.map { ($0, title(of: $0)) } }

    /// The legend of 必須 / 必要 / 推奨 and the level cap, first on the key help that `H` opens
    /// from every screen.
    static func legend(_ checklist: Checklist?, language L: Language, width: Int) -> [Line] {
        var lines = [Line(Phrase.priorityLegend(L), style: Theme.heading)]
        for priority in Priority.allCases {
            lines += Line.wrapped(priority.meaning[L], width: width, indent: 2)
        }
        if let checklist, let cap = ScoreReport.levelCapStatement(checklist, L) {
            lines += Line.wrapped(cap, width: width, style: Theme.title, indent: 2)
        }
        lines.append(.blank)
        return lines
    }

    static func lines(language L: Language, width: Int, checklist: Checklist? = nil) -> [Line] {
        var lines: [Line] = legend(checklist, language: L, width: width)
        let keyWidth =
            groups.flatMap { KeyTable.help(for: $0.0, language: L) }.map { TerminalText.width($0.keys) }.max() ?? 0
        for (context, title) in groups {
            lines.append(Line(title(L), style: Theme.heading))
            for row in KeyTable.help(for: context, language: L) {
                let wrapped = TerminalText.wrap(row.description, to: max(1, width - keyWidth - 4))
                for (offset, piece) in wrapped.enumerated() {
                    lines.append(
                        offset == 0
                            ? Line(
                                segments: [
                                    (TerminalText.pad(row.keys, to: keyWidth) + "  ", Theme.key), (piece, .plain),
                                ], indent: 2)
                            : Line(piece, indent: keyWidth + 4))
                }
            }
            lines.append(.blank)
        }
        return lines
    }

    static func draw(_ state: AppState, scroll: Int, on screen: inout Screen) {
        let L = state.language
        screen.bar(row: 0, left: TUIPhrase.keyHelpTitle(L), right: "", style: Theme.header)
        Renderer.drawScrolling(
            lines(language: L, width: screen.width - 2, checklist: state.checklist), scroll: scroll, top: 2,
            bottom: screen.height - 3, on: &screen,
            language: L)
        screen.keyHints(KeyTable.footer(for: .keyHelp, language: L), row: screen.height - 2)
    }
}
