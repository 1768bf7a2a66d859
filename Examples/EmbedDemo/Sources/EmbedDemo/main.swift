// Embeds SecurityChecklist the way a cart platform's admin panel might: everything the library
// needs from the outside (ids, the time) is passed in; it prints nothing and reads no clock.
import SecurityChecklist

func check(_ condition: Bool, _ message: String) {
    if !condition {
        print("FAILED: \(message)")
        fatalError(message)
    }
}

do {
    // 1. Load a shipped checklist by id (compiled into the library; no path needed).
    guard let checklist = try ShippedChecklists.checklist("ipa-ec-site") else { fatalError("ipa-ec-site is shipped") }
    let q3 = Timestamp(iso8601: "2026-07-01T00:00:00Z")!
    let q4 = Timestamp(iso8601: "2026-10-01T00:00:00Z")!

    // 2. Create an assessment tailored by the profile.
    var assessment = try Assessment.new(
        id: "3f2a8c1d-6b7e-4d5f-9a0b-1c2d3e4f5a6b", checklist: checklist, organization: "Example Shop",
        period: "2026-Q3",
        profile: [
            "platform": "cart-asp", "cardHandling": "provider", "wordpress": "no", "members": "yes", "staff": "yes",
            "contractor": "no", "remoteAccess": "no", "customCode": "no", "adminDevices": "pc",
            "adminRestriction": "yes", "ownDomain": "yes", "exportsData": "yes",
        ],
        now: q3)

    // 3. Answer: every in-scope control "partial", then a few better.
    for control in assessment.controlsInScope(of: checklist) {
        try assessment.setAnswer(Answer(status: .partial, answeredAt: q3), for: control.id, in: checklist, at: q3)
    }
    let before = assessment

    var next = assessment
    next.period = "2026-Q4"
    try next.setAnswer(
        Answer(status: .implemented, note: "2FA for every admin", answeredAt: q4), for: "OPS-21", in: checklist, at: q4)
    try next.setAnswer(
        Answer(status: .delegated, provider: "Example Payments", answeredAt: q4), for: "CARD-02", in: checklist, at: q4)
    try next.setAnswer(Answer(status: .notImplemented, answeredAt: q4), for: "OPS-31", in: checklist, at: q4)

    // 4. Score: the same numbers `ecsec score --format json` prints for this file.
    let report = Scorer.score(next, with: checklist, asOf: q4)
    print("score:", report.overall.score?.description ?? "-", "level:", report.overall.level?.id.rawValue ?? "-")
    print("first gap:", report.gaps.first.map { "\($0.control) +\($0.gain)" } ?? "-")

    // 5. Diff the two quarters and explain the change.
    let diff = Differ.diff(old: before, oldChecklist: checklist, new: next, newChecklist: checklist, asOf: q4)
    print("delta:", diff.deltaTenths.map { Score(tenths: $0).signedDescription } ?? "-")
    for change in diff.changes {
        print(" ", change.kind.rawValue, change.control, Score(tenths: change.impactTenths).signedDescription)
    }
    check(
        diff.changes.map(\.impactTenths).reduce(0, +) + diff.applicabilityEffectTenths == diff.deltaTenths,
        "impacts add up to the delta")

    // 6. Save it: the file other tools and `ecsec` read.
    if CommandLine.arguments.count > 1 {
        try DocumentFile.write(Array(next.jsonText().utf8), to: CommandLine.arguments[1], mode: .replace)
        print("saved:", CommandLine.arguments[1])
    }
} catch {
    print("error: \(error)")
    fatalError("\(error)")
}
