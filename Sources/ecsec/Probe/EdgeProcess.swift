import Glibc
import SecurityChecklist

/// `ecsec-probe`, the probe's network edge, run as a child process: one run order in, the
/// result out (ADR 10). It is found beside this executable, never on `PATH`, so a probe
/// always runs the edge it was built and installed with.
final class EdgeProcess {
    private let processID: pid_t
    private let input: Int32
    private let output: Int32

    /// The edge's path: `ecsec-probe` in the folder of the running `ecsec`.
    static var path: String {
        var bytes = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &bytes, bytes.count - 1)
        let executable = count > 0 ? String(decoding: bytes[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        return DocumentFile.directory(of: executable) + "/ecsec-probe"
    }

    /// Starts the edge; `nil` when it is missing or cannot be started.
    init?() {
        let path = Self.path
        guard access(path, X_OK) == 0 else { return nil }
        // An edge that dies must end in "did not answer", not in SIGPIPE ending ecsec.
        signal(SIGPIPE, SIG_IGN)
        var toChild: [Int32] = [0, 0]
        var fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0 else { return nil }
        guard pipe(&fromChild) == 0 else {
            close(toChild[0])
            close(toChild[1])
            return nil
        }
        // Only the two ends duplicated onto the child's 0 and 1 reach it.
        for descriptor in toChild + fromChild { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        var child: pid_t = 0
        let arguments = [strdup(path), nil]
        defer { for argument in arguments { free(argument) } }
        let spawned = posix_spawn(&child, path, &actions, nil, arguments, environ)
        close(toChild[0])
        close(fromChild[1])
        guard spawned == 0 else {
            close(toChild[1])
            close(fromChild[0])
            return nil
        }
        processID = child
        input = toChild[1]
        output = fromChild[0]
    }

    /// Hands the edge `order`, closes its input, and reads everything it writes until it ends:
    /// its output and exit status, or `nil` when it could not be given the order.
    func run(_ order: ProbeRunOrder) -> (output: [UInt8], status: Int32)? {
        let sent = send(Array(order.jsonLine().utf8))
        close(input)
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(self.output, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            output += chunk[..<count]
        }
        close(self.output)
        var status: Int32 = 0
        while waitpid(processID, &status, 0) < 0, errno == EINTR {}
        guard sent else { return nil }
        // WIFEXITED / WEXITSTATUS, which Swift does not import.
        return (output, status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F))
    }

    private func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(input, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}
