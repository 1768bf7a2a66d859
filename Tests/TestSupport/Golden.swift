import Foundation
import Testing

/// Golden files: compared byte for byte, and on a difference the test prints a line diff.
/// After an intended change, run with `ECSEC_UPDATE_GOLDEN=<test target>` (the folder under
/// `Tests/` whose golden files should be rewritten: `SecurityChecklistTests`,
/// `AssessmentTUITests`, `EndToEndTests`, or `README` for the README's generated table), one
/// suite at a time, then review the diff in git.
public enum Golden {
    /// The target named by `ECSEC_UPDATE_GOLDEN`, if any.
    static var target: String? {
        ProcessInfo.processInfo.environment["ECSEC_UPDATE_GOLDEN"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether this run rewrites the golden file at `path` (absolute) instead of comparing: only
    /// the files of the target `ECSEC_UPDATE_GOLDEN` names (`README` for the README).
    public static func updating(_ path: String) -> Bool {
        guard let target else { return false }
        if target == "README" { return path == Repository.path("README.md") }
        return path.hasPrefix(Repository.path("Tests/" + target + "/"))
    }

    /// Compares `actual` with the file at `path` (absolute), or rewrites it when updating.
    public static func check(_ actual: String, file path: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        if updating(path) {
            try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
            return
        }
        let name = path.hasPrefix(Repository.root) ? String(path.dropFirst(Repository.root.count + 1)) : path
        guard let expected = FileManager.default.contents(atPath: path) else {
            Issue.record(
                Comment(rawValue: "\(name) is missing; run with ECSEC_UPDATE_GOLDEN=1 to create it"),
                sourceLocation: sourceLocation)
            return
        }
        // Compared as bytes: a byte-order mark or CRLF must survive too.
        if Data(actual.utf8) != expected {
            Issue.record(
                Comment(
                    rawValue: "\(name) differs (- golden, + actual):\n"
                        + LineDiff.describe(String(decoding: expected, as: UTF8.self), actual)),
                sourceLocation: sourceLocation)
        }
    }
}

/// Two texts that must be equal; on a difference, records a line diff.
public func expectSameText(
    _ actual: String, _ expected: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    guard actual != expected else { return }
    Issue.record(
        Comment(rawValue: "\(what) differs (- expected, + actual):\n" + LineDiff.describe(expected, actual)),
        sourceLocation: sourceLocation)
}

/// A small line diff (longest common subsequence) for test failures.
public enum LineDiff {
    /// The lines that differ, `-` for `old` only and `+` for `new` only, with two lines of
    /// context; at most `limit` lines.
    public static func describe(_ old: String, _ new: String, limit: Int = 60) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // lcs[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var script: [(Character, String)] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                script.append((" ", a[i]))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                script.append(("-", a[i]))
                i += 1
            } else {
                script.append(("+", b[j]))
                j += 1
            }
        }
        let changed = script.indices.filter { script[$0].0 != " " }
        var shown = Set<Int>()
        for index in changed { for k in max(0, index - 2)...min(script.count - 1, index + 2) { shown.insert(k) } }
        var lines: [String] = []
        var last = -2
        for index in shown.sorted() {
            if index != last + 1 { lines.append("@@ line \(index + 1)") }
            lines.append("\(script[index].0) \(script[index].1)")
            last = index
        }
        if lines.count > limit { lines = Array(lines.prefix(limit)) + ["… \(lines.count - limit) more lines"] }
        return lines.joined(separator: "\n")
    }
}

extension Golden {
    /// Compares the README's section between `<!-- NAME: generated from SOURCE -->` and
    /// `<!-- end of NAME -->` with `generated`, or rewrites it with `ECSEC_UPDATE_GOLDEN=README`:
    /// a table the README states is generated from its one home in the code.
    public static func checkReadmeSection(
        _ name: String, from source: String, generated: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let path = Repository.path("README.md")
        let readme = try String(contentsOfFile: path, encoding: .utf8)
        let begin = "<!-- \(name): generated from \(source) -->\n"
        let end = "<!-- end of \(name) -->"
        guard let start = readme.range(of: begin),
            let stop = readme.range(of: end, range: start.upperBound..<readme.endIndex)
        else {
            Issue.record(Comment(rawValue: "README has no generated \(name)"), sourceLocation: sourceLocation)
            return
        }
        let documented = String(readme[start.upperBound..<stop.lowerBound])
        if updating(path), documented != generated {
            try Data((readme[..<start.upperBound] + generated + readme[stop.lowerBound...]).utf8)
                .write(to: URL(fileURLWithPath: path))
            return
        }
        expectSameText(documented, generated, "README.md \(name)", sourceLocation: sourceLocation)
    }
}
