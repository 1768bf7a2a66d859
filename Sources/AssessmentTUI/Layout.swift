/// Where things go on a window of one size, computed once per size: the renderer draws with it
/// and the reducer pages and scrolls with it, so the two never disagree about how many rows a
/// list shows.
package struct Layout: Sendable, Hashable {
    /// The smallest window the screens are drawn in.
    package static let minimumWidth = 60
    package static let minimumHeight = 20

    package let width: Int
    package let height: Int

    package init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Whether the window is large enough for the screens.
    package var fits: Bool { width >= Self.minimumWidth && height >= Self.minimumHeight }

    /// The rows of a scrolling list: below the header and a blank row, above the footer's rows.
    package var listTop: Int { 2 }
    package var listBottom: Int { height - 3 }
    package var listRows: Int { max(1, listBottom - listTop) }
    /// How far a page key moves: the list's rows less the one kept for the "more below" mark.
    package var pageHeight: Int { max(1, listRows - 1) }
    /// The width lists are wrapped to (a one-column margin each side).
    package var listWidth: Int { max(1, width - 2) }
}
