// Renderers follow one pattern: a whole document in a format is `<format>Text(...)`, one row
// of a stream is `<format>Line(...)`. The names of 0.2.0 still work, deprecated, until the
// next minor version.

extension ReportContent {
    @available(*, deprecated, renamed: "markdownText()")
    public func markdown() -> String { markdownText() }
    @available(*, deprecated, renamed: "htmlText()")
    public func html() -> String { htmlText() }
    @available(*, deprecated, renamed: "csvText()")
    public func csv() -> String { csvText() }
    @available(*, deprecated, renamed: "oscalText()")
    public func oscal() -> String { oscalText() }
    @available(*, deprecated, renamed: "oscalPOAMText()")
    public func oscalPOAM() -> String? { oscalPOAMText() }
}

extension AssessmentDiff {
    @available(*, deprecated, renamed: "markdownText(checklist:oldChecklist:language:)")
    public func markdown(checklist: Checklist, oldChecklist: Checklist? = nil, language: Language) -> String {
        markdownText(checklist: checklist, oldChecklist: oldChecklist, language: language)
    }
}

extension QuestionSheet {
    @available(*, deprecated, renamed: "markdownText(language:)")
    public func markdown(language: Language) -> String { markdownText(language: language) }
    @available(*, deprecated, renamed: "csvText(language:)")
    public func csv(language: Language) -> String { csvText(language: language) }
}

extension PlanList {
    @available(*, deprecated, renamed: "csvText(language:)")
    public func csv(language: Language) -> String { csvText(language: language) }
}
