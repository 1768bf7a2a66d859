import Glibc
import SecurityChecklist

/// Finding checklists and assessments the way every command does.
enum Documents {
    /// A checklist named by a shipped id, or by the path of a checklist file.
    static func checklist(_ reference: String, _ language: Language) throws -> Checklist {
        if let shipped = try ShippedChecklists.checklist(ChecklistID(reference)) { return shipped }
        if reference.contains("/") || reference.hasSuffix(".json") || DocumentFile.exists(reference) {
            return try Checklist(json: InputFiles.read(reference), source: reference)
        }
        let ids = ShippedChecklists.ids.map(\.rawValue).joined(separator: ", ")
        throw Failure(CLIPhrase.noSuchChecklist(language, reference, ids))
    }

    /// An assessment file with its checklist: the one given with `--checklist`, else the shipped
    /// checklist the file names, in the version it names when that ships (else the newest), else
    /// `fallback` (a custom checklist given for another file of the same command: `new --from`,
    /// `report --previous`). Warnings (version drift, answers for unknown controls) are printed
    /// to stderr unless `warn` is false (a second read of a file the command already read and
    /// warned about); errors fail.
    static func assessment(
        _ path: String, checklist override: String?, fallback: String? = nil, warn: Bool = true,
        _ language: Language
    ) throws -> (Assessment, Checklist) {
        let assessment = try Assessment(json: InputFiles.read(path), source: path)
        let checklist: Checklist
        if let override {
            checklist = try Documents.checklist(override, language)
        } else if ShippedChecklists.ids.contains(assessment.checklist.id) == false, let fallback {
            checklist = try Documents.checklist(fallback, language)
        } else if let shipped =
            try ShippedChecklists.checklist(assessment.checklist.id, version: assessment.checklist.version)
            ?? ShippedChecklists.checklist(assessment.checklist.id)
        {
            // The version the file answers, when it ships (answers keep their questions);
            // otherwise the newest, with a warning about what changed.
            checklist = shipped
        } else {
            throw Failure("\(path): " + CLIPhrase.checklistNotShipped(language, assessment.checklist.id))
        }
        let diagnostics = assessment.check(against: checklist)
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw Failure(errors.map { "\(path): \($0)" }) }
        for warning in diagnostics where warn && warning.severity == .warning {
            Console.error(
                "ecsec: \(Phrase.warning(language)): " + TerminalText.sanitize("\(path): " + warning.text(language)))
        }
        return (assessment, checklist)
    }

    /// The previous period's assessment for a report on `current`, with its checklist: the
    /// shipped one it names. Refuses another checklist, another shop or the same assessment.
    static func previous(
        _ path: String, of current: Assessment, file: String, checklist custom: String?, _ language: Language
    ) throws -> (assessment: Assessment, checklist: Checklist) {
        let (previous, checklist) = try assessment(path, checklist: nil, fallback: custom, language)
        guard previous.checklist.id == current.checklist.id else {
            throw Failure(
                CLIPhrase.differentChecklists(language, path, previous.checklist.id, file, current.checklist.id))
        }
        let before = previous.organization.singleLine
        let now = current.organization.singleLine
        guard before.isEmpty || now.isEmpty || before == now else {
            throw Failure(CLIPhrase.previousOtherShop(language, path, before, now))
        }
        guard previous.id != current.id else { throw Failure(CLIPhrase.previousSameAssessment(language, path, file)) }
        return (previous, checklist)
    }

    /// Saves an assessment atomically: over an existing file (keeping its mode and owner), or
    /// as a new one that must not exist. Refuses, writing nothing, what a read would refuse.
    static func save(_ assessment: Assessment, to path: String, mode: DocumentFile.WriteMode = .replace) throws {
        try DocumentFile.write(assessment.validatedJSON(for: path), to: path, mode: mode)
        Console.noteSaved(path)
    }

    /// The other entries of `file`'s folder (hidden ones aside), in name order, each as a path
    /// written the way `file` is (`dir/name` or `name`): what `assess` looks at beside the file
    /// it opens.
    static func paths(beside file: String) -> [(name: String, path: String)] {
        let folder = DocumentFile.directory(of: file)
        let own = file.split(separator: "/").last.map(String.init) ?? file
        let prefix = file.contains("/") ? folder + "/" : ""
        guard let directory = opendir(folder) else { return [] }
        var names: [String] = []
        while let entry = readdir(directory) {
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if let name = String(validating: raw, as: UTF8.self), !name.hasPrefix("."), name != own {
                names.append(name)
            }
        }
        closedir(directory)
        return names.sorted().map { ($0, prefix + $0) }
    }

    /// The assessment at `path`, when it is a regular file holding one; `nil` otherwise (no
    /// message: a neighbour that is not an assessment is simply not one).
    static func assessmentIfAny(at path: String) -> Assessment? {
        guard fileStatus(path)?.type == S_IFREG, let bytes = try? DocumentFile.read(path) else { return nil }
        return (try? Assessment.loadIfAssessment(json: bytes, source: path)) ?? nil
    }
}

extension Documents {
    /// The real, absolute form of `path` (links resolved), or `path` when it has none.
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The folder an assessment file is in, as a real path.
    static func folder(of assessment: String) -> String {
        DocumentFile.directory(of: realPath(assessment))
    }

    /// The record of evidence file `path` for the assessment at `assessment`: kept relative to
    /// the assessment's folder when it is there or below (the two travel together), else
    /// absolute.
    static func evidenceFile(_ path: String, for assessment: String) throws -> EvidenceFile {
        let real = realPath(path)
        let folder = folder(of: assessment)
        let prefix = folder == "/" ? "/" : folder + "/"
        let name = real.hasPrefix(prefix) ? String(real.dropFirst(prefix.count)) : real
        return try DocumentFile.evidenceFile(at: path, recordedAs: name)
    }

    /// Where a recorded evidence file is now: relative paths from the assessment's folder.
    static func evidencePath(_ file: EvidenceFile, for assessment: String) -> String {
        file.path.hasPrefix("/") ? file.path : folder(of: assessment) + "/" + file.path
    }
}
