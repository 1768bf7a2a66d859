import SecurityChecklist

/// A command failed for a reason the user can act on. Printed as one line per problem on
/// stderr, each starting with `ecsec:`, then exit status 1.
struct Failure: Error {
    var lines: [String]

    init(_ lines: [String]) { self.lines = lines }
    init(_ line: String) { self.lines = [line] }
}

/// Runs a command body and turns every expected error into its message and exit status, so
/// that no command ends with a Swift error dump.
func reportingFailures(_ language: Language, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as Failure {
        for line in failure.lines { Console.error("ecsec: " + TerminalText.sanitize(line)) }
        throw ExitStatus(1)
    } catch let error as LoadError {
        for line in error.messages(in: language) { Console.error("ecsec: " + TerminalText.sanitize(line)) }
        throw ExitStatus(1)
    } catch let error as FileLockError {
        Console.error("ecsec: " + TerminalText.sanitize(error.message(in: language)))
        throw ExitStatus(1)
    } catch let error as FileWriteError {
        Console.error("ecsec: " + TerminalText.sanitize(error.message(in: language)))
        throw ExitStatus(1)
    }
}

/// Ends the run with this exit status, after the command has said why (or said nothing, as
/// `diff --fail-on-regression`).
struct ExitStatus: Error {
    var code: Int32

    init(_ code: Int32) { self.code = code }
}
