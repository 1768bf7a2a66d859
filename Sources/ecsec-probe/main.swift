// ecsec-probe: the network edge of `ecsec probe` (ADR 10). It reads one run order
// (ProbeRunOrder) on standard input, runs the SiteProbe planner against the site one request
// at a time on a monotonic clock, and writes the `ecsec/probe@1` result (or, for a dry run, the
// planned requests) on standard output, with exit status 3 when the start page never
// answered; progress goes to standard error when it is a terminal.
// It is started by `ecsec probe` from the folder of its own executable, never from PATH; every
// politeness rule is the planner's.
import NIOPosix
import SecurityChecklist
import SiteProbe

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

/// All of standard input.
func readInput() -> [UInt8] {
    var input: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR { continue }
        guard count > 0 else { return input }
        input += chunk[..<count]
    }
}

if CommandLine.arguments.count > 1 {
    emit("ecsec-probe is run by `ecsec probe`; see `ecsec probe --help`.\n", to: 2)
    exit(CommandLine.arguments[1] == "--help" ? 0 : 64)
}
guard let order = ProbeRunOrder(json: readInput()) else {
    emit("ecsec-probe: the run order could not be read\n", to: 2)
    exit(65)
}
let data: ProbeData
do {
    data = try ProbeData.shipped()
} catch {
    emit("ecsec-probe: \(error.messages(in: .en).joined(separator: "\n"))\n", to: 2)
    exit(70)
}
let notFoundPath = "/ecsec-probe-not-found-" + String(UInt64.random(in: .min ... .max), radix: 16)
var run = ProbeRun(options: ProbeOptions(order: order, notFoundPath: notFoundPath, data: data))
if order.dryRun {
    let planned = run.plannedRequests().map { ProbePlannedRequest(line: $0.request.line, condition: $0.condition) }
    emit(ProbePlannedRequest.jsonText(planned), to: 1)
    exit(0)
}

// An ended reader of the result must not kill the edge mid-run with SIGPIPE.
signal(SIGPIPE, SIG_IGN)
let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
let edge = Edge(group: group)
let progress = isatty(2) == 1
let startedAt = Timestamp(secondsSince1970: Int64(time(nil)))
while let request = run.next() {
    if let notBefore = run.notBefore() { MonotonicClock.sleep(until: notBefore) }
    let start = MonotonicClock.now()
    if progress {
        let line = "[\(run.requestCount + 1)/\(order.maxRequests)] " + request.line
        emit("\r\u{1B}[K" + TerminalText.truncate(TerminalText.sanitize(line), to: 79), to: 2)
    }
    let order = EdgeOrder(request: request, userAgent: order.userAgent, caFile: order.caFile, timeout: 10)
    run.record(edge.perform(order), for: request, startedAt: start)
}
if progress { emit("\r\u{1B}[K", to: 2) }
try? group.syncShutdownGracefully()
let result = ProbeAnalysis.result(
    of: run, startedAt: startedAt, finishedAt: Timestamp(secondsSince1970: Int64(time(nil))),
    probeVersion: order.probeVersion, previousScripts: order.previousScripts, hostedCart: order.hostedCart)
emit(result.jsonText(), to: 1)
// The result is printed either way; status 3 tells ecsec the site never answered, so the run is
// not kept as evidence (or as the next run's baseline).
exit(run.siteAnswers ? 0 : 3)
