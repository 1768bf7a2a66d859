import SecurityChecklist

/// The tool-info dump (`ecsec --experimental-dump-help`): every command's help as JSON, in
/// swift-argument-parser's tool-info format (version 0), which tools that read that format and
/// the tests (every command and format is documented; the Debian package's checks) read.
enum ToolInfo {
    static func json(_ root: CommandSpec) -> String {
        JSONWriter.write(
            .object(
                JSONObject([("serializationVersion", .number(JSONNumber(0))), ("command", command(root, above: []))])))
    }

    private static func command(_ spec: CommandSpec, above: [String]) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("commandName", .string(spec.name)), ("abstract", .string(spec.abstract)), ("shouldDisplay", .bool(true)),
        ]
        if !spec.discussion.isEmpty { members.append(("discussion", .string(spec.discussion))) }
        if !above.isEmpty { members.append(("superCommands", .array(above.map { .string($0) }))) }
        if let name = spec.defaultSubcommand { members.append(("defaultSubcommand", .string(name))) }
        if !spec.subcommands.isEmpty {
            members.append(("subcommands", .array(spec.children.map { command($0, above: above + [spec.name]) })))
        }
        let builtIn = [
            ParameterInfo(
                kind: .flag, name: "version", valueName: "version", help: CLIPhrase.showVersion(HelpText.language),
                isOptional: true, isRepeating: false, allValues: [], completion: .default),
            ParameterInfo(
                kind: .flag, name: "help", short: "h", valueName: "help", help: CLIPhrase.showHelp(HelpText.language),
                isOptional: true, isRepeating: false, allValues: [], completion: .default),
        ]
        members.append(("arguments", .array((spec.parameters + builtIn).map(argument))))
        return .object(JSONObject(members))
    }

    private static func argument(_ info: ParameterInfo) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("kind", .string(info.kind.rawValue)), ("shouldDisplay", .bool(true)),
            ("isOptional", .bool(info.isOptional)),
            ("isRepeating", .bool(info.isRepeating)), ("parsingStrategy", .string("default")),
            ("valueName", .string(info.valueName)), ("abstract", .string(info.help)),
        ]
        if info.kind != .positional {
            var names: [JSONValue] = [name("long", info.name)]
            if let short = info.short { names.append(name("short", String(short))) }
            members.append(("names", .array(names)))
            members.append(("preferredName", name("long", info.name)))
        }
        if let value = info.defaultValue { members.append(("defaultValue", .string(value))) }
        if !info.allValues.isEmpty { members.append(("allValues", .array(info.allValues.map { .string($0) }))) }
        switch info.completion {
        case .default: break
        case .list(let values):
            members.append(
                ("completionKind", object([("list", object([("values", .array(values.map { .string($0) }))]))])))
        case .file(let extensions):
            members.append(
                ("completionKind", object([("file", object([("extensions", .array(extensions.map { .string($0) }))]))]))
            )
        }
        return object(members)
    }

    private static func name(_ kind: String, _ name: String) -> JSONValue {
        object([("kind", .string(kind)), ("name", .string(name))])
    }

    private static func object(_ members: [(String, JSONValue)]) -> JSONValue { .object(JSONObject(members)) }
}
