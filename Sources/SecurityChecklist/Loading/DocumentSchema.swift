/// Telling checklist and assessment files apart.
public enum DocumentSchema {
    /// The `schema` member of a JSON document's top-level object, or `nil` when the bytes are
    /// not JSON, not an object, or have no string `schema`.
    public static func of(_ json: some Collection<UInt8>) -> String? {
        (try? JSONParser.withTape(json) { $0.object?["schema"]?.string }) ?? nil
    }
}
