import SecurityChecklist

/// The result: score and level, mandatory measures missing, sections and tags, what to fix
/// first, what to find out, controls by provider, stale answers. Scrollable.
enum SummaryView {
    /// The score and the level: one line when it fits in `width`, else the level on a second
    /// line (a narrow window never cuts the level's meaning off).
    static func scoreLines(_ report: ScoreReport, _ L: Language, width: Int) -> [Line] {
        var segments: [(text: String, style: Style)] = [(Phrase.overallScore(L) + "  ", Theme.title)]
        if let score = report.overall.score {
            segments.append((score.description, Theme.title))
            segments.append((" " + Phrase.outOf(L, report.overall.maximum.description), .plain))
        } else {
            segments.append((Phrase.notScorable(L), Theme.dim))
        }
        guard report.overall.level != nil else { return [Line(segments: segments)] }
        let level = report.levelText(L)
        let used = segments.reduce(0) { $0 + TerminalText.width($1.text) }
        if used + 2 + TerminalText.width(level) <= width {
            return [Line(segments: segments + [("  " + level, Theme.title)])]
        }
        return [Line(segments: segments)] + Line.wrapped(level, width: width, style: Theme.title, indent: 2)
    }

    /// The mandatory statements on one line (the overview's).
    static func mandatoryLine(_ report: ScoreReport, _ L: Language) -> Line {
        let statements = report.mandatoryStatements(L)
        let good = statements.allSatisfy(\.isGood)
        return Line(statements.map(\.text).joined(separator: " / "), style: good ? Theme.good : Theme.bad)
    }

    /// The banner, the score line and the mandatory statements with their controls.
    static func headLines(_ report: ScoreReport, checklist: Checklist, width: Int, _ L: Language) -> [Line] {
        var lines: [Line] = []
        if let banner = report.completenessBanner(L) {
            lines += Line.wrapped(banner, width: width, style: Theme.warning)
        }
        lines += scoreLines(report, L, width: width)
        for statement in report.mandatoryStatements(L) {
            lines += Line.wrapped(statement.text, width: width, style: statement.isGood ? Theme.good : Theme.bad)
            for id in statement.controls {
                var text = "\(id)  \(checklist.control(id)?.title[L] ?? "")"
                if let reason = report.notApplicable.first(where: { $0.control == id })?.reason {
                    text += " — " + Phrase.reasonLabel(L) + ": " + reason
                }
                lines += selectable(Line.wrapped(text, width: width, style: Theme.bad, indent: 2), id)
            }
        }
        if !report.overall.mandatory.notApplicable.isEmpty {
            lines += Line.wrapped(Phrase.mandatoryNotApplicableRule(L), width: width, style: Theme.dim, indent: 2)
        }
        if !report.overall.mandatoryMet, let cap = ScoreReport.levelCapStatement(checklist, L) {
            lines += Line.wrapped(cap, width: width, style: Theme.dim, indent: 2)
        }
        // The latest probe run, and each answer it contradicts (Enter opens the control).
        if let observations = report.observations {
            lines += Line.wrapped(observations.summary(L), width: width, style: Theme.dim)
            if !observations.conflicts.isEmpty {
                lines += Line.wrapped(Phrase.observationConflictHeading(L), width: width, style: Theme.bad)
            }
            for conflict in observations.conflicts {
                let text = conflict.line(title: checklist.control(conflict.control)?.title[L] ?? "", L)
                lines += selectable(Line.wrapped(text, width: width, style: Theme.bad, indent: 2), conflict.control)
            }
        }
        return lines
    }

    /// `lines` with the first marked as the start of `control`'s entry.
    static func selectable(_ lines: [Line], _ control: ControlID) -> [Line] {
        var lines = lines
        if !lines.isEmpty { lines[0].control = control }
        return lines
    }

