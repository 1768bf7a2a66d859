/// A command's output formats: one enum per command, the one home of its format names (parsing,
/// completion), what each holds (`--help`) and which renderer the command calls (a `switch`
/// over it, so a new case cannot be left unrendered).
protocol OutputFormat: CaseIterable, RawRepresentable<String>, ArgumentValue {
    /// What the output holds, for `--help`, in the help language (``HelpText/text(_:_:)``).
    var summary: String { get }
}

extension OutputFormat {
    /// Each format with what it holds, for a command's `--help` discussion: one definition
    /// per format (`name   text`), which the help wrapper keeps aligned.
    static var helpList: String {
        let width = (allCases.map(\.rawValue.count).max() ?? 0) + 2
        return allCases.map { format in
            format.rawValue + String(repeating: " ", count: width - format.rawValue.count) + format.summary
        }.joined(separator: "\n")
    }

    /// The option's own help; help adds the value names and the default once.
    static var optionHelp: ParameterHelp {
        ParameterHelp(text: HelpText.text("The output format (each is described above).", "出力形式（それぞれの内容は上の説明を参照）。"))
    }
}
