import SecurityChecklist

/// `--lang ja|en`, shared by every command.
struct LanguageOption: ParameterSet {
    var lang: Language?

    static let parameters: [Parameter<Self>] = [
        .option(
            \.lang, "lang",
            help: .text(
                "Language of messages and output: ja or en (default: the locale's language; Japanese when the locale names none, as C.UTF-8).",
                "メッセージと出力の言語: ja または en（既定: ロケールの言語。C.UTF-8 のように言語を示さないロケールでは日本語）。"))
    ]

    /// `--lang`, else the locale.
    var language: Language { Environment.language(lang) }
}

extension Parameter where Owner: ParameterSet {
    /// `<file>`: the assessment file a command reads (or changes), completed to `.json` files.
    static func assessmentFile(_ path: WritableKeyPath<Owner, String> & Sendable) -> Self {
        .argument(
            path, "file", help: .text("The assessment file.", "評価ファイル。"), completion: .file(extensions: ["json"]))
    }
}

/// Shell completion for a checklist: the shipped ids (a path is typed as usual).
let shippedChecklistIDs = Completion.list(ShippedChecklists.ids.map(\.rawValue))

/// `--checklist ID|PATH` for commands that read an assessment.
struct ChecklistOption: ParameterSet {
    var checklist: String?

    static let parameters: [Parameter<Self>] = [
        .option(
            \.checklist, "checklist",
            help: .text(
                "The checklist file, when the assessment uses one that is not shipped.",
                "チェックリストのファイル（評価が同梱でないチェックリストを使うとき）。"), completion: .file(extensions: ["json"]))
    ]
}

/// `--profile key=value`, repeated: the profile answers of a new assessment, or of the shop a
/// question sheet is for.
struct ProfileOption: ParameterSet {
    var entries: [ProfileEntry] = []

    static let parameters: [Parameter<Self>] = [
        .option(
            \.entries, "profile",
            help: .text(
                "A profile answer as key=value; repeat for each key.", "前提条件の回答を key=value で。キーごとに繰り返します。",
                valueName: "key=value"))
    ]
}

/// `--as-of YYYY-MM-DD` for commands that judge staleness.
struct AsOfOption: ParameterSet {
    var date: CalendarDate?

    static let parameters: [Parameter<Self>] = [
        .option(
            \.date, "as-of",
            help: .text(
                "Judge stale answers as of this date instead of today.", "古くなった回答を、今日ではなくこの日付で判定します。",
                valueName: "YYYY-MM-DD"))
    ]

    /// The date given, or today.
    var today: Timestamp { date?.timestamp ?? Environment.now() }
}

/// `-o FILE` for commands whose output may go to a file.
struct OutputOption: ParameterSet {
    var output: String?

    static let parameters: [Parameter<Self>] = [
        .option(
            \.output, "output", short: "o",
            help: .text(
                "Write to this file (atomically) instead of standard output.", "標準出力ではなく、このファイルに書き出します（アトミックに置き換え）。"),
            completion: .file(extensions: []))
    ]

    /// Whether the output goes to standard output (colour and terminal width apply).
    var toStandardOutput: Bool { output == nil }

    /// Writes the command's output to standard output, or to `-o FILE` (a regular file
    /// atomically, a device or FIFO by writing into it). Refuses an `-o` that is one of the
    /// command's input files or any file the run has read (``InputFiles``), whatever name
    /// either is given by.
    /// - Parameter exactly: Write `text` as it is (CSV); otherwise standard output gets a final
    ///   newline.
    func write(_ text: String, exactly: Bool = false, inputs: [String], _ language: Language) throws {
        guard let output else {
            if exactly { Console.raw(text) } else { Console.out(text) }
            return
        }
        if let input = inputs.first(where: { DocumentFile.sameFile($0, output) }) ?? InputFiles.input(namedBy: output) {
            throw Failure(CLIPhrase.outputIsInput(language, output, input))
        }
        try DocumentFile.write(Array(text.utf8), to: output, mode: .output)
    }
}
