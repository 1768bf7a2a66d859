/// How an assessment's checklist version differs from the checklist it is loaded with.
public struct VersionDrift: Sendable, Hashable {
    /// The version the file was written for.
    public var fileVersion: String
    /// The version of the checklist in hand.
    public var checklistVersion: String
    /// Controls the checklist gained since the file's version (unanswered in the file).
    public var added: [ControlID]
    /// Controls the file answers that the checklist no longer has (answers kept, not scored).
    public var removed: [ControlID]
    /// The file was written for a later version than the checklist in hand.
    public var fileIsNewer: Bool
}

extension Assessment {
    /// Compares the assessment with the checklist it answers.
    ///
    /// Errors: a different checklist id, a profile value the question does not offer. Warnings:
    /// a profile key the checklist does not ask, answers for controls it does not have (they are
    /// kept on save but not scored), a different checklist version (with ``VersionDrift``).
    public func check(against checklist: Checklist) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if self.checklist.id != checklist.id {
            diagnostics.append(
                Diagnostic(
                    .error, at: JSONPath.root / "checklist" / "id",
                    "this assessment answers checklist \(quoted(self.checklist.id.rawValue)), not \(quoted(checklist.id.rawValue))"
                ))
            return diagnostics
        }
        let keys = profile.count > 1 ? profile.keys.sorted() : Array(profile.keys)
        for key in keys {
            let value = profile[key]!
            let path = JSONPath.root / "profile" / key.rawValue
            guard let question = checklist.profileQuestion(key) else {
                let keys = checklist.profile.map(\.key.rawValue).joined(separator: ", ")
                diagnostics.append(
                    Diagnostic(
                        .warning, at: path,
                        "checklist \(checklist.id) \(checklist.version) does not ask \(quoted(key.rawValue)) (ignored); its profile keys: \(keys)"
                    ))
                continue
            }
            if question.option(value) == nil {
                let values = question.options.map(\.value.rawValue).joined(separator: ", ")
                diagnostics.append(
                    Diagnostic(.error, at: path, "unknown value \(quoted(value.rawValue)); valid values: \(values)"))
            }
        }
        let drift = versionDrift(against: checklist)
        if let drift {
            var message =
                "written for \(checklist.id) \(drift.fileVersion); loaded with version \(drift.checklistVersion)"
            if drift.fileIsNewer { message += " (older than the file: update ecsec)" }
            if !drift.added.isEmpty {
                message += "; controls added: \(drift.added.map(\.rawValue).joined(separator: ", "))"
            }
            if !drift.removed.isEmpty {
                message +=
                    "; controls removed (answers kept, not scored): \(drift.removed.map(\.rawValue).joined(separator: ", "))"
            }
            diagnostics.append(Diagnostic(.warning, at: JSONPath.root / "checklist" / "version", message))
        }
        // Answers for controls the checklist does not have, other than those the drift warning
        // already lists (only when the versions differ).
        if drift == nil {
            for id in answers.keys.filter({ !checklist.contains($0) }).sorted() {
                var diagnostic = Diagnostic(
                    .warning, at: JSONPath.root / "answers" / id.rawValue,
                    "checklist \(checklist.id) \(checklist.version) has no control \(id); the answer is kept but not scored"
                )
                diagnostic.explanation = .answerNotInChecklist(
                    checklist: "\(checklist.id) \(checklist.version)", control: id)
                diagnostics.append(diagnostic)
            }
        }
        return diagnostics
    }

    /// The difference between the file's checklist version and `checklist`'s, or `nil` when
    /// they are the same version.
    public func versionDrift(against checklist: Checklist) -> VersionDrift? {
        let fileVersion = VersionNumber(self.checklist.version)
        let current = VersionNumber(checklist.version)
        guard fileVersion != current else { return nil }
        let fileIsNewer = if let fileVersion, let current { fileVersion > current } else { false }
        var added: [ControlID] = []
        if let fileVersion, !fileIsNewer {
            added = checklist.controls.filter { control in
                control.addedIn.flatMap(VersionNumber.init).map { $0 > fileVersion } ?? false
            }.map(\.id)
        }
        let removed = answers.keys.filter { !checklist.contains($0) }.sorted()
        return VersionDrift(
            fileVersion: self.checklist.version, checklistVersion: checklist.version, added: added,
            removed: removed, fileIsNewer: fileIsNewer)
    }
}