    /// The summary's lines at `width`; the lines that start an entry name its control, and
    /// the entries in order are what Up and Down select (``AppState/summarySelection``).
    static func lines(_ state: AppState, width: Int) -> [Line] {
        let L = state.language
        let report = state.report
        let checklist = state.checklist
        var lines = headLines(report, checklist: checklist, width: width, L)
        var progress = Phrase.answeredOf(L, report.overall.counts.answered, report.overall.counts.inScope)
        if report.overall.counts.unknown > 0 {
            progress += " / " + Phrase.unknownCount(L, report.overall.counts.unknown)
        }
        if report.overall.carried > 0 { progress += " / " + Phrase.carriedCount(L, report.overall.carried) }
        lines.append(Line(progress, style: Theme.dim))
        // The previous quarter, when the file names it and it is at hand.
        if let diff = state.comparison {
            lines.append(.blank)
            lines.append(
                Line(Phrase.comparisonHeading(L) + " (" + (diff.from.period ?? "-") + ")", style: Theme.heading))
            lines += Line.wrapped(diff.headline(L), width: width, indent: 2)
            for statement in diff.mandatoryStatements(L) {
                lines += Line.wrapped(
                    statement.text + ": " + statement.controls.map(\.rawValue).joined(separator: ", "), width: width,
                    style: statement.isGood ? Theme.good : Theme.bad, indent: 2)
            }
        }

        func groups<ID>(_ items: [ScoreReport.GroupScore<ID>], title: (ID) -> String) -> [Line] {
            let labelWidth = min(24, width - 36)
            return items.map { group in
                let score = group.scoreText(L)
                let fraction = group.score?.fraction(of: group.maximum) ?? 0
                let filled = Int((min(max(fraction, 0), 1) * 20).rounded())
                return Line(
                    segments: [
                        (TerminalText.pad(title(group.id), to: labelWidth) + " ", .plain),
                        (String(repeating: "#", count: filled), Theme.bar(fraction)),
                        (String(repeating: ".", count: 20 - filled), Theme.dim),
                        (String(repeating: " ", count: max(1, 7 - TerminalText.width(score))) + score, .plain),
                        ("  \(group.counts.answered)/\(group.counts.inScope)", Theme.dim),
                    ], indent: 2)
            }
        }
        lines.append(.blank)
        lines.append(Line(Phrase.bySection(L), style: Theme.heading))
        lines += groups(report.sections) { id in checklist.sections.first { $0.id == id }?.title[L] ?? id.rawValue }
        if !report.tags.isEmpty {
            lines.append(.blank)
            lines.append(Line(Phrase.byTag(L), style: Theme.heading))
            lines += groups(report.tags) { id in checklist.tag(id)?.title[L] ?? id.rawValue }
        }

        lines.append(.blank)
        lines.append(Line(Phrase.firstActions(L), style: Theme.heading))
        if report.gaps.isEmpty { lines.append(Line(Phrase.noGaps(L), indent: 2)) }
        for (index, gap) in report.gaps.enumerated() {
            let badge = "[" + gap.priority.label[L] + "]"
            let head = "\(index + 1). "
            let status = gap.status.label[L]
            var text = "\(gap.control)  \(checklist.control(gap.control)?.title[L] ?? "")  (\(status), +\(gap.gain))"
            if let plan = state.assessment.answers[gap.control]?.plan {
                text += "  " + Phrase.planLine(L, plan.owner, plan.dueText(L))
                if plan.isOverdue(asOf: state.today) { text += " " + Phrase.overdueLabel(L) }
            }
            let indent = 2 + head.count + TerminalText.width(badge) + 1
            let wrapped = TerminalText.wrap(TerminalText.sanitize(text), to: max(1, width - indent))
            for (offset, piece) in wrapped.enumerated() {
                var line =
                    offset == 0
                    ? Line(
                        segments: [(head, .plain), (badge, Theme.badge(gap.priority)), (" " + piece, .plain)],
                        indent: 2)
                    : Line(piece, indent: indent)
                if offset == 0 { line.control = gap.control }
                lines.append(line)
            }
        }

        if !report.unknowns.isEmpty {
            lines.append(.blank)
            lines.append(Line(Phrase.unknownsToCheck(L), style: Theme.heading))
            for id in report.unknowns {
                guard let control = checklist.control(id) else { continue }
                lines += selectable(
                    Line.wrapped("\(id)  \(control.title[L])", width: width, style: Theme.title, indent: 2), id)
                lines += Line.labelled(Phrase.howToCheck(L), control.verify[L], width: width, indent: 4)
            }
        }

        if !report.notApplicable.isEmpty {
            lines.append(.blank)
            lines.append(Line(Phrase.notApplicableHeading(L), style: Theme.heading))
            for item in report.notApplicable {
                let badge = item.priority == .mandatory ? "[" + item.priority.label[L] + "] " : ""
                lines += selectable(
                    Line.wrapped(
                        badge + "\(item.control)  \(checklist.control(item.control)?.title[L] ?? "")", width: width,
                        style: item.priority == .mandatory ? Theme.bad : Theme.title, indent: 2), item.control)
                lines += Line.labelled(Phrase.reasonLabel(L), item.reason, width: width, indent: 4)
            }
        }

        var byProvider: [String: [ControlID]] = [:]
        for answer in report.delegated { byProvider[answer.provider, default: []].append(answer.control) }
        if !byProvider.isEmpty {
            lines.append(.blank)
            lines.append(Line(Phrase.providersHeading(L), style: Theme.heading))
            let order = Dictionary(uniqueKeysWithValues: state.scope.enumerated().map { ($1, $0) })
            for provider in byProvider.keys.sorted() {
                let ids = byProvider[provider]!.sorted { order[$0, default: 0] < order[$1, default: 0] }
                lines += Line.labelled(
                    provider, ids.map(\.rawValue).joined(separator: ", "), width: width, labelStyle: Theme.title,
                    indent: 2)
            }
        }
        if !report.stale.isEmpty {
            lines.append(.blank)
            lines.append(Line(Phrase.staleAnswers(L), style: Theme.heading))
            for item in report.stale {
                let title = checklist.control(item.control)?.title[L] ?? ""
                lines += selectable(
                    Line.wrapped(
                        "\(item.control)  \(title) (\(item.answeredAt.dateText), \(Phrase.daysOverdue(L, item.daysOverdue)))",
                        width: width, indent: 2), item.control)
            }
        }
        return lines
    }

    static func draw(_ state: AppState, on screen: inout Screen) {
        let L = state.language
        Renderer.header(state, right: TUIPhrase.summaryTitle(L), on: &screen)
        let layout = Layout(width: screen.width, height: screen.height)
        var lines = lines(state, width: layout.listWidth)
        // The selected entry: a mark in the margin and its first line in reverse video.
        if let selection = state.summarySelection,
            let index = lines.indices.filter({ lines[$0].control != nil }).dropFirst(selection).first
        {
            lines[index].segments = lines[index].segments.map { ($0.text, Theme.selected) }
            lines[index].segments.insert((">", Theme.title), at: 0)
            lines[index].indent = max(0, lines[index].indent - 1)
        }
        Renderer.drawScrolling(
            lines, scroll: state.summaryScroll, top: layout.listTop, bottom: layout.listBottom, on: &screen,
            language: L)
        screen.keyHints(KeyTable.footer(for: .summary, language: L), row: screen.height - 2)
    }
}
