import Foundation
import SecurityChecklist
import Testing

@testable import ecsec

/// A command with one parameter of each kind, to read command lines against.
private struct Sample: Command {
    enum Mode: String, CaseIterable, ArgumentValue {
        case text, json
    }

    static let name = "sample"
    static let spec = CommandSpec(Sample.self, abstract: "A sample.")

    var file = ""
    var second: String?
    var mode: Mode = .text
    var top = 10
    var tags: [String] = []
    var new = false
    var output = Output()

    /// A group, as commands share `--lang` (help in one language, whatever the test's locale).
    struct Output: ParameterSet {
        var output: String?
        static let parameters: [Parameter<Self>] = [
            .option(
                \.output, "output", short: "o",
                help: ParameterHelp(text: "Write to this file instead of standard output, atomically."))
        ]
    }

    static let parameters: [Parameter<Self>] = [
        .argument(\.file, "file", help: ParameterHelp(text: "The file.")),
        .argument(\.second, "second", help: ParameterHelp(text: "Another.")),
        .option(\.mode, "mode", help: ParameterHelp(text: "The mode.")),
        .option(\.top, "top", help: ParameterHelp(text: "How many.")),
        .option(\.tags, "tag", help: ParameterHelp(text: "A tag; repeat for more.")),
        .flag(\.new, "new", help: ParameterHelp(text: "New.")),
        .group(\.output),
    ]

    func run() {}

    var summary: String {
        "file=\(file) second=\(second ?? "-") mode=\(mode) top=\(top) tags=\(tags) new=\(new) output=\(output.output ?? "-")"
    }
}

/// One or more files (the last positional repeats).
private struct Many: Command {
    static let name = "many"
    static let spec = CommandSpec(Many.self, abstract: "Many files.")
    var files: [String] = []
    static let parameters: [Parameter<Self>] = [.argument(\.files, "files", help: ParameterHelp(text: "Files."))]
    func run() {}
}

private struct Group: CommandNode {
    static let name = "group"
    static let spec = CommandSpec(
        group: name, abstract: "A group.", subcommands: [Sample.self, Many.self], defaultSubcommand: Many.self)
}

private struct Root: CommandNode {
    static let name = "tool"
    static let spec = CommandSpec(
        group: name, abstract: "The tool.", subcommands: [Sample.self, Many.self, Group.self])
}

/// What a command line asks for, as one line to compare.
private func outcome(_ arguments: [String]) -> String {
    do {
        switch try CommandLineReader.read(arguments, root: Root.self) {
        case .run(let command as Sample): return "run " + command.summary
        case .run(let command as Many): return "run many \(command.files)"
        case .run: return "run ?"
        case .help(let path): return "help " + path.map(\.name).joined(separator: " ")
        case .version: return "version"
        case .toolInfo: return "tool info"
        case .completionScript(let shell): return "completion " + shell
        case .manual(let folder, let date): return "manual \(folder) \(date ?? "-")"
        }
    } catch {
        let path = error.path.map(\.name).joined(separator: " ")
        switch error.problem {
        case .unknownOption(let name, let near): return "\(path): unknown option \(name) near \(near ?? "-")"
        case .unknownCommand(let word, let near, _): return "\(path): unknown command \(word) near \(near ?? "-")"
        case .missingArgument(let info): return "\(path): missing \(info.synopsis)"
        case .missingValue(let info): return "\(path): no value for \(info.synopsis)"
        case .invalidValue(let value, let info): return "\(path): invalid \(value) for \(info.flagName)"
        case .flagWithValue(let value, let info): return "\(path): flag \(info.flagName) given \(value)"
        case .unexpectedArgument(let word): return "\(path): unexpected \(word)"
        case .refused(let refusal): return "\(path): refused \(refusal.message(.en))"
        }
    }
}

