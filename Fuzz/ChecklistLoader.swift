// libFuzzer target: the strict checklist loader. Any input must load or throw LoadError;
// a loaded checklist must validate the same way twice.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChecklist(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let checklist = try? Checklist(json: bytes, source: "fuzz") {
        precondition(checklist.controls.allSatisfy { checklist.control($0.id) != nil }, "index out of step")
        _ = Validator.validate(json: bytes, source: "fuzz")
    }
    return 0
}
