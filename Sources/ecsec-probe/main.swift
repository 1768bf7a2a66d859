// ecsec-probe: the network edge of `ecsec probe` (ADR 10). It reads one order per line on
// standard input (ProbeWire), carries it out, and writes one result line; it decides nothing,
// so every politeness rule stays in the planner `ecsec` runs. It is started by `ecsec probe`
// from the folder of its own executable, never from PATH.
import NIOPosix
import SecurityChecklist

#if canImport(Glibc)
    import Glibc
#endif

/// Writes `text` whole to file descriptor `descriptor`.
func emit(_ text: String, to descriptor: Int32) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeMutableBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
    }
}

if CommandLine.arguments.count > 1 {
    emit("ecsec-probe is run by `ecsec probe`; see `ecsec probe --help`.\n", to: 2)
    exit(CommandLine.arguments[1] == "--help" ? 0 : 64)
}

let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
let edge = Edge(group: group)
while let line = readLine(strippingNewline: true) {
    let exchange =
        ProbeWire.order(from: Array(line.utf8)).map(edge.perform)
        ?? ProbeExchange(failure: .protocolError, message: "unreadable order")
    emit(ProbeWire.resultLine(exchange) + "\n", to: 1)
}
try? group.syncShutdownGracefully()
