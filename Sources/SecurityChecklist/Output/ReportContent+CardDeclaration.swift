extension ReportContent {
    /// The checklist whose answers a payment provider's declaration is filled from.
    public static let cardDeclarationChecklist: ChecklistID = "card-security-ec-merchant"

    /// What the shop can honestly declare for one control, from its answer: 実施 only for a
    /// measure in place (by the shop or a provider); a partial measure, a "don't know" and an
    /// unanswered control are never 実施.
    func declaration(_ answer: Answer?) -> String {
        guard let answer else { return Phrase.declareUnanswered(language) }
        let detail = answer.status.requiredDetail.flatMap { answer.value(of: $0) }
        return answer.status.cardDeclaration(language, detail: detail ?? "-")
    }

    /// The answers a card-accepting shop gives its payment provider's self-declaration
    /// (「セキュリティ・チェックリストに基づく対策措置状況申告書」), item by item in the order of the
    /// card guideline's measures as the checklist follows them, each with the answer it can
    /// honestly give and the control, note and evidence behind it. Markdown, to print or to
    /// keep beside the provider's form. `nil` when the assessment answers another checklist.
    public func cardDeclarationMarkdown() -> String? {
        guard checklist.id == Self.cardDeclarationChecklist else { return nil }
        let L = language
        let e = Markdown.escape
        var out = "# \(e(Phrase.declarationTitle(L)))\n\n"
        for (label, value) in metadataRows() { out += "- \(e(label)): \(e(value))\n" }
        out += "\n\(e(Phrase.declarationIntro(L)))\n\n"
        var number = 0
        for section in checklist.sections {
            let controls = section.controls.filter { $0.applies(to: assessment.profile) }
            guard !controls.isEmpty else { continue }
            out += "## \(e(section.title[L]))\n\n"
            for control in controls {
                number += 1
                let answer = assessment.answers[control.id]
                out += "\(number). **\(e(control.title[L]))** (\(control.id), \(e(control.priority.label[L])))\n"
                out += "   - \(e(Phrase.declarationAnswer(L))): **\(e(declaration(answer)))**\n"
                if let answer {
                    out +=
                        "   - \(e(Phrase.answerLabel(L))): \(e(answer.status.label[L])) (\(answer.answeredAt.dateText))\n"
                    if let note = answer.note { out += "   - \(e(Phrase.noteLabel(L))): \(e(note.singleLine))\n" }
                    for item in answer.evidence {
                        out += "   - \(e(Phrase.evidenceColumn(L))): \(e(evidenceLine(item)))\n"
                    }
                    if answer.evidence.isEmpty, answer.status.isMet {
                        out += "   - \(e(Phrase.evidenceColumn(L))): \(e(Phrase.declarationNoEvidence(L)))\n"
                    }
                }
            }
            out += "\n"
        }
        let open = checklist.controls.filter {
            $0.applies(to: assessment.profile) && !(assessment.answers[$0.id]?.status.isMet ?? false)
        }
        out += "## \(e(Phrase.declarationSummaryHeading(L)))\n\n"
        out += e(Phrase.declarationSummary(L, number - open.count, number)) + "\n\n"
        out += e(Phrase.statementAnswers(L, answersHash)) + "\n\n"
        out += e(Phrase.declarationFootnote(L)) + "\n"
        return out
    }
}
