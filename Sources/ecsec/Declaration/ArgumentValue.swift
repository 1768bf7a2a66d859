import SecurityChecklist

/// A value typed on the command line: how it is read from what was typed, and what help,
/// errors and shell completion say about it.
protocol ArgumentValue: SendableMetatype {
    /// The value `argument` names, or nil when it names none (the type may record why, in the
    /// user's language: ``RefusedArgument``).
    init?(argument: String)
    /// Every value it takes, when they are few: help lists them, completion offers them and a
    /// refusal names them. Empty for free text.
    static var allValueStrings: [String] { get }
    /// What shell completion offers for it.
    static var completion: Completion { get }
    /// The value as it would be typed, for help's "default:".
    var argumentText: String { get }
}

extension ArgumentValue {
    static var allValueStrings: [String] { [] }
    static var completion: Completion { allValueStrings.isEmpty ? .default : .list(allValueStrings) }
    var argumentText: String { "\(self)" }
}

extension ArgumentValue where Self: CaseIterable & RawRepresentable<String> {
    init?(argument: String) { self.init(rawValue: argument) }
    static var allValueStrings: [String] { allCases.map(\.rawValue) }
    var argumentText: String { rawValue }
}

/// What shell completion offers for a value.
enum Completion: Equatable, Sendable {
    /// The shell's own (file names).
    case `default`
    /// One of these words.
    case list([String])
    /// A file name, with one of these extensions when any are given.
    case file(extensions: [String])
}

extension String: ArgumentValue {
    init?(argument: String) { self = argument }
}

extension Int: ArgumentValue {
    init?(argument: String) { self.init(argument) }
}

extension Language: ArgumentValue {}
