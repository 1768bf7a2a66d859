// libFuzzer target: the assessment loader, writer and scorer. A loaded assessment must write
// bytes that load back to the same value, and must score against the shipped checklist.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAssessment(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let assessment = try? Assessment(json: bytes, source: "fuzz") else { return 0 }
    let text = assessment.jsonText()
    let again = try? Assessment(json: Array(text.utf8), source: "again")
    precondition(again == assessment, "round trip changed the assessment")
    if let checklist = FuzzChecklist.ipa {
        _ = assessment.check(against: checklist)
        let report = Scorer.score(assessment, with: checklist, asOf: Timestamp(secondsSince1970: 1_800_000_000))
        _ = report.jsonText()
        _ = ReportContent(
            assessment: assessment, checklist: checklist, asOf: Timestamp(secondsSince1970: 1_800_000_000),
            language: .ja
        ).htmlText()
    }
    return 0
}

enum FuzzChecklist {
    static let ipa: Checklist? = try? ShippedChecklists.checklist("ipa-ec-site")
}
