/// Typed identifiers: a control ID can't be passed where a section ID is expected.

/// Common behaviour of the string-backed identifiers below.
public protocol StringIdentifier: RawRepresentable, Hashable, Comparable, Sendable,
    CustomStringConvertible, ExpressibleByStringLiteral
where RawValue == String {
    init(_ rawValue: String)
}

extension StringIdentifier {
    /// The identifier `rawValue`.
    public init(rawValue: String) { self.init(rawValue) }
    /// An identifier written as a literal: `let id: ControlID = "BLD-03"`.
    public init(stringLiteral value: String) { self.init(value) }
    /// The identifier text.
    public var description: String { rawValue }
    /// Orders by UTF-8 bytes, the order the JSON writer sorts keys in.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue.utf8Precedes(rhs.rawValue)
    }
}

/// A checklist's stable identifier, e.g. `ipa-ec-site`.
public struct ChecklistID: StringIdentifier {
    /// The identifier text.
    public let rawValue: String
    /// The identifier `rawValue` (not checked; loaders check ids).
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A section's identifier inside a checklist, e.g. `MGT`.
public struct SectionID: StringIdentifier {
    /// The identifier text.
    public let rawValue: String
    /// The identifier `rawValue` (not checked; loaders check ids).
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A control's identifier, e.g. `BLD-03`. Stable across checklist versions and never reused.
public struct ControlID: StringIdentifier {
    /// The identifier text.
    public let rawValue: String
    /// The identifier `rawValue` (not checked; loaders check ids).
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A cross-cutting domain a control belongs to, e.g. `patching` or `mfa`.
public struct TagID: StringIdentifier {
    /// The identifier text.
    public let rawValue: String
    /// The identifier `rawValue` (not checked; loaders check ids).
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// The key of a profile (tailoring) question, e.g. `platform`.
public struct ProfileKey: StringIdentifier {
    /// The identifier text.
    public let rawValue: String
    /// The identifier `rawValue` (not checked; loaders check ids).
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// One of the values a profile question offers, e.g. `cart-asp`.
public struct ProfileValue: StringIdentifier {
    /// The identifier text.
    public let rawValue: String
    /// The identifier `rawValue` (not checked; loaders check ids).
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A scoring level's identifier, e.g. `A`.
public struct LevelID: StringIdentifier {
    /// The identifier text.
    public let rawValue: String
    /// The identifier `rawValue` (not checked; loaders check ids).
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// An assessment's identifier: a UUID in its canonical lower-case text form.
public struct AssessmentID: StringIdentifier {
    /// The identifier text.
    public let rawValue: String
    /// The identifier `rawValue` (not checked; loaders check ids).
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Whether the text is a UUID (8-4-4-4-12 hexadecimal digits).
    public var isWellFormed: Bool {
        let bytes = Array(rawValue.utf8)
        guard bytes.count == 36 else { return false }
        for (offset, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(offset) {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
                    UInt8(ascii: "A")...UInt8(ascii: "F"):
                    continue
                default: return false
                }
            }
        }
        return true
    }
}
