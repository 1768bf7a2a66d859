/// One problem found in a document, at a JSON path.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable {
        /// The document can't be used as it is.
        case error
        /// The document is usable; the user should know (e.g. answers for retired controls).
        case warning
    }

    /// Whether the problem makes the document unusable.
    public var severity: Severity
    /// Where in the document the problem is.
    public var path: JSONPath
    /// What is wrong, with the valid values where there is a closed set.
    public var message: String
    /// What the warning says, for the warnings an owner meets (answers for controls a checklist
    /// no longer has), worded in the owner's language on demand (``text(_:)``); `nil` for the
    /// structural diagnostics, kept in English for the people and tools that write checklist
    /// files.
    public var explanation: Explanation?

    /// A warning an owner meets, worded in either language.
    public enum Explanation: Sendable, Hashable {
        /// An answer for a control the checklist (`id version`) does not have: kept, not scored.
        case answerNotInChecklist(checklist: String, control: ControlID)

        /// The explanation in `language`.
        public func text(_ language: Language) -> String {
            switch self {
            case .answerNotInChecklist(let checklist, let control):
                Phrase.answerForRetiredControl(language, checklist, control.rawValue)
            }
        }
    }

    /// A problem at `path`.
    public init(_ severity: Severity, at path: JSONPath, _ message: String) {
        self.severity = severity
        self.path = path
        self.message = message
    }

    /// `$.sections[0].controls[2].priority: unknown value "high"; valid values: ...`
    public var description: String { "\(path): \(message)" }

    /// The diagnostic in `language` where it has a translation, else in English.
    public func text(_ language: Language) -> String { "\(path): " + (explanation?.text(language) ?? message) }
}

/// Why a checklist or assessment document could not be loaded.
///
/// Every case names the file (``source``); ``lines`` gives one self-contained line per problem,
/// ready for a terminal or a log.
public struct LoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure it is.
    public enum Reason: Sendable, Hashable {
        /// The file could not be read: missing, a directory, no permission, too large, ...
        case unreadable(FileProblem)
        /// The bytes are not JSON (or not UTF-8): where, and what is wrong.
        case syntax(line: Int, column: Int, problem: JSONSyntaxProblem)
        /// The JSON does not follow the format; every problem is listed.
        case invalid([Diagnostic])
    }

    /// The file path as the user gave it, or a name such as `<data>` or a shipped checklist's id.
    public var source: String
    /// Why the document could not be loaded.
    public var reason: Reason

    /// An error for the document named `source`.
    public init(source: String, reason: Reason) {
        self.source = source
        self.reason = reason
    }

    /// One line per problem, each starting with the source, in English.
    public var lines: [String] { messages(in: .en) }

    /// One line per problem in `language`. File problems and syntax errors are translated;
    /// diagnostics about a document's structure stay in English, since they quote JSON paths
    /// and member names for the people and tools that write those files.
    public func messages(in language: Language) -> [String] {
        switch reason {
        case .unreadable(let problem): ["\(source): \(problem.text(language, reading: true))"]
        case .syntax(let line, let column, let problem):
            ["\(source): " + Phrase.notJSON(language, line, column, problem.text(language))]
        case .invalid(let diagnostics): diagnostics.map { "\(source): \($0)" }
        }
    }

    /// All ``lines`` joined by newlines.
    public var description: String { lines.joined(separator: "\n") }
}
