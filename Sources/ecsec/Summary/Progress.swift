import SecurityChecklist
import Synchronization

/// "12000 files read" on stderr, rewritten in place, at most every 1000 files.
final class Progress: Sendable {
    let language: Language
    let count = Atomic<Int>(0)

    init(language: Language) { self.language = language }

    func add(_ files: Int) {
        let before = count.add(files, ordering: .relaxed).oldValue
        if (before + files) / 1000 != before / 1000 {
            Console.errorRaw("\r" + CLIPhrase.summaryProgress(language, before + files))
        }
    }

    func finish() {
        if count.load(ordering: .relaxed) >= 1000 { Console.errorRaw("\r\u{1B}[K") }
    }
}
