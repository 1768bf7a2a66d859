import Foundation
import TestSupport
import Testing

@testable import SecurityChecklist

/// The extension recipes of `docs/adr/0006-how-to-extend.md`, kept true: adding a status, a
/// schema member or a format without the rest following fails here.
@Suite("The house's map (ADR 6)")
struct HouseMapTests {
    static func schema(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: Repository.path("Schemas/" + name)))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static var schemaNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: Repository.path("Schemas"))) ?? [])
            .filter { $0.hasSuffix(".schema.json") }.sorted()
    }

    /// Every `enum` in any schema that lists a status, with its JSON path.
    static func statusEnums(_ value: Any, path: String = "$") -> [(String, [String])] {
        if let object = value as? [String: Any] {
            var found: [(String, [String])] = []
            if let values = object["enum"] as? [String], values.contains(AnswerStatus.implemented.rawValue) {
                found.append((path, values))
            }
            for (key, child) in object.sorted(by: { $0.key < $1.key }) {
                found += statusEnums(child, path: path + "." + key)
            }
            return found
        }
        if let array = value as? [Any] {
            return array.enumerated().flatMap { statusEnums($1, path: path + "[\($0)]") }
        }
        return []
    }

    /// (a) Each schema's list of statuses is `AnswerStatus.allCases`, with `unanswered` where a
    /// status may be missing.
    @Test(arguments: schemaNames) func statusEnumsAreTheStatuses(_ name: String) throws {
        let statuses = AnswerStatus.allCases.map(\.rawValue)
        for (path, values) in Self.statusEnums(try Self.schema(name)) {
            #expect(
                values == statuses || values == statuses + [AnswerStatus.unansweredName],
                "\(name) \(path): \(values) is not the statuses \(statuses)")
        }
    }

    /// The objects the strict loaders read, with the member lists they accept, and where the
    /// schema describes each.
    static let loaderObjects: [(what: String, required: [String], optional: [String], schema: String, path: [String])] =
        [
            (
                "assessment", AssessmentDecoder.required, AssessmentDecoder.optional, "assessment.schema.json", []
            ),
            (
                "answer", AssessmentDecoder.answerRequired, AssessmentDecoder.answerOptional, "assessment.schema.json",
                ["$defs", "answer"]
            ),
            (
                "plan", AssessmentDecoder.planRequired, AssessmentDecoder.planOptional, "assessment.schema.json",
                ["$defs", "plan"]
            ),
            (
                "checklist", ChecklistDecoder.topLevelRequired, ChecklistDecoder.topLevelOptional,
                "checklist.schema.json", []
            ),
            (
                "control", ChecklistDecoder.controlRequired, ChecklistDecoder.controlOptional, "checklist.schema.json",
                ["$defs", "control"]
            ),
            (
                "probe result", ProbeResultDecoder.required, ProbeResultDecoder.optional, "probe.schema.json",
                ["$defs", "members"]
            ),
            (
                "probe finding", ProbeResultDecoder.findingRequired, ProbeResultDecoder.findingOptional,
                "probe.schema.json", ["$defs", "finding"]
            ),
            (
                "probe script", ProbeResultDecoder.scriptRequired, ProbeResultDecoder.scriptOptional,
                "probe.schema.json", ["$defs", "script"]
            ),
        ]

    /// (b) What a loader accepts is what the schema allows, and what it requires the schema
    /// requires.
    @Test func loaderMemberListsAreTheSchemasProperties() throws {
        for item in Self.loaderObjects {
            var node: Any = try Self.schema(item.schema)
            for key in item.path { node = try #require((node as? [String: Any])?[key], "\(item.what): \(key)") }
            let object = try #require(node as? [String: Any], "\(item.what)")
            let properties = Set((object["properties"] as? [String: Any] ?? [:]).keys)
            let required = Set(object["required"] as? [String] ?? [])
            #expect(properties == Set(item.required + item.optional), "\(item.what): schema \(properties.sorted())")
            #expect(required == Set(item.required), "\(item.what): schema requires \(required.sorted())")
        }
    }

    /// (c) No source file outside the status's home decides on a status case; the exceptions
    /// are the TUI's colours (Theme) and answer keys (KeyTable), which ADR 6 lists.
    @Test func noFileOutsideTheHomeComparesWithAStatusCase() throws {
        let names = AnswerStatus.allCases.map(\.rawValue).joined(separator: "|")
        let patterns = [
            "(==|!=)\\s*\\.(\(names))\\b", "\\.(\(names))\\s*(==|!=)", "case\\s+\\.(\(names))\\b",
            "\\.detail\\((for:\\s*)?\\.(\(names))\\)", "\\.answered\\(\\.(\(names))\\)",
        ].map { try! Regex($0) }
        let allowed: Set<String> = [
            "Sources/SecurityChecklist/Model/AnswerStatus.swift", "Sources/AssessmentTUI/Theme.swift",
            "Sources/AssessmentTUI/KeyTable.swift",
        ]
        let root = Repository.path("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: root)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }.map { "Sources/" + $0 }.filter { !allowed.contains($0) }
        #expect(files.count > 50)
        var offenders: [String] = []
        for file in files {
            let text = try String(contentsOfFile: Repository.path(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                if patterns.contains(where: { code.contains($0) }) {
                    offenders.append("\(file):\(number + 1): \(line)")
                }
            }
        }
        #expect(offenders.isEmpty, "status decisions outside AnswerStatus.swift:\n\(offenders.joined(separator: "\n"))")
    }

    /// A points table need only give the full-credit status; the others earn 0 when absent, so
    /// a status added later never breaks a user's points checklist.
    @Test func aPointsTableWithOnlyFullCreditLoads() throws {
        var text = try Fixture.text("scoring-checklist.json")
        let data = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        var checklist = try #require(data)
        var scoring = try #require(checklist["scoring"] as? [String: Any])
        scoring["model"] = "points"
        scoring["weights"] = nil
        scoring["points"] = ["implemented": 4, "partial": 2]
        checklist["scoring"] = scoring
        text = String(decoding: try JSONSerialization.data(withJSONObject: checklist), as: UTF8.self)
        let loaded = try Checklist(json: Array(text.utf8), source: "points.json")
        guard case .points(let table) = loaded.scoring.model else {
            Issue.record("not the points model")
            return
        }
        #expect(table[.answered(.implemented)] == Decimal3(4))
        #expect(table[.answered(.partial)] == Decimal3(2))
        for status in StatusOrUnanswered.allCases
        where status != .answered(.implemented) && status != .answered(.partial) {
            #expect(table[status] == .zero, "\(status)")
        }
        // Without the full-credit status, the table is refused.
        scoring["points"] = ["partial": 2]
        checklist["scoring"] = scoring
        let missing = try JSONSerialization.data(withJSONObject: checklist)
        #expect(throws: LoadError.self) { try Checklist(json: Array(missing), source: "points.json") }
    }
}

/// The README states the status rules once, as a table generated from `AnswerStatus`.
@Suite("The README's status table")
struct StatusTableTests {
    @Test func readmeStatusTableIsGenerated() throws {
        try Golden.checkReadmeSection("status table", from: "AnswerStatus", generated: AnswerStatus.ruleTable())
    }
}
