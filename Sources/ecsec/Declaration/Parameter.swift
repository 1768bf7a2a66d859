import SecurityChecklist

/// What the command line shows of one parameter — a positional argument, an option or a
/// flag: help, usage lines, errors, completion scripts and the tool-info dump (the manual)
/// are all made from it.
struct ParameterInfo: Sendable {
    enum Kind: String, Sendable {
        case positional, option, flag
    }

    var kind: Kind
    /// An option's or flag's long name without its dashes; a positional argument's value name.
    var name: String
    var short: Character?
    /// What help calls the value (`<file>`, `<YYYY-MM-DD>`).
    var valueName: String
    /// The help text in the help language.
    var help: String
    var isOptional: Bool
    var isRepeating: Bool
    /// The default as it would be typed, when there is one to show.
    var defaultValue: String?
    var allValues: [String]
    var completion: Completion

    /// `--name` (or `-n`), as errors and help name it.
    var flagName: String { kind == .positional ? "<\(valueName)>" : "--" + name }

    /// How usage and errors write it: `<file>`, `--format <format>`, `--new`.
    var synopsis: String {
        switch kind {
        case .positional: "<\(valueName)>" + (isRepeating ? " ..." : "")
        case .option: "--\(name) <\(valueName)>" + (isRepeating ? " ..." : "")
        case .flag: "--\(name)"
        }
    }

    /// How help's left column writes it: `-o, --output <output>`.
    var label: String {
        switch kind {
        case .positional: synopsis
        case .option, .flag: (short.map { "-\($0), " } ?? "") + "--\(name)" + (kind == .option ? " <\(valueName)>" : "")
        }
    }
}

/// An option's or argument's help, in the help language (``HelpText/text(_:_:)``), and the
/// name help gives its value when that is not the parameter's name.
struct ParameterHelp {
    var text: String
    var valueName: String?

    static func text(_ english: String, _ japanese: String, valueName: String? = nil) -> ParameterHelp {
        ParameterHelp(text: HelpText.text(english, japanese), valueName: valueName)
    }
}

/// A set of parameters and the values typed for them: a command, or a group of options
/// several commands share (``LanguageOption``). Each parameter is declared once, in
/// ``parameters``, beside the property that holds its value; the property's initial value is
/// its default.
protocol ParameterSet: SendableMetatype {
    init()
    /// Everything it takes, in the order help and usage list it.
    static var parameters: [Parameter<Self>] { get }
}

/// One parameter of `Owner` (``ParameterSet``): what it is, and how a typed value is stored.
/// Declared with ``argument(_:_:help:completion:)``, ``option(_:_:short:help:completion:)``,
/// ``flag(_:_:help:)`` and ``group(_:)``, each of which reads its value's type from the
/// property's key path — no reflection at run time.
struct Parameter<Owner>: Sendable {
    var info: ParameterInfo
    /// Stores a value typed for it; false when its type refused the value.
    var store: @Sendable (inout Owner, String) -> Bool
    /// A group's own parameters, stored through the group's property (empty for the others).
    var members: [Parameter<Owner>] = []

    /// The parameters with each group replaced by its members.
    static func flattened(_ list: [Parameter<Owner>]) -> [Parameter<Owner>] {
        list.flatMap { $0.members.isEmpty ? [$0] : flattened($0.members) }
    }
}

extension Parameter where Owner: ParameterSet {
    private static func make<V: ArgumentValue>(
        _ kind: ParameterInfo.Kind, _ name: String, short: Character? = nil, help: ParameterHelp,
        optional: Bool, repeating: Bool, defaultValue: String? = nil, completion: Completion?,
        _ type: V.Type, store: @escaping @Sendable (inout Owner, V) -> Void
    ) -> Self {
        let info = ParameterInfo(
            kind: kind, name: name, short: short, valueName: help.valueName ?? name, help: help.text,
            isOptional: optional, isRepeating: repeating, defaultValue: defaultValue, allValues: V.allValueStrings,
            completion: completion ?? V.completion)
        return Parameter(info: info) { owner, text in
            guard let value = V(argument: text) else { return false }
            store(&owner, value)
            return true
        }
    }

    /// A positional argument that must be given.
    static func argument<V: ArgumentValue>(
        _ path: WritableKeyPath<Owner, V> & Sendable, _ name: String, help: ParameterHelp, completion: Completion? = nil
    ) -> Self {
        make(.positional, name, help: help, optional: false, repeating: false, completion: completion, V.self) {
            $0[keyPath: path] = $1
        }
    }

    /// A positional argument that may be left out.
    static func argument<V: ArgumentValue>(
        _ path: WritableKeyPath<Owner, V?> & Sendable, _ name: String, help: ParameterHelp,
        completion: Completion? = nil
    ) -> Self {
        make(.positional, name, help: help, optional: true, repeating: false, completion: completion, V.self) {
            $0[keyPath: path] = $1
        }
    }

    /// One or more positional arguments (the last positional a command takes).
    static func argument<V: ArgumentValue>(
        _ path: WritableKeyPath<Owner, [V]> & Sendable, _ name: String, help: ParameterHelp,
        completion: Completion? = nil
    ) -> Self {
        make(.positional, name, help: help, optional: false, repeating: true, completion: completion, V.self) {
            $0[keyPath: path].append($1)
        }
    }

    /// An option with a default: the property's initial value, which help shows.
    static func option<V: ArgumentValue>(
        _ path: WritableKeyPath<Owner, V> & Sendable, _ name: String, short: Character? = nil, help: ParameterHelp,
        completion: Completion? = nil
    ) -> Self {
        make(
            .option, name, short: short, help: help, optional: true, repeating: false,
            defaultValue: Owner()[keyPath: path].argumentText, completion: completion, V.self
        ) { $0[keyPath: path] = $1 }
    }

    /// An option that may be left out.
    static func option<V: ArgumentValue>(
        _ path: WritableKeyPath<Owner, V?> & Sendable, _ name: String, short: Character? = nil, help: ParameterHelp,
        completion: Completion? = nil
    ) -> Self {
        make(.option, name, short: short, help: help, optional: true, repeating: false, completion: completion, V.self)
        {
            $0[keyPath: path] = $1
        }
    }

    /// An option given any number of times; each value is kept, in order.
    static func option<V: ArgumentValue>(
        _ path: WritableKeyPath<Owner, [V]> & Sendable, _ name: String, short: Character? = nil, help: ParameterHelp,
        completion: Completion? = nil
    ) -> Self {
        make(.option, name, short: short, help: help, optional: true, repeating: true, completion: completion, V.self) {
            $0[keyPath: path].append($1)
        }
    }

    /// A flag: true when given.
    static func flag(_ path: WritableKeyPath<Owner, Bool> & Sendable, _ name: String, help: ParameterHelp) -> Self {
        let info = ParameterInfo(
            kind: .flag, name: name, valueName: name, help: help.text, isOptional: true, isRepeating: false,
            allValues: [], completion: .default)
        return Parameter(info: info) { owner, _ in
            owner[keyPath: path] = true
            return true
        }
    }

    /// The parameters of a group several commands share, stored in the group's property.
    static func group<Group: ParameterSet>(_ path: WritableKeyPath<Owner, Group> & Sendable) -> Self {
        let members = Parameter<Group>.flattened(Group.parameters).map { member in
            Parameter(info: member.info) { owner, text in member.store(&owner[keyPath: path], text) }
        }
        guard let first = members.first else { preconditionFailure("\(Group.self) declares no parameter") }
        // The group stands for its members: its own info and store are never read.
        return Parameter(info: first.info, store: { _, _ in false }, members: members)
    }
}
