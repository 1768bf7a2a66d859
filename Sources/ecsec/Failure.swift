import ArgumentParser
import SecurityChecklist

/// A command failed for a reason the user can act on. Printed as one line per problem on
/// stderr, each starting with `ecsec:`, then exit status 1.
struct Failure: Error {
    var lines: [String]

    init(_ lines: [String]) { self.lines = lines }
    init(_ line: String) { self.lines = [line] }
    init(_ error: LoadError) { self.lines = error.lines }
    init(_ error: FileWriteError) { self.lines = [error.description] }
}

/// Runs a command body and turns every expected error into its message and exit status, so
/// that no command ends with a Swift error dump.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as Failure {
        for line in failure.lines { Console.error("ecsec: " + TerminalText.sanitize(line)) }
        throw ExitCode(1)
    } catch let error as LoadError {
        for line in error.lines { Console.error("ecsec: " + TerminalText.sanitize(line)) }
        throw ExitCode(1)
    } catch let error as FileWriteError {
        Console.error("ecsec: " + TerminalText.sanitize(error.description))
        throw ExitCode(1)
    }
}

extension Language: ExpressibleByArgument {}