@Suite("Reading the command line")
struct CommandLineReaderTests {
    @Test(arguments: [
        (["sample", "a.json"], "run file=a.json second=- mode=text top=10 tags=[] new=false output=-"),
        (
            ["sample", "a.json", "b", "--mode", "json", "--top=3", "--tag", "x", "--tag", "y", "--new", "-o", "out"],
            "run file=a.json second=b mode=json top=3 tags=[\"x\", \"y\"] new=true output=out"
        ),
        // Options before, between and after the positionals; the last of a repeated option wins.
        (
            ["sample", "--top", "1", "a", "--mode=json", "b", "--top", "2"],
            "run file=a second=b mode=json top=2 tags=[] new=false output=-"
        ),
        // `--` ends the options; `-` alone and negative numbers are values.
        (
            ["sample", "--", "-a.json", "--new"],
            "run file=-a.json second=--new mode=text top=10 tags=[] new=false output=-"
        ),
        (["sample", "-", "--top", "-3"], "run file=- second=- mode=text top=-3 tags=[] new=false output=-"),
        (["sample", "a", "--tag", ""], "run file=a second=- mode=text top=10 tags=[\"\"] new=false output=-"),
        (["sample", "a", "--output=x.md"], "run file=a second=- mode=text top=10 tags=[] new=false output=x.md"),
        (["many", "a", "b", "c"], "run many [\"a\", \"b\", \"c\"]"),
        // Help, the version and the requests of other tools.
        ([], "help tool"),
        (["sample", "a", "-h"], "help tool sample"),
        (["sample", "--help", "--nonsense"], "help tool sample"),
        (["help", "sample", "--lang", "en"], "help tool sample"),
        (["help", "group", "many"], "help tool group many"),
        (["help"], "help tool"),
        // `--lang` before the command's name goes to the command; alone, help in that language.
        (["--lang", "ja"], "help tool"),
        (["--version"], "version"),
        (["sample", "a", "--version"], "version"),
        (["--experimental-dump-help", "--lang", "ja"], "tool info"),
        (["--generate-completion-script", "zsh"], "completion zsh"),
        (["--generate-completion-script=fish"], "completion fish"),
        (["--generate-manual", "man"], "manual man -"),
        (["--generate-manual", "man", "--date", "2026-12-07"], "manual man 2026-12-07"),
        (["--generate-manual", "man", "--lang", "ja", "--date", "2026-12-07"], "manual man 2026-12-07"),
        // A group: its commands by name, else its default command.
        (["group", "sample", "x"], "run file=x second=- mode=text top=10 tags=[] new=false output=-"),
        (["group", "one", "two"], "tool group: unknown command one near -"),
        (["group"], "tool group many: missing <files> ..."),
        (["group", "--help"], "help tool group"),
    ])
    func reads(_ arguments: [String], expected: String) {
        #expect(outcome(arguments) == expected, "\(arguments)")
    }

    @Test(arguments: [
        (["sample"], "tool sample: missing <file>"),
        (["many"], "tool many: missing <files> ..."),
        (["sample", "a", "b", "c"], "tool sample: unexpected c"),
        (["sample", "a", "--mod", "json"], "tool sample: unknown option --mod near --mode"),
        (["sample", "a", "--qqqqqqqq"], "tool sample: unknown option --qqqqqqqq near -"),
        (["sample", "a", "-x"], "tool sample: unknown option -x near -"),
        (["sample", "a", "--mode"], "tool sample: no value for --mode <mode>"),
        (["sample", "a", "--mode", "--new"], "tool sample: no value for --mode <mode>"),
        (["sample", "a", "--mode", "pdf"], "tool sample: invalid pdf for --mode"),
        (["sample", "a", "--top", "many"], "tool sample: invalid many for --top"),
        (["sample", "a", "--new=yes"], "tool sample: flag --new given yes"),
        (["smaple", "a"], "tool: unknown command smaple near sample"),
        (["--nonsense"], "tool: unknown option --nonsense near -"),
        (["--lang", "ja", "sample", "a"], "tool sample: unknown option --lang near --tag"),
        (["--generate-completion-script", "tcsh"], "tool: invalid tcsh for --generate-completion-script"),
        (["--generate-completion-script"], "tool: no value for --generate-completion-script <shell>"),
        (["--generate-manual"], "tool: no value for --generate-manual <folder>"),
        (["--generate-manual", "man", "--day", "x"], "tool: unexpected --day"),
    ])
    func refuses(_ arguments: [String], expected: String) {
        #expect(outcome(arguments) == expected, "\(arguments)")
    }

