/// What the terminal sent, decoded: a key, a paste, or Ctrl-C.
package enum InputEvent: Sendable, Hashable {
    case key(Key)
    /// Text the user pasted: it goes into an open prompt as text and never acts as keys.
    case paste(String)
    /// Ctrl-C (raw mode delivers it as a byte, not a signal).
    case interrupt
}

/// Turns the bytes a terminal sends into ``InputEvent``s, without curses: whole escape
/// sequences (CSI and SS3 with parameters, as xterm, PuTTY, Tera Term, the Linux console and
/// tmux send them) become one key or nothing, never stray characters; a bracketed paste
/// (`ESC [ 200 ~ … ESC [ 201 ~`) becomes one ``InputEvent/paste(_:)``; and a read that holds a
/// line break together with more than one character — what an unbracketed paste looks like,
/// since no one types two keys and Enter within one read — is a paste too, so its second line
/// never answers a question.
///
/// Pure: the terminal edge feeds each read's bytes and calls ``flush()`` when no more came
/// within the escape delay.
package struct InputDecoder: Sendable {
    /// Bytes of a sequence not complete yet (a lone ESC, half a UTF-8 character).
    private var pending: [UInt8] = []
    /// The text of a bracketed paste still open.
    private var pasted: [UInt8]?
    /// The longest paste kept; the rest is dropped (a prompt holds a line, not a file).
    package static let pasteLimit = 64 * 1024

    package init() {}

    /// Whether a sequence is waiting for its next bytes (the edge then waits the escape delay
    /// before calling ``flush()``).
    package var isWaiting: Bool { !pending.isEmpty }

    /// Decodes one read's bytes.
    package mutating func feed(_ bytes: [UInt8]) -> [InputEvent] {
        var events: [InputEvent] = []
        var loose: [Piece] = []
        var input = pending + bytes
        pending = []
        var index = 0
        while index < input.count {
            if pasted != nil {
                index = consumePaste(input, from: index, into: &events)
                continue
            }
            switch decode(input, at: index) {
            case .incomplete:
                pending = Array(input[index...])
                index = input.count
            case .piece(let piece, let length):
                if case .pasteStart = piece {
                    flushLoose(&loose, into: &events)
                    pasted = []
                } else {
                    loose.append(piece)
                }
                index += length
            }
        }
        input.removeAll()
        flushLoose(&loose, into: &events)
        return events
    }

    /// Ends what is pending after the escape delay: a lone ESC is the Escape key; half a
    /// character or an unfinished sequence is dropped. An open bracketed paste stays open.
    package mutating func flush() -> [InputEvent] {
        defer { pending = [] }
        return pending == [0x1B] ? [.key(.escape)] : []
    }

    // MARK: - Pieces

    private enum Piece {
        case key(Key)
        case text(Character)
        case lineBreak
        case interrupt
        case pasteStart
        /// A sequence or control byte the screens do not use.
        case ignored
    }

    private enum Decoded {
        case piece(Piece, length: Int)
        case incomplete
    }

    /// One read's pieces as events: keys, or one paste when the read looks like one.
    private func flushLoose(_ pieces: inout [Piece], into events: inout [InputEvent]) {
        defer { pieces = [] }
        let characters = pieces.filter { if case .text = $0 { true } else { false } }.count
        let breaks = pieces.filter { if case .lineBreak = $0 { true } else { false } }.count
        if breaks > 0, characters > 1 {
            var text = ""
            for piece in pieces {
                switch piece {
                case .text(let character): text.append(character)
                case .lineBreak: text.append("\n")
                case .interrupt: events.append(.interrupt)
                default: break
                }
            }
            events.append(.paste(text))
            return
        }
        for piece in pieces {
            switch piece {
            case .key(let key): events.append(.key(key))
            case .text(let character): events.append(.key(.character(character)))
            case .lineBreak: events.append(.key(.enter))
            case .interrupt: events.append(.interrupt)
            case .pasteStart, .ignored: break
            }
        }
    }

    /// Collects a bracketed paste up to its end marker.
    private mutating func consumePaste(_ input: [UInt8], from start: Int, into events: inout [InputEvent]) -> Int {
        let end: [UInt8] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]  // ESC [ 2 0 1 ~
        var index = start
        while index < input.count {
            if input[index] == 0x1B {
                let available = input.count - index
                if available < end.count, input[index...].elementsEqual(end.prefix(available)) {
                    pending = Array(input[index...])  // the end marker may be split over reads
                    return input.count
                }
                if input[index...].starts(with: end) {
                    events.append(.paste(Self.pasteText(pasted ?? [])))
                    pasted = nil
                    return index + end.count
                }
            }
            if (pasted?.count ?? 0) < Self.pasteLimit { pasted?.append(input[index]) }
            index += 1
        }
        return index
    }

    /// A paste's bytes as text: invalid UTF-8 repaired, CR LF and CR as line breaks.
    private static func pasteText(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        var result = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n", previousCR {
                previousCR = false
                continue
            }
            previousCR = scalar == "\r"
            result.append(scalar == "\r" ? "\n" : scalar)
        }
        return String(result)
    }

    private func decode(_ input: [UInt8], at index: Int) -> Decoded {
        let byte = input[index]
        switch byte {
        case 0x1B: return decodeEscape(input, at: index)
        case 0x03: return .piece(.interrupt, length: 1)
        case 0x0D:
            // CR LF is one line break.
            let length = index + 1 < input.count && input[index + 1] == 0x0A ? 2 : 1
            return .piece(.lineBreak, length: length)
        case 0x0A: return .piece(.lineBreak, length: 1)
        case 0x08, 0x7F: return .piece(.key(.backspace), length: 1)
        case 0x09: return .piece(.key(.tab), length: 1)
        case 0x00..<0x20: return .piece(.ignored, length: 1)
        case 0x20..<0x80: return .piece(.text(Character(Unicode.Scalar(byte))), length: 1)
        default: return decodeUTF8(input, at: index)
        }
    }

    private func decodeUTF8(_ input: [UInt8], at index: Int) -> Decoded {
        let byte = input[index]
        let length =
            switch byte {
            case 0xC2...0xDF: 2
            case 0xE0...0xEF: 3
            case 0xF0...0xF4: 4
            default: 0
            }
        guard length > 0 else { return .piece(.ignored, length: 1) }
        guard index + length <= input.count else {
            // Wait for the rest, unless what came already cannot continue this character.
            let tail = input[(index + 1)...]
            return tail.allSatisfy { $0 & 0xC0 == 0x80 } ? .incomplete : .piece(.ignored, length: 1)
        }
        let bytes = input[index..<(index + length)]
        guard let text = String(validating: bytes, as: UTF8.self), let scalar = text.unicodeScalars.first else {
            return .piece(.ignored, length: 1)
        }
        // C1 controls (U+0080–U+009F) act on some terminals: never text.
        if (0x80...0x9F).contains(scalar.value) { return .piece(.ignored, length: length) }
        return .piece(.text(Character(scalar)), length: length)
    }

    private func decodeEscape(_ input: [UInt8], at index: Int) -> Decoded {
        guard index + 1 < input.count else { return .incomplete }
        let next = input[index + 1]
        switch next {
        case 0x5B: return decodeCSI(input, at: index)  // ESC [
        case 0x4F:  // ESC O (SS3)
            guard index + 2 < input.count else { return .incomplete }
            let key: Key? =
                switch input[index + 2] {
                case 0x41: .up
                case 0x42: .down
                case 0x43: .right
                case 0x44: .left
                case 0x48: .home
                case 0x46: .end
                case 0x4D: .enter  // keypad Enter
                case 0x50: .function(1)
                case 0x51: .function(2)
                case 0x52: .function(3)
                case 0x53: .function(4)
                default: nil
                }
            return .piece(key.map(Piece.key) ?? .ignored, length: 3)
        case 0x5D, 0x50, 0x5F, 0x5E:  // OSC, DCS, APC, PM: a string up to BEL or ESC \
            var end = index + 2
            while end < input.count {
                if input[end] == 0x07 { return .piece(.ignored, length: end + 1 - index) }
                if input[end] == 0x1B {
                    guard end + 1 < input.count else { return .incomplete }
                    if input[end + 1] == 0x5C { return .piece(.ignored, length: end + 2 - index) }
                }
                end += 1
            }
            return .incomplete
        case 0x1B:
            // ESC ESC [ A (Alt with an arrow on some terminals) or two Escape presses.
            if index + 2 < input.count, input[index + 2] == 0x5B || input[index + 2] == 0x4F {
                return .piece(.ignored, length: 1)
            }
            return .piece(.key(.escape), length: 1)
        default:
            // Alt with a key (ESC x): no screen uses Alt, and the key alone must not act.
            if next < 0x80 { return .piece(.ignored, length: 2) }
            switch decodeUTF8(input, at: index + 1) {
            case .incomplete: return .incomplete
            case .piece(_, let length): return .piece(.ignored, length: 1 + length)
            }
        }
    }

    /// `ESC [ parameters intermediates final`.
    private func decodeCSI(_ input: [UInt8], at index: Int) -> Decoded {
        var end = index + 2
        while end < input.count, (0x20...0x3F).contains(input[end]) { end += 1 }
        guard end < input.count else { return .incomplete }
        let final = input[end]
        if final == 0x5B, end == index + 2 {
            // The Linux console's F1–F5: ESC [ [ A … ESC [ [ E.
            guard end + 1 < input.count else { return .incomplete }
            let number = Int(input[end + 1]) - 0x40
            return .piece((1...5).contains(number) ? .key(.function(number)) : .ignored, length: 4)
        }
        let length = end + 1 - index
        guard (0x40...0x7E).contains(final) else { return .piece(.ignored, length: length - 1) }
        let parameters = String(decoding: input[(index + 2)..<end], as: UTF8.self)
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let first = numbers.first.flatMap { $0 }
        if final == 0x7E, first == 200 { return .piece(.pasteStart, length: length) }
        if parameters.hasPrefix("<") || parameters.hasPrefix("?") || parameters.hasPrefix(">") {
            return .piece(.ignored, length: length)  // mouse reports, terminal replies
        }
        let key: Key? =
            switch final {
            case 0x41: .up  // A
            case 0x42: .down  // B
            case 0x43: .right  // C
            case 0x44: .left  // D
            case 0x48: .home  // H
            case 0x46: .end  // F
            case 0x50: .function(1)  // P (1;2P and the like: modifiers are ignored)
            case 0x51: .function(2)
            case 0x52: .function(3)
            case 0x53: .function(4)
            case 0x7E:
                switch first {
                case 1, 7: .home
                case 4, 8: .end
                case 3: .delete
                case 5: .pageUp
                case 6: .pageDown
                case 11, 12, 13, 14, 15: .function(first! - 10)
                case 17, 18, 19, 20, 21: .function(first! - 11)
                case 23, 24: .function(first! - 12)
                default: nil
                }
            default: nil
            }
        return .piece(key.map(Piece.key) ?? .ignored, length: length)
    }
}
