import SecurityChecklist
import Synchronization

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// Everything the command line takes from the outside world: the environment, the clock,
/// terminals, random ids. Nothing below the executable reads these.
enum Environment {
    static func variable(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(
            decoding: UnsafeRawBufferPointer(start: value, count: strlen(value)).bindMemory(to: UInt8.self),
            as: UTF8.self)
    }

    /// `--lang` when given, else LC_ALL, LC_MESSAGES, LANG (the first set); English otherwise.
    /// The language the assessment file a command works on was given (its `language`
    /// member), found before the command runs (``noteFileLanguage(arguments:)``).
    static let fileLanguage = Mutex<Language?>(nil)

    /// Finds the language kept with the first assessment file named on the command line: the
    /// `language` member as ecsec writes it (a top-level line `  "language": "ja"`), so every
    /// command on the file speaks the owner's choice without parsing the file twice.
    static func noteFileLanguage(arguments: [String]) {
        for argument in arguments where !argument.hasPrefix("-") && argument.hasSuffix(".json") {
            guard fileStatus(argument)?.type == S_IFREG, let bytes = try? DocumentFile.read(argument) else { continue }
            for language in Language.allCases {
                let line = Array("\n  \"language\": \"\(language.rawValue)\"".utf8)
                if bytes.count >= line.count,
                    bytes.indices.dropLast(line.count - 1).contains(where: {
                        bytes[$0] == 0x0A && bytes[$0..<($0 + line.count)].elementsEqual(line)
                    })
                {
                    fileLanguage.withLock { $0 = language }
                    return
                }
            }
            return
        }
    }

    /// The language of messages and output: `--lang`, else the locale's when it names a
    /// language (`ja_JP.UTF-8` → Japanese, `en_US.UTF-8` and any other language → English),
    /// else Japanese — the guideline's audience — for a locale that names none (`C`, `POSIX`,
    /// `C.UTF-8`, the default of many Linux, WSL and container set-ups) or none at all.
    static func language(_ option: Language?) -> Language {
        if let option { return option }
        if let chosen = fileLanguage.withLock({ $0 }) { return chosen }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = variable(name), !value.isEmpty else { continue }
            return Language(localeName: value) ?? .ja
        }
        return .ja
    }

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Colour only on a terminal, never with NO_COLOR set (https://no-color.org) or TERM=dumb.
    static func style(for fd: Int32) -> TextStyle {
        let noColor = variable("NO_COLOR").map { !$0.isEmpty } ?? false
        return TextStyle(color: isTerminal(fd) && !noColor && variable("TERM") != "dumb")
    }

    /// The terminal's width, or 80 when it is not a terminal.
    static func columns(_ fd: Int32) -> Int {
        var size = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    static func now() -> Timestamp { Timestamp(secondsSince1970: Int64(time(nil))) }

    static func newAssessmentID() -> AssessmentID { AssessmentID(UUID().uuidString.lowercased()) }
}

/// Writes to standard output and standard error without buffering surprises. A failed write
/// to standard output (a full disk behind `>`, `/dev/full`, a closed pipe) is remembered, and
/// ``ECSEC/main()`` turns it into an `ecsec:` line and exit status 1.
enum Console {
    private static let failure = Mutex<SystemError?>(nil)

    static func out(_ text: String) {
        write(1, text.hasSuffix("\n") ? text : text + "\n")
    }

    /// A message for the person at the terminal: anything typed on the command line or read from
    /// a file in it (a file name, a value) is shown with control characters made visible.
    static func message(_ text: String) { out(TerminalText.sanitize(text, keepNewlines: true)) }

    /// Writes `text` exactly as it is (CSV keeps its CRLF and byte-order mark) — except on a
    /// terminal, where, as for every other output, control characters from the data (an
    /// organization named `ESC ] 2 ; …`, U+202E in a file name) are shown, not obeyed.
    static func raw(_ text: String) {
        guard Environment.isTerminal(1) else { return write(1, text) }
        let withoutReturns = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\r" }))
        write(1, TerminalText.sanitize(withoutReturns, keepNewlines: true))
    }

    /// A question on the terminal that waits for the answer on the same line (no newline).
    static func rawPrompt(_ text: String) { write(1, text) }

    /// Writes `text` to standard error as it is (progress lines).
    static func errorRaw(_ text: String) { write(2, text) }

    static func error(_ text: String) {
        write(2, text.hasSuffix("\n") ? text : text + "\n")
    }

    /// The first failed write to standard output, if any.
    static var outputFailure: SystemError? { failure.withLock { $0 } }

    private static let saved = Mutex<[String]>([])

    /// Records that the user's file at `path` was written: a later failure to print the
    /// confirmation must not read as "nothing happened" (a script would redo the change).
    static func noteSaved(_ path: String) { saved.withLock { $0.append(path) } }

    /// The files this run saved.
    static var savedFiles: [String] { saved.withLock { $0 } }

    private static func write(_ fd: Int32, _ text: String) {
        do {
            try Descriptor.inherited(fd, name: fd == 1 ? "stdout" : "stderr").write(all: text.utf8)
        } catch {
            if fd == 1 { failure.withLock { $0 = $0 ?? error } }
        }
    }
}

extension Environment {
    /// Makes the folders above `path` that are missing, readable by the user only.
    static func makeFolders(for path: String) {
        var folder = ""
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        for (index, part) in parts.enumerated() {
            folder += (index == 0 ? "" : "/") + part
            if !folder.isEmpty { mkdir(folder, 0o700) }
        }
    }
}
