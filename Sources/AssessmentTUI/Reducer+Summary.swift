import SecurityChecklist

extension AppState {
    /// The summary: its entries are selected, opened (Enter) and explained (`h`).
    mutating func performOnSummary(_ command: Command) -> [Effect] {
        switch command {
        case .editDetails: askDetail(.organization)
        case .overview: open(.overview)
        case .back: goBack()
        case .editProfile:
            open(.profile)
            profileIndex = 0
        case .scrollUp, .scrollDown, .pageUp, .pageDown, .open, .controlHelp: return moveInSummary(command)
        default: break
        }
        return []
    }

    /// Selecting, scrolling and opening the summary's entries: the only keys that need its
    /// layout (scored and wrapped here, as the renderer will).
    mutating func moveInSummary(_ command: Command) -> [Effect] {
        let lines = SummaryView.lines(self, width: layout.listWidth)
        // Where each entry starts, and the furthest the list scrolls (as the view draws it).
        let entries = lines.indices.filter { lines[$0].control != nil }
        let maxScroll = max(0, lines.count - layout.listRows)
        func show(_ entry: Int) {
            let line = entries[entry]
            if line < summaryScroll { summaryScroll = line }
            if line >= summaryScroll + pageHeight { summaryScroll = line - pageHeight + 1 }
        }
        func selectVisible() {
            let visible = entries.indices.filter { (summaryScroll..<summaryScroll + pageHeight).contains(entries[$0]) }
            summarySelection = visible.first
        }
        summaryScroll = min(summaryScroll, maxScroll)
        switch command {
        case .scrollDown:
            // Down selects the next entry; past the last one it scrolls to the end.
            let next = summarySelection.map { $0 + 1 } ?? 0
            if entries.indices.contains(next) {
                summarySelection = next
                show(next)
            } else {
                summaryScroll = min(maxScroll, summaryScroll + 1)
            }
        case .scrollUp:
            if let selection = summarySelection, selection > 0 {
                summarySelection = selection - 1
                show(selection - 1)
            } else {
                summaryScroll = max(0, summaryScroll - 1)
            }
        case .pageUp:
            summaryScroll = max(0, summaryScroll - pageHeight)
            selectVisible()
        case .pageDown:
            summaryScroll = min(maxScroll, summaryScroll + pageHeight)
            selectVisible()
        case .open, .controlHelp:
            guard let selection = summarySelection, entries.indices.contains(selection),
                let id = lines[entries[selection]].control, let index = scope.firstIndex(of: id)
            else {
                if command == .controlHelp {
                    overlay = .keyHelp(scroll: 0)
                } else {
                    message = Message(text: TUIPhrase.selectFirst(language), isError: true)
                }
                return []
            }
            current = index
            questionScroll = 0
            if command == .open {
                open(.question)
            } else {
                overlay = .controlHelp(scroll: 0)
            }
        default: break
        }
        return []
    }
}
