import AssessmentTUI
import CNcursesw
import Glibc
import SecurityChecklist

/// The thin curses edge: draws ``Screen`` grids (only the cells that changed) and turns
/// keyboard input into ``Key`` values. Everything else lives in the pure `AssessmentTUI` core.
final class CursesTerminal {
    enum StartError: Error {
        case notATerminal
        case unusableTerminal(String)

        func message(in language: Language) -> String {
            switch self {
            case .notATerminal: CLIPhrase.needsTerminal(language)
            case .unusableTerminal(let term): CLIPhrase.unusableTerminal(language, term)
            }
        }
    }

    enum Input: Equatable {
        /// What one read brought, decoded (keys, a paste, Ctrl-C).
        case events([InputEvent])
        case resize
        /// The terminal is gone (end of file or an error): the session ends as with `q`.
        case closed
    }

    private var screenPointer: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var previous: Screen?
    private let useColor: Bool
    private var pairs: [Int: Int16] = [:]
    private(set) var isActive = false
    private var decoder = InputDecoder()

    /// Checks the terminal and starts curses. Nothing is sent to the terminal when it fails.
    init(noColor: Bool) throws {
        guard isatty(0) == 1, isatty(1) == 1 else { throw StartError.notATerminal }
        let term = Environment.variable("TERM") ?? ""
        guard !term.isEmpty, term != "dumb" else { throw StartError.unusableTerminal(term) }
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
        guard let screen = newterm(nil, cn_stdout(), cn_stdin()) else { throw StartError.unusableTerminal(term) }
        guard cn_has_cursor_addressing() != 0 else {
            endwin()
            delscreen(screen)
            throw StartError.unusableTerminal(term)
        }
        screenPointer = screen
        window = cn_stdscr()
        isActive = true
        raw()
        noecho()
        nonl()
        curs_set(0)
        // curses must not look at the input itself (it would postpone drawing while keys wait).
        typeahead(-1)
        // Keys are read from the descriptor and decoded by InputDecoder, not by curses: whole
        // escape sequences, and pastes the terminal brackets (mode 2004) as text.
        fflush(cn_stdout())
        Self.send("\u{1B}[?2004h")
        var color = false
        if !noColor, has_colors() {
            start_color()
            use_default_colors()
            color = true
        }
        useColor = color
    }

    /// Restores the terminal. Safe to call twice.
    func stop() {
        guard isActive else { return }
        isActive = false
        curs_set(1)
        endwin()
        Self.send("\u{1B}[?2004l")
        if let screenPointer { delscreen(screenPointer) }
        screenPointer = nil
    }

    deinit { stop() }

    var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Waits up to 100 ms for input (25 ms when an escape sequence may still be arriving, the
    /// delay after which a lone ESC is the Escape key); `nil` when nothing came.
    func read() -> Input? {
        if Signals.takeResize() {
            var size = winsize()
            if ioctl(0, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 {
                resizeterm(Int32(size.ws_row), Int32(size.ws_col))
            }
            return .resize
        }
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, decoder.isWaiting ? 25 : 100)
        if ready < 0 { return nil }  // a signal: the loop looks at it
        if ready == 0 {
            let events = decoder.flush()
            return events.isEmpty ? nil : .events(events)
        }
        if descriptor.revents & Int16(POLLNVAL) != 0 { return .closed }
        // Everything the terminal has sent so far is one read: a paste arrives together.
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while bytes.count < InputDecoder.pasteLimit {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress!, $0.count) }
            if count > 0 {
                bytes += buffer[..<count]
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                // End of file (the pane was closed without SIGHUP) or an error: never spin.
                if bytes.isEmpty { return .closed }
                break
            }
            var more = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            guard poll(&more, 1, 0) > 0, more.revents & Int16(POLLIN) != 0 else { break }
        }
        return .events(decoder.feed(bytes))
    }

    /// Writes a control sequence to the terminal directly (not through curses).
    private static func send(_ sequence: String) {
        _ = sequence.utf8CString.withUnsafeBufferPointer { Glibc.write(1, $0.baseAddress!, $0.count - 1) }
    }

    /// Draws `screen`, sending only the cells that differ from the last frame.
    func draw(_ screen: Screen) {
        guard let window else { return }
        let full = previous == nil || previous!.width != screen.width || previous!.height != screen.height
        if full { werase(window) }
        for row in 0..<screen.height {
            var first = -1
            var last = -1
            for column in 0..<screen.width where full || previous![row, column] != screen[row, column] {
                if first < 0 { first = column }
                last = column
            }
            guard first >= 0 else { continue }
            if screen[row, first].isContinuation { first -= 1 }
            drawRun(screen, row: row, from: first, to: last)
        }
        if let cursor = screen.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        wrefresh(window)
        previous = screen
    }

    /// Forgets the last frame, so the next draw repaints everything (after a resize).
    func invalidate() {
        previous = nil
        if let window { clearok(window, true) }
    }

    private func drawRun(_ screen: Screen, row: Int, from first: Int, to last: Int) {
        guard let window else { return }
        var column = first
        // The run's UTF-8 bytes, collected without building a String cell by cell.
        var bytes: [CChar] = []
        bytes.reserveCapacity(4 * (last - first + 2))
        while column <= last || (column < screen.width && screen[row, column].isContinuation) {
            let style = screen[row, column].style
            bytes.removeAll(keepingCapacity: true)
            var lastCharacter = 0
            let start = column
            while column < screen.width {
                let cell = screen[row, column]
                guard column <= last || cell.isContinuation, cell.style == style else { break }
                if !cell.text.isEmpty { lastCharacter = bytes.count }
                for byte in cell.text.utf8 { bytes.append(CChar(bitPattern: byte)) }
                column += 1
            }
            // The bottom-right cell cannot be written without scrolling on some terminals.
            if row == screen.height - 1, column == screen.width, !bytes.isEmpty {
                bytes.removeSubrange(lastCharacter...)
            }
            bytes.append(0)
            wattrset(window, Int32(bitPattern: attributes(for: style)))
            bytes.withUnsafeBufferPointer { _ = mvwaddstr(window, Int32(row), Int32(start), $0.baseAddress) }
            if column == start { column += 1 }
        }
        wattrset(window, Int32(bitPattern: cn_a_normal()))
    }

    private func attributes(for style: Style) -> UInt32 {
        var attributes = cn_a_normal()
        if style.bold { attributes |= cn_a_bold() }
        if style.dim { attributes |= cn_a_dim() }
        if style.underline { attributes |= cn_a_underline() }
        if style.reverse { attributes |= cn_a_reverse() }
        if useColor, style.foreground != nil || style.background != nil,
            let pair = pair(style.foreground, style.background)
        {
            attributes |= cn_color_pair(pair)
        } else if style.background != nil {
            // Without colour a coloured background becomes reverse video, so it stays visible.
            attributes |= cn_a_reverse()
        }
        return attributes
    }

    private func pair(_ foreground: AssessmentTUI.Color?, _ background: AssessmentTUI.Color?) -> Int16? {
        let key = (foreground.map { $0.rawValue + 1 } ?? 0) * 9 + (background.map { $0.rawValue + 1 } ?? 0)
        if let existing = pairs[key] { return existing }
        let number = Int16(pairs.count + 1)
        guard Int32(number) < cn_color_pairs() else { return nil }
        init_pair(number, Int16(foreground?.rawValue ?? -1), Int16(background?.rawValue ?? -1))
        pairs[key] = number
        return number
    }
}