    /// `--lang` typed before the command's name reaches the command.
    @Test func languageBeforeTheCommand() throws {
        for arguments in [["--lang", "en", "score", "x.json"], ["--lang=en", "score", "x.json"]] {
            guard case .run(let command as ScoreCommand) = try CommandLineReader.read(arguments, root: ECSEC.self)
            else {
                Issue.record("\(arguments) did not read as score")
                continue
            }
            #expect(command.languageOption.lang == .en && command.file == "x.json")
        }
    }

    /// A value its type refused says why, in the user's language, with exit status 1.
    @Test func aRefusedValueSaysWhy() throws {
        let error = try #require(
            throws: UsageError.self,
            performing: {
                try CommandLineReader.read(["answer", "x.json", "BLD-01", "implemnted"], root: ECSEC.self)
            })
        #expect(error.status == 1)
        #expect(error.message(.en).contains("did you mean implemented"), "\(error.message(.en))")
    }

    /// Every command of the tree declares each name once (groups included), and every
    /// parameter has help.
    @Test func everyCommandsNamesAreDistinct() {
        func visit(_ spec: CommandSpec) {
            let names = spec.parameters.filter { $0.kind != .positional }.map(\.name) + ["help", "version"]
            #expect(Set(names).count == names.count, "\(spec.name): \(names)")
            let shorts = spec.parameters.compactMap(\.short) + ["h"]
            #expect(Set(shorts).count == shorts.count, "\(spec.name)")
            for parameter in spec.parameters {
                #expect(!parameter.help.isEmpty, "\(spec.name) \(parameter.name)")
            }
            spec.children.forEach(visit)
        }
        visit(ECSEC.spec)
    }

    /// The help page lays out names and wrapped help in two columns; a long name puts its help
    /// on the next line.
    @Test func helpPageLayout() {
        let page = HelpPage.text([Root.spec, Sample.spec], columns: 60, language: .en)
        #expect(
            page == """
                OVERVIEW: A sample.

                USAGE: tool sample <file> [<second>] [--mode <mode>] [--top <top>] [--tag <tag> ...] [--new] [--output <output>]

                ARGUMENTS:
                  <file>                  The file.
                  <second>                Another.

                OPTIONS:
                  --mode <mode>           The mode. (values: text, json;
                                          default: text)
                  --top <top>             How many. (default: 10)
                  --tag <tag>             A tag; repeat for more.
                  --new                   New.
                  -o, --output <output>   Write to this file instead of
                                          standard output, atomically.
                  --version               Show the version.
                  -h, --help              Show help information.

                """)
        let japanese = HelpPage.text([Root.spec, Group.spec], columns: 80, language: .ja)
        #expect(japanese.contains("  many（既定）            Many files."), "\(japanese)")
        #expect(japanese.contains("各コマンドの説明は ecsec help group <subcommand> で表示します。"), "\(japanese)")
    }
}

