/// Validates checklist and assessment documents the way `ecsec validate` does: the structure
/// the JSON Schemas in `Schemas/` describe, plus the rules a schema cannot express (unique ids,
/// `appliesWhen` naming real profile keys and values, declared tags, retired ids, `replaces`,
/// and an assessment's answers against its checklist).
public enum Validator {
    /// What a document turned out to be.
    public enum Verdict: Sendable {
        /// A valid checklist.
        case checklist(Checklist)
        /// A valid assessment; `warnings` are worth showing but do not make it invalid.
        /// `checkedAgainst` is `nil` when no checklist was available to check the answers.
        case assessment(Assessment, warnings: [Diagnostic], checkedAgainst: ChecklistReference?)
        /// Not valid: every problem, each with its JSON path.
        case invalid(LoadError)

        /// Whether the document is a valid checklist or assessment.
        public var isValid: Bool {
            if case .invalid = self { return false }
            return true
        }
    }

    /// Validates one document, telling checklists and assessments apart by their `schema`.
    /// - Parameters:
    ///   - json: The file's bytes.
    ///   - source: How to name the document in messages (its path).
    ///   - checklist: The checklist to check an assessment against; when `nil`, the shipped
    ///     checklist the assessment names is used, if there is one.
    public static func validate(json: some Collection<UInt8>, source: String, checklist: Checklist? = nil) -> Verdict {
        let bytes = Array(json)
        guard DocumentSchema.of(bytes) == Assessment.schema else {
            do {
                return .checklist(try Checklist(json: bytes, source: source))
            } catch {
                return .invalid(error)
            }
        }
        let assessment: Assessment
        do {
            assessment = try Assessment(json: bytes, source: source)
        } catch {
            return .invalid(error)
        }
        let shipped =
            (try? ShippedChecklists.checklist(assessment.checklist.id, version: assessment.checklist.version)) ?? nil
        guard let against = checklist ?? shipped ?? (try? ShippedChecklists.checklist(assessment.checklist.id)) ?? nil
        else {
            return .assessment(assessment, warnings: [], checkedAgainst: nil)
        }
        let diagnostics = assessment.check(against: against)
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { return .invalid(LoadError(source: source, reason: .invalid(errors))) }
        return .assessment(
            assessment, warnings: diagnostics,
            checkedAgainst: ChecklistReference(id: against.id, version: against.version))
    }
}
