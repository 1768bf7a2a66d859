/// The view across many shops' assessments of one checklist: score distribution, levels, the
/// controls most often missing, mandatory measures missing by how many shops, the providers
/// most depended on, assessment ids found in more than one file. Built incrementally and
/// mergeable, so it can be computed in parallel over any number of files; memory grows only by
/// one assessment id per file.
public struct Portfolio: Sendable {
    public static let schema = "ecsec/summary@1"

    /// The checklist every counted assessment answers.
    public let checklist: ChecklistReference
    /// Assessments counted.
    public private(set) var count = 0
    /// Scores in tenths → how many shops have that score (exact quantiles without keeping every file).
    public private(set) var scoreCounts: [Int64: Int] = [:]
    /// Assessments with no score (nothing applicable).
    public private(set) var unscored = 0
    /// Level id → shops ("" for no level).
    public private(set) var levels: [String: Int] = [:]
    /// Control → shops where it is an unmet gap.
    public private(set) var missing: [ControlID: Int] = [:]
    /// Mandatory control → shops where it is missing.
    public private(set) var mandatoryMissing: [ControlID: Int] = [:]
    /// Shops with every mandatory measure in place.
    public private(set) var mandatoryMet = 0
    /// Provider → (shops, delegated controls).
    public private(set) var providers: [String: ProviderCount] = [:]
    /// Assessment id → how many files carry it.
    private var idCounts: [AssessmentID: Int] = [:]

    /// Assessment ids carried by more than one file (a copied file, not a new period), with how
    /// many, in id order.
    public var duplicateIDs: [(id: AssessmentID, files: Int)] {
        idCounts.filter { $0.value > 1 }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// How much a provider is depended on.
    public struct ProviderCount: Sendable, Hashable {
        /// Shops that delegate at least one control to it.
        public var shops: Int
        /// Delegated controls across those shops.
        public var controls: Int
    }

    /// An empty portfolio of `checklist`.
    public init(checklist: ChecklistReference) { self.checklist = checklist }

    /// Counts one assessment and its score.
    /// - Complexity: O(g + d) for g gaps and d delegated answers.
    public mutating func add(_ report: ScoreReport, assessment: Assessment) {
        count += 1
        idCounts[assessment.id, default: 0] += 1
        if let score = report.overall.score { scoreCounts[score.tenths, default: 0] += 1 } else { unscored += 1 }
        levels[report.overall.level?.id.rawValue ?? "", default: 0] += 1
        for gap in report.gaps { missing[gap.control, default: 0] += 1 }
        for id in report.missingMandatory { mandatoryMissing[id, default: 0] += 1 }
        if report.overall.mandatoryMet { mandatoryMet += 1 }
        var shopProviders = Set<String>()
        // The score's rule: a delegated answer counts only when its control is in scope.
        for answer in report.delegated {
            let name = answer.provider.trimmingSpaces
            guard !name.isEmpty else { continue }
            providers[name, default: ProviderCount(shops: 0, controls: 0)].controls += 1
            shopProviders.insert(name)
        }
        for name in shopProviders { providers[name]!.shops += 1 }
    }

    /// Adds another portfolio of the same checklist (from another thread).
    public mutating func merge(_ other: Portfolio) {
        count += other.count
        unscored += other.unscored
        mandatoryMet += other.mandatoryMet
        scoreCounts.merge(other.scoreCounts, uniquingKeysWith: +)
        levels.merge(other.levels, uniquingKeysWith: +)
        missing.merge(other.missing, uniquingKeysWith: +)
        mandatoryMissing.merge(other.mandatoryMissing, uniquingKeysWith: +)
        idCounts.merge(other.idCounts, uniquingKeysWith: +)
        providers.merge(other.providers) {
            ProviderCount(shops: $0.shops + $1.shops, controls: $0.controls + $1.controls)
        }
    }

    /// The score below which `fraction` of scored shops fall (nearest rank), in tenths.
    public func quantile(_ fraction: Double) -> Int64? {
        let scored = scoreCounts.values.reduce(0, +)
        guard scored > 0 else { return nil }
        let rank = max(1, Int((fraction * Double(scored)).rounded(.up)))
        var seen = 0
        for score in scoreCounts.keys.sorted() {
            seen += scoreCounts[score]!
            if seen >= rank { return score }
        }
        return scoreCounts.keys.max()
    }

    /// Shops per 10-point band: `[lower bound in points: shops]`, lower bounds as multiples of 10.
    public var histogram: [(from: Int64, shops: Int)] {
        var bands: [Int64: Int] = [:]
        for (tenths, shops) in scoreCounts {
            // Floor to a multiple of 100 tenths (10 points); 100.0 joins the 90–100 band.
            var band = (tenths >= 0 ? tenths / 100 : -((-tenths + 99) / 100)) * 10
            if tenths == 1000 { band = 90 }
            bands[band, default: 0] += shops
        }
        return bands.keys.sorted().map { ($0, bands[$0]!) }
    }

    /// `(key, count)` pairs, largest count first, then key order.
    static func ranked<Key: Comparable>(_ counts: [Key: Int]) -> [(Key, Int)] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

/// A file the summary did not count, and why.
public struct SkippedFile: Sendable, Hashable {
    /// The file's path.
    public var path: String
    /// Why it was skipped.
    public var reason: SkipReason

    /// A skipped file.
    public init(path: String, reason: SkipReason) {
        self.path = path
        self.reason = reason
    }
}

/// Why a file in a folder of assessments was not counted. The JSON output writes the English
/// text; the text output the user's language.
public enum SkipReason: Sendable, Hashable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(FileProblem)
    /// The folder could not be listed (the system's reason).
    case folderUnreadable(String)
    /// A symbolic link to nothing.
    case brokenLink
    /// A symbolic link to a folder, which is not followed.
    case linkToFolder
    /// A name that is not valid UTF-8 (shown with the invalid bytes replaced).
    case nameNotUTF8
    /// Not JSON, or an assessment with problems of its own.
    case invalid(LoadError)
    /// Valid JSON without `"schema": "ecsec/assessment@1"`.
    case notAnAssessment
    /// An assessment of another checklist than the one asked for.
    case otherChecklist(found: ChecklistID, wanted: ChecklistID)
    /// An assessment of a checklist that is neither shipped nor given.
    case checklistNotAvailable(ChecklistID)
    /// An assessment whose answers do not fit its checklist.
    case doesNotFitChecklist(Diagnostic)

    /// The reason in `language`.
    public func text(_ language: Language) -> String {
        switch self {
        case .unreadable(let problem): problem.text(language, reading: true)
        case .folderUnreadable(let reason): Phrase.skipFolderUnreadable(language, reason)
        case .brokenLink: Phrase.skipBrokenLink(language)
        case .linkToFolder: Phrase.skipLinkToFolder(language)
        case .nameNotUTF8: Phrase.skipNameNotUTF8(language)
        case .invalid(let error):
            error.messages(in: language).first.map { line in
                line.hasPrefix(error.source + ": ") ? String(line.dropFirst(error.source.count + 2)) : line
            } ?? Phrase.cannotRead(language)
        case .notAnAssessment: Phrase.skipNotAnAssessment(language)
        case .otherChecklist(let found, let wanted): Phrase.skipOtherChecklist(language, found, wanted)
        case .checklistNotAvailable(let id): Phrase.skipChecklistNotAvailable(language, id)
        case .doesNotFitChecklist(let diagnostic): diagnostic.description
        }
    }

    /// The reason in English.
    public var description: String { text(.en) }
}
