extension ScoreReport {
    /// One sentence about the mandatory measures and the controls it names, worded once for the
    /// score text, every report, the diff and the terminal UI's summary.
    package struct MandatoryStatement: Sendable, Hashable {
        /// The sentence, e.g. 未回答の必須対策: 3件.
        package var text: String
        /// The controls it is about, in checklist order (none for "all in place").
        package var controls: [ControlID]
        /// Whether it is good news.
        package var isGood: Bool
    }

    /// What the mandatory measures stand at: "all in place", or one sentence per reason a
    /// mandatory control is not met — answered and not in place, unanswered, answered N/A.
    package func mandatoryStatements(_ L: Language) -> [MandatoryStatement] {
        let gaps = overall.mandatory
        if gaps.isEmpty { return [MandatoryStatement(text: Phrase.mandatoryAllMet(L), controls: [], isGood: true)] }
        let parts: [(Phrase, [ControlID])] = [
            (.mandatoryMissing, gaps.missing), (.mandatoryUnanswered, gaps.unanswered),
            (.mandatoryNotApplicable, gaps.notApplicable),
        ]
        return parts.filter { !$0.1.isEmpty }.map { phrase, ids in
            MandatoryStatement(text: phrase(L, ids.count), controls: ids, isGood: false)
        }
    }

    /// 未完了: N件が未回答です。結果は暫定です — or `nil` when every in-scope control is answered.
    package func completenessBanner(_ L: Language) -> String? {
        overall.complete ? nil : Phrase.incompleteBanner(L, overall.unanswered)
    }

    /// 「必須の対策が1つでも満たされていないと、レベル B 以上にはなりません」 for a checklist whose
    /// better levels require every mandatory measure (naming the lowest of them); `nil` when
    /// no level does.
    package static func levelCapStatement(_ checklist: Checklist, _ L: Language) -> String? {
        guard let lowest = checklist.scoring.levels.last(where: \.requiresAllMandatory) else { return nil }
        return Phrase.levelCap(L, lowest.id.rawValue)
    }

    /// "Level B (Good)", with "(provisional)" while the assessment is incomplete; "no level" when
    /// none is reached.
    package func levelText(_ L: Language) -> String {
        guard let level = overall.level else { return Phrase.noLevel(L) }
        let text = "\(Phrase.level(L)) \(level.id)" + Phrase.parenthesized(L, level.label[L])
        return overall.complete ? text : text + Phrase.provisional(L)
    }

    /// Delegated controls grouped by provider, providers in byte order, controls in checklist order.
    package var providerGroups: [(provider: String, controls: [ControlID])] {
        var groups: [String: [ControlID]] = [:]
        for item in delegated { groups[item.provider, default: []].append(item.control) }
        return groups.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { ($0, groups[$0]!) }
    }
}

extension AssessmentDiff {
    /// The mandatory headline every diff format starts with: gaps opened, gaps closed, and the
    /// later side's mandatory controls answered N/A.
    package func mandatoryStatements(_ L: Language) -> [ScoreReport.MandatoryStatement] {
        var statements: [ScoreReport.MandatoryStatement] = []
        if !mandatoryOpened.isEmpty {
            statements.append(
                .init(text: Phrase.mandatoryOpened(L, mandatoryOpened.count), controls: mandatoryOpened, isGood: false))
        }
        if !mandatoryClosed.isEmpty {
            statements.append(
                .init(text: Phrase.mandatoryClosed(L, mandatoryClosed.count), controls: mandatoryClosed, isGood: true))
        }
        if !to.mandatoryNotApplicable.isEmpty {
            statements.append(
                .init(
                    text: Phrase.mandatoryNotApplicable(L, to.mandatoryNotApplicable.count),
                    controls: to.mandatoryNotApplicable, isGood: false))
        }
        return statements
    }
}

extension AssessmentDiff.Warning {
    /// The warning in words.
    package func text(_ L: Language) -> String {
        let phrase: Phrase =
            switch code {
            case .sameAssessmentId: .warnSameAssessmentId
            case .differentOrganization: .warnDifferentOrganization
            case .notPrevious: .warnNotPrevious
            }
        return phrase(L, values.map { $0 as CustomStringConvertible })
    }
}
