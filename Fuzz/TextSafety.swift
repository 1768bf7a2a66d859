// libFuzzer target: sanitizing and measuring text for the terminal. Whatever the bytes, the
// sanitized text has no control character, wrapping and truncation never exceed the width,
// the scalar-by-scalar shortcuts of width and wrap agree with the character-by-character
// rule, and the screen grid never holds more columns than it has.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let columns = Int(data[0] % 90) + 1
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    let safe = TerminalText.sanitize(text)
    precondition(
        !safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
        "control character survived")
    for line in TerminalText.wrap(safe, to: columns) {
        precondition(TerminalText.width(line) <= columns || line.count == 1, "wrapped line too wide")
    }
    precondition(TerminalText.width(text) == TerminalText.characterWidth(text), "width shortcut disagrees")
    precondition(
        TerminalText.wrap(text, to: columns) == TerminalText.wrap(text, to: columns, scalarShortcut: false),
        "wrap shortcut disagrees")
    let json = JSONWriter.compact(.string(text))
    precondition(
        (try? JSONParser.parse(json)) == .string(text) || text.unicodeScalars.contains("\u{FFFD}"),
        "JSON string does not read back")
    precondition(TerminalText.width(TerminalText.truncate(safe, to: columns)) <= columns, "truncated text too wide")
    precondition(TerminalText.width(TerminalText.pad(safe, to: columns)) == columns, "padding is not exact")
    let escaped = HTML.escape(text)
    precondition(!escaped.contains("<") && !escaped.contains(">"), "HTML escape let a bracket through")
    let field = CSV.field(text)
    if let first = field.unicodeScalars.first {
        precondition(!["=", "+", "@", "\t", "\r"].contains(first), "formula not neutralized")
    }
    return 0
}
