import SecurityChecklist

extension AppState {
    /// Sections with at least one in-scope control, in checklist order.
    package var overviewSections: [SectionID] {
        let inScope = Set(scope)
        return checklist.sections.filter { $0.controls.contains { inScope.contains($0.id) } }.map(\.id)
    }

    mutating func performOnOverview(_ command: Command) -> [Effect] {
        if command == .editDetails {
            askDetail(.organization)
            return []
        }
        let sections = overviewSections
        switch command {
        case .scrollUp: overviewSelection = max(0, overviewSelection - 1)
        case .scrollDown: overviewSelection = min(max(0, sections.count - 1), overviewSelection + 1)
        case .pageUp: overviewSelection = 0
        case .pageDown: overviewSelection = max(0, sections.count - 1)
        case .open:
            guard sections.indices.contains(overviewSelection),
                let section = checklist.sections.first(where: { $0.id == sections[overviewSelection] })
            else { return [] }
            let ids = Set(section.controls.map(\.id))
            let indices = scope.indices.filter { ids.contains(scope[$0]) }
            if let first = indices.first(where: { assessment.answers[scope[$0]] == nil }) ?? indices.first {
                current = first
                questionScroll = 0
                open(.question)
            }
        case .back: goBack()
        case .summary: openSummary()
        case .editProfile:
            open(.profile)
            profileIndex = 0
        default: break
        }
        return []
    }
}