/// The completion scripts come from the same tree: bash is run here as the Debian package's
/// check runs it, so a change that breaks completion fails before packaging.
@Suite("Shell completion")
struct CompletionScriptTests {
    private func complete(_ words: [String], script: String, in folder: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.arguments =
            [
                "-c",
                """
                source "$0"; shift
                COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
                _ecsec "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
                printf '%s\\n' "${COMPREPLY[@]}"
                """,
                script, "completion",
            ] + words
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).sorted()
    }

    @Test func bashCompletesCommandsOptionsValuesAndFiles() throws {
        let scratch = try Scratch()
        let result = try Runner.run(["--generate-completion-script", "bash"])
        #expect(result.status == 0)
        try scratch.write("ecsec.bash", result.stdout)
        let folder = scratch.file("shop")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: folder + "/shop.json"))
        try Data().write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        let script = scratch.file("ecsec.bash")
        let commands = ECSEC.commands.map { $0.name }.sorted()
        let cases: [([String], [String])] = [
            (["ecsec", ""], commands),
            (["ecsec", "su"], ["summary"]),
            (["ecsec", "new", "s.json", "--checklist", ""], ShippedChecklists.ids.map(\.rawValue).sorted()),
            (["ecsec", "score", "shop.json", "--format", ""], ["json", "text"]),
            (["ecsec", "score", "shop.json", "--l"], ["--lang"]),
            (["ecsec", "checklists", ""], ["list", "show"]),
            (["ecsec", "checklists", "--f"], ["--format"]),
            (["ecsec", "key", "n"], ["new"]),
            (["ecsec", "score", ""], ["shop.json"]),
            (["ecsec", "sign", ""], ["notes.txt", "shop.json"]),
            (["ecsec", "assess", ""], ["shop.json"]),
            (["ecsec", "new", "x.json", "--organization", ""], []),
            (["ecsec", "report", "shop.json", "-o", "n"], ["notes.txt"]),
        ]
        for (words, expected) in cases {
            #expect(try complete(words, script: script, in: folder) == expected, "\(words)")
        }
    }

    /// zsh and fish scripts name every command and option.
    @Test func zshAndFishNameEveryCommand() throws {
        for shell in ["zsh", "fish"] {
            let result = try Runner.run(["--generate-completion-script", shell])
            #expect(result.status == 0)
            for command in ECSEC.commands {
                #expect(result.stdout.contains(command.name), "\(shell): \(command.name)")
            }
            #expect(result.stdout.contains("as-of") && result.stdout.contains("evidence-file"), "\(shell)")
        }
    }
}

/// The manual pages come from the same tree: one page per command, named as `man` looks them
/// up (`man ecsec.checklists.show`).
@Suite("Manual pages")
struct ManualPageTests {
    @Test func onePagePerCommandWithItsSynopsisAndOptions() throws {
        let scratch = try Scratch()
        let result = try Runner.run(["--generate-manual", scratch.file("man"), "--date", "2026-12-07"])
        #expect(result.status == 0, "\(result)")
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.file("man")).sorted()
        var expected: [String] = []
        func visit(_ spec: CommandSpec, _ words: [String]) {
            expected.append(words.joined(separator: ".") + ".1")
            for child in spec.children { visit(child, words + [child.name]) }
        }
        visit(ECSEC.spec, ["ecsec"])
        #expect(names == expected.sorted())
        let score = try String(contentsOfFile: scratch.file("man/ecsec.score.1"), encoding: .utf8)
        for line in [
            ".Dd December 7, 2026", ".Dt ECSEC-SCORE 1", ".Nm \"ecsec score\"", ".Nd \"Score and what to fix first.\"",
            ".Ar file", ".Op Fl -format Ar format", ".It Fl -top Ar top", "How many gaps the text lists. (default: 10)",
            ".It \"json\"", ".Xr ecsec 1",
        ] {
            #expect(score.contains(line + "\n"), "\(line)")
        }
        // The root lists every command; a command's page names the root.
        let root = try String(contentsOfFile: scratch.file("man/ecsec.1"), encoding: .utf8)
        for command in ECSEC.commands {
            #expect(root.contains(".It Xr ecsec.\(command.name) 1"), "\(command.name)")
        }
    }

    /// Text from a declaration never starts a roff request, and quotes stay inside their macro
    /// argument.
    @Test func textIsEscaped() {
        #expect(ManualPage.escaped(".env and 'x'") == "\\&.env and 'x'")
        #expect(ManualPage.escaped("a\\b") == "a\\eb")
        #expect(ManualPage.quoted("No \"Op\" here") == "\"No \\(dqOp\\(dq here\"")
        #expect(
            ManualPage.text("Para one.\n\nterm  what it is\n  ecsec x") == [
                "Para one.", ".Pp", ".Bl -tag -width Ds", ".It \"term\"", "what it is", ".El",
                ".Bd -literal -offset indent", "ecsec x", ".Ed",
            ])
        #expect(ManualPage.documentDate("2027-01-31") == "January 31, 2027")
    }
}
