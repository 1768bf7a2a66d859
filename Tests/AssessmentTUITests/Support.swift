import Foundation
import TestSupport
import Testing

@testable import AssessmentTUI
@testable import SecurityChecklist

let now = Timestamp(iso8601: "2026-11-22T09:00:00Z")!

/// A small checklist of the same shape as `ipa-ec-site` (its profile, MGT/BLD/OPS sections,
/// controls scoped by the profile), so the reducer is tested apart from the shipped content.
func fixture() throws -> Checklist {
    let path = Repository.path("Tests/AssessmentTUITests/Fixtures/tui-checklist.json")
    return try Checklist(json: DocumentFile.read(path), source: path)
}

/// A full-sized checklist for the rendering snapshots: a frozen copy of `ipa-ec-site` 1.1
/// (long Japanese texts, a glossary, sources), kept in the test fixtures so that editing the
/// shipped content does not rewrite the snapshots.
func renderFixture() throws -> Checklist {
    let path = Repository.path("Tests/AssessmentTUITests/Fixtures/render-checklist.json")
    return try Checklist(json: DocumentFile.read(path), source: path)
}

/// A new assessment of `checklist` with the profile given.
func newState(
    _ checklist: Checklist, profile: [String: String] = [:], language: Language = .ja, organization: String = "テスト商店"
) throws -> AppState {
    var assessment = try Assessment.new(
        id: "6f1c2a9e-3b4d-4e5f-8a7b-0c1d2e3f4a5b", checklist: checklist, organization: organization, period: "2026-Q4",
        now: now)
    for (key, value) in profile.sorted(by: { $0.key < $1.key }) {
        try assessment.setProfile(ProfileKey(key), to: ProfileValue(value), in: checklist, at: now)
    }
    return AppState(checklist: checklist, assessment: assessment, language: language, today: now)
}

/// A hosted-cart shop, for the fixture checklist's profile.
let cartASP = [
    "platform": "cart-asp", "hosting": "provider", "cardHandling": "provider", "wordpress": "no", "members": "yes",
]

/// A hosted-cart shop with staff, as the shipped profile asks it (no hosting question for a cart).
let hostedCart = [
    "platform": "cart-asp", "cardHandling": "provider", "wordpress": "no", "members": "yes", "staff": "yes",
    "contractor": "no", "remoteAccess": "no",
]

extension AppState {
    /// Presses keys in order; returns every effect.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { handle($0, now: now) }
    }

    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { handle(.character($0), now: now) }
    }
}

/// Golden snapshots under Tests/AssessmentTUITests/Golden; ECSEC_UPDATE_GOLDEN=1 rewrites them.
enum Snapshot {
    static func check(_ screen: Screen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try Golden.check(
            screen.text(), file: Repository.path("Tests/AssessmentTUITests/Golden/\(name).txt"),
            sourceLocation: sourceLocation)
    }
}

/// Every row of every cell grid fits: no row wider than the screen, no half of a wide character
/// alone, no control character.
func expectFits(_ screen: Screen, sourceLocation: SourceLocation = #_sourceLocation) {
    for row in 0..<screen.height {
        let text = screen.rowText(row)
        #expect(
            TerminalText.width(text) == screen.width, "row \(row) is \(TerminalText.width(text)) wide: \(text)",
            sourceLocation: sourceLocation)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, sourceLocation: sourceLocation)
        for column in 0..<screen.width where screen[row, column].isContinuation {
            #expect(column > 0 && TerminalText.width(screen[row, column - 1].text) == 2, sourceLocation: sourceLocation)
        }
    }
}
