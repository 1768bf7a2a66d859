import SecurityChecklist

/// A command as typed after `ecsec`, or a group of them (`checklists`, `key`, `ecsec` itself).
protocol CommandNode: SendableMetatype {
    /// The name typed to reach it: known without building its ``spec`` (and so its help).
    static var name: String { get }
    /// What the command line shows of it; built on first use, for the commands a run reaches.
    static var spec: CommandSpec { get }
}

/// A command that runs: its parameters (``ParameterSet``) and what it does with them.
protocol Command: CommandNode, ParameterSet {
    func run() throws
}

/// A command's help and parameters, or a group's and the commands under it: the one source
/// of help pages, usage lines, errors, completion scripts and the tool-info dump.
struct CommandSpec: Sendable {
    var name: String
    var abstract: String
    var discussion: String
    var parameters: [ParameterInfo]
    /// The commands under a group, by type: each one's spec is built only when needed.
    var subcommands: [any CommandNode.Type]
    /// The command a group runs when the next word names none of them (`checklists` lists).
    var defaultSubcommand: String?
    /// Reads a command's arguments (after its name) into the command, ready to run; nil for a
    /// group.
    var read: (@Sendable ([String], [CommandSpec]) throws(UsageError) -> CommandRequest)?

    /// A command's spec.
    init<C: Command>(_ command: C.Type, abstract: String, discussion: String = "") {
        name = C.name
        self.abstract = abstract
        self.discussion = discussion
        parameters = Parameter.flattened(C.parameters).map(\.info)
        subcommands = []
        read = { arguments, path throws(UsageError) in try CommandLineReader.read(C.self, arguments, path: path) }
    }

    /// A group's spec.
    init(
        group name: String, abstract: String, discussion: String = "", subcommands: [any CommandNode.Type],
        defaultSubcommand: (any CommandNode.Type)? = nil
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        parameters = []
        self.subcommands = subcommands
        self.defaultSubcommand = defaultSubcommand?.name
        read = nil
    }

    /// The specs of the commands under a group (building each).
    var children: [CommandSpec] { subcommands.map { $0.spec } }
}

/// What the command line asks for.
enum CommandRequest {
    case run(any Command)
    /// The help of the last command on the path (from the root).
    case help([CommandSpec])
    case version
    /// The tool-info dump the manual pages are generated from (`--experimental-dump-help`).
    case toolInfo
    /// A completion script for `bash`, `zsh` or `fish` (`--generate-completion-script`).
    case completionScript(String)
    /// The manual pages, written to a folder, dated (`--generate-manual FOLDER [--date DAY]`).
    case manual(folder: String, date: String?)
}
