import TestSupport
import Testing

@testable import SecurityChecklist

/// Files under Tests/SecurityChecklistTests/Fixtures.
enum Fixture {
    static func bytes(_ name: String) throws -> [UInt8] { try DocumentFile.read(Repository.fixture(name)) }

    static func text(_ name: String) throws -> String { String(decoding: try bytes(name), as: UTF8.self) }

    static func scoringChecklist() throws -> Checklist {
        try Checklist(json: bytes("scoring-checklist.json"), source: "scoring-checklist.json")
    }
}

let t0 = Timestamp(iso8601: "2026-10-01T00:00:00Z")!

extension Assessment {
    /// A test assessment of `checklist` with the given answers (N/A and delegated get a reason
    /// and provider automatically).
    static func fixture(
        _ checklist: Checklist, profile: [String: String] = [:], answers: [String: AnswerStatus]
    ) -> Assessment {
        var assessment = Assessment(
            id: "00000000-0000-4000-8000-000000000001",
            checklist: ChecklistReference(id: checklist.id, version: checklist.version), organization: "Test",
            createdAt: t0)
        for (key, value) in profile { assessment.profile[ProfileKey(key)] = ProfileValue(value) }
        for (id, status) in answers {
            assessment.answers[ControlID(id)] = Answer(
                status: status, reason: status == .notApplicable ? "n/a" : nil,
                provider: status == .delegated ? "Provider" : nil, answeredAt: t0)
        }
        return assessment
    }
}

/// Replaces the JSON value at a path made of keys and indexes, for building broken documents.
func mutate(_ value: JSONValue, at path: [Any], to newValue: JSONValue?) -> JSONValue {
    guard let first = path.first else { return newValue ?? .null }
    let rest = Array(path.dropFirst())
    switch value {
    case .object(var object):
        let key = first as! String
        if rest.isEmpty {
            object[key] = newValue
        } else {
            object[key] = mutate(object[key] ?? .null, at: rest, to: newValue)
        }
        return .object(object)
    case .array(var items):
        let index = first as! Int
        if rest.isEmpty {
            if let newValue { items[index] = newValue } else { items.remove(at: index) }
        } else {
            items[index] = mutate(items[index], at: rest, to: newValue)
        }
        return .array(items)
    default:
        return value
    }
}
