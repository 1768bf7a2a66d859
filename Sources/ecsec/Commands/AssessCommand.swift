import AssessmentTUI
import Glibc
import SecurityChecklist

struct AssessCommand: Command {
    static let name = "assess"
    static let spec = CommandSpec(
        Self.self, abstract: HelpText.text("Answer in the terminal.", "画面で質問に答えます。"),
        discussion: HelpText.reflow(
            """
            Opens FILE (default assessment.json) or creates it, then asks the profile questions and
            one control at a time. Every answer is saved to FILE at once (atomically), so you can
            quit with q — or close the window — and resume later where you stopped.

            Keys on a question: \(questionKeys(.en)).

            When FILE does not exist and its folder holds assessment files with similar names
            (a typo such as shop.jsn), or no FILE is given and the folder holds assessments,
            nothing is created: they are listed instead (--new creates FILE anyway). A new file
            is announced on the first screen with its full path. --organization and --period
            set those on an existing file too.

            Needs a terminal of at least 60x20. For scripts, use `ecsec answer`.

            Example:
              ecsec assess shop-2026-Q4.json --organization "Example Shop" --period 2026-Q4
            """,
            ja: """
                FILE（既定は assessment.json）を開くか作成し、前提条件の質問と、項目を1つずつ聞きます。
                回答はその都度 FILE に保存される（アトミックに置き換え）ので、q で終了しても、ウィンドウを
                閉じても、次に開くと続きから再開できます。

                質問の画面のキー: \(questionKeys(.ja))。

                FILE がなく、同じフォルダーに似た名前の評価ファイルがあるとき（shop.jsn のような打ち間違い）、
                または FILE を指定せずフォルダーに評価ファイルがあるときは、何も作らずに一覧を表示します
                （--new でそれでも作成します）。前の期間のファイルが同じフォルダーにあれば、回答を引き継ぐか
                聞きます。新しいファイルは最初の画面でフルパスを表示します。--organization と --period は
                既存のファイルにも設定します。

                60x20 以上の端末が必要です。スクリプトからは ecsec answer を使ってください。

                例:
                  ecsec assess shop-2026-Q4.json --organization "さくら雑貨店" --period 2026-Q4
                """)
    )

    /// The question screen's footers, from the key table (the TUI's one home for keys); built
    /// only on a run that can show help (the spec, and so the discussion, is built on every run).
    static func questionKeys(_ language: Language) -> String {
        guard HelpText.isWanted else { return "" }
        return
            (KeyTable.footer(for: .question, row: .legend, language: language)
            + KeyTable.footer(for: .question, language: language)).map { "\($0.key) \($0.text)" }.joined(
                separator: language == .ja ? "、" : ", ")
    }

    var file: String?
    var checklist: String?
    var languageOption = LanguageOption()
    var organization: String?
    var period: PeriodArgument?
    var new = false

    static let parameters: [Parameter<Self>] = [
        .argument(
            \.file, "file", help: .text("The assessment file to open or create.", "開く、または作成する評価ファイル。"),
            completion: .file(extensions: ["json"])),
        .option(
            \.checklist, "checklist",
            help: .text(
                "For a new file: a shipped checklist id or a checklist file. For an existing file: the checklist file when it is not shipped.",
                "新しいファイルでは同梱のチェックリストのID、またはチェックリストのファイル。既存のファイルでは、同梱でないときのチェックリストのファイル。"),
            completion: shippedChecklistIDs),
        .group(\.languageOption),
        .option(
            \.organization, "organization",
            help: .text("The shop or company name (sets it on an existing file too).", "お店（会社）の名前（既存のファイルにも設定します）。")),
        .option(
            \.period, "period",
            help: .text(
                "The period assessed, e.g. 2026-Q4 (sets it on an existing file too).",
                "点検の期間（例: 2026-Q4。既存のファイルにも設定します）。")),
        .flag(
            \.new, "new",
            help: .text(
                "Create FILE even though assessment files with similar names are in its folder.",
                "似た名前の評価ファイルが同じフォルダーにあっても FILE を作成します。")),
    ]

    func run() throws {
        let language = languageOption.language
        try reportingFailures(language) {
            guard isatty(0) == 1, isatty(1) == 1 else { throw Failure(CLIPhrase.needsTerminal(language)) }
            let file = self.file ?? "assessment.json"
            if !DocumentFile.exists(file) && !new {
                let nearby = Self.assessments(near: file, all: self.file == nil)
                if !nearby.isEmpty {
                    throw Failure(CLIPhrase.similarFiles(language, file, nearby.joined(separator: ", ")))
                }
            }
            let lock = try FileLock.acquire(for: file, processID: getpid())
            defer { lock.release() }
            // The next quarter starts from the last one beside it, when the owner says so.
            var carried: String?
            if !DocumentFile.exists(file), let last = Self.lastPeriod(beside: file, organization: organization),
                Self.offerCarry(from: last, to: file, language)
            {
                carried = try createCarried(file, from: last.path, language)
            }
            let (assessment, checklist, created) = try openOrCreate(file, language)
            var session = AssessSession(file: file, checklist: checklist, assessment: assessment, language: language)
            if created {
                session.greeting = TUIPhrase.createdFile(language, DocumentFile.absolutePath(file))
                session.isNew = true
            }
            // A carried file opens on its first unconfirmed answer, not on the welcome screen.
            if let carried { session.greeting = carried }
            let (status, finalLanguage) = try session.run()
            lock.release()
            if status != 0 { throw ExitStatus(status) }
            // In the language the session ended in (L switches it, and the file keeps it).
            Console.message(
                CLIPhrase.goodbye(
                    finalLanguage, DocumentFile.absolutePath(file), file, file, Self.reportName(for: file)))
        }
    }

    /// Opens `file`, applying `--organization` and `--period`, or creates it; says whether it
    /// was created.
    func openOrCreate(_ file: String, _ language: Language) throws -> (Assessment, Checklist, Bool) {
        if DocumentFile.exists(file) {
            var (assessment, checklist) = try Documents.assessment(file, checklist: checklist, language)
            if assessment.setDetails(organization: organization, period: period?.text, at: Environment.now()) {
                try Documents.save(assessment, to: file)
            }
            return (assessment, checklist, false)
        }
        let checklist = try Documents.checklist(self.checklist ?? "ipa-ec-site", language)
        // No profile is passed, so creating cannot fail on a profile value.
        let created = Result { () throws(AssessmentEditError) -> Assessment in
            try Assessment.new(
                id: Environment.newAssessmentID(), checklist: checklist, organization: organization ?? "",
                period: period?.text,
                now: Environment.now())
        }
        let assessment: Assessment
        switch created {
        case .success(let value): assessment = value
        case .failure(let error): throw Failure(error.message(in: language))
        }
        try Documents.save(assessment, to: file, mode: .createNew)
        return (assessment, checklist, true)
    }

    /// An earlier period's assessment beside `file` that the next quarter can start from: one
    /// whose name differs from `file`'s only in digits (another period), or of the same
    /// organization; the latest period first. `nil` when there is none or `file` names an
    /// earlier or the same period.
    static func lastPeriod(beside file: String, organization: String?) -> (path: String, period: String)? {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let letters = { (text: String) in text.filter { !$0.isNumber } }
        let wanted = Self.quarter(in: name)
        var best: (path: String, period: String)?
        for candidate in Documents.paths(beside: file) where candidate.name.hasSuffix(".json") {
            guard let assessment = Documents.assessmentIfAny(at: candidate.path), let period = assessment.period,
                TypedInput.quarter(period) == period
            else { continue }
            let sameShop =
                letters(candidate.name) == letters(name)
                || (organization.map { !$0.isEmpty && $0.singleLine == assessment.organization.singleLine } ?? false)
            guard sameShop, wanted.map({ period.utf8.lexicographicallyPrecedes($0.utf8) }) ?? true else { continue }
            if best.map({ $0.period.utf8.lexicographicallyPrecedes(period.utf8) }) ?? true {
                best = (candidate.path, period)
            }
        }
        return best
    }

    /// The quarter a file name names (`tea-2027-Q1.json` → `2027-Q1`), if any.
    static func quarter(in name: String) -> String? {
        let characters = Array(name)
        for start in characters.indices where characters[start].isNumber {
            for length in stride(from: min(14, characters.count - start), through: 6, by: -1) {
                if let quarter = TypedInput.quarter(String(characters[start..<(start + length)])) { return quarter }
            }
        }
        return nil
    }

    /// Asks, on the terminal before the screen starts, whether to start from `last`: Enter
    /// (or y, はい) carries it over, n starts an empty file.
    static func offerCarry(from last: (path: String, period: String), to file: String, _ language: Language) -> Bool {
        let next = quarter(in: file) ?? Assessment.nextPeriod(after: last.period) ?? "?"
        Console.rawPrompt(TerminalText.sanitize(CLIPhrase.offerCarry(language, last.path, last.period, next)))
        guard let reply = readLine() else { return false }
        let answer = reply.foldingWidth.trimmingSpaces.lowercased()
        return !(answer.hasPrefix("n") || answer == "いいえ")
    }

    /// Creates `file` carried from `last`, as `ecsec new FILE --from LAST` would (with
    /// `--organization` and `--period` applied); returns the line to greet the owner with.
    func createCarried(_ file: String, from last: String, _ language: Language) throws -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        var (next, checklist, previous, period) = try NewCommand.nextAssessment(
            from: last, checklist: checklist, period: self.period?.text ?? Self.quarter(in: name), profile: [],
            language)
        if let organization { next.organization = organization }
        next.updatedAt = next.createdAt
        try Documents.save(next, to: file, mode: .createNew)
        return CLIPhrase.createdFrom(
            language, file, last, previous.period ?? "-", period, "\(checklist.id) \(checklist.version)",
            next.unconfirmed(in: checklist).count)
    }

    /// The report the goodbye line suggests, named after the assessment (`shop-2026-Q4.json` →
    /// `shop-2026-Q4-report.html`), so next quarter's report does not replace this one.
    static func reportName(for file: String) -> String {
        let stem = file.hasSuffix(".json") ? String(file.dropLast(5)) : file
        return stem + "-report.html"
    }

    /// Assessment files in `file`'s folder whose names are close to it (a typo such as `.jsn`),
    /// or every one when `all` (no FILE was given): so a typo never silently starts an empty
    /// assessment.
    static func assessments(near file: String, all: Bool) -> [String] {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let stem = { (text: String) in text.split(separator: ".").first.map(String.init) ?? text }
        // Another period's file (shop-2026-Q2.json beside shop-2026-Q1.json) differs only in
        // digits: that is a new file on purpose, not a typo.
        let letters = { (text: String) in text.filter { !$0.isNumber } }
        return Documents.paths(beside: file).filter { candidate in
            all || stem(candidate.name) == stem(name)
                || (closest(to: name, among: [candidate.name]) != nil && letters(candidate.name) != letters(name))
        }.filter { Documents.assessmentIfAny(at: $0.path) != nil }.map(\.path)
    }
}

/// The interactive loop: render, read a key, reduce, perform effects (save before the next key).
struct AssessSession {
    /// The questions of the controls that carried answers came from (OPS-09), from the
    /// archived versions of the checklist; read only when an answer needs one.
    static func formerQuestions(for assessment: Assessment, checklist: Checklist) -> [ControlID: LocalizedText] {
        let wanted = Set(assessment.answers.values.compactMap(\.carriedFromControl)).filter { !checklist.contains($0) }
        guard !wanted.isEmpty else { return [:] }
        var questions: [ControlID: LocalizedText] = [:]
        for version in ShippedChecklists.archivedVersions(of: checklist.id).reversed() {
            guard let archived = try? ShippedChecklists.checklist(checklist.id, version: version) else { continue }
            for id in wanted where questions[id] == nil {
                if let control = archived.control(id) { questions[id] = control.question }
            }
        }
        return questions
    }

    /// Last quarter's assessment, when the file names it (`previous`) and a file beside it is
    /// that assessment: the summary compares with it.
    static func previousQuarter(of assessment: Assessment, beside file: String) -> AppState.PreviousQuarter? {
        guard let wanted = assessment.previous?.id else { return nil }
        for candidate in Documents.paths(beside: file) where candidate.name.hasSuffix(".json") {
            guard let previous = Documents.assessmentIfAny(at: candidate.path), previous.id == wanted,
                let checklist =
                    (try? ShippedChecklists.checklist(previous.checklist.id, version: previous.checklist.version))
                    ?? (try? ShippedChecklists.checklist(previous.checklist.id))
            else { continue }
            return AppState.PreviousQuarter(assessment: previous, checklist: checklist)
        }
        return nil
    }

    let file: String
    let checklist: Checklist
    let assessment: Assessment
    let language: Language
    /// A message for the first screen (the file was just created, with its full path).
    var greeting: String?
    /// The file was just created empty: open on the welcome screen, which asks the details.
    var isNew = false

    /// Runs until `q` or a signal; returns the exit status (0, or 128 + signal).
    func run() throws -> (status: Int32, language: Language) {
        Signals.install()
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(noColor: Environment.variable("NO_COLOR").map { !$0.isEmpty } ?? false)
        } catch let error as CursesTerminal.StartError {
            throw Failure(error.message(in: language))
        }
        defer { terminal.stop() }
        var state = AppState(
            checklist: checklist, assessment: assessment, language: language, today: Environment.now(),
            isNew: isNew)
        if let greeting { state.show(greeting) }
        state.previous = Self.previousQuarter(of: assessment, beside: file)
        state.formerQuestions = Self.formerQuestions(for: assessment, checklist: checklist)
        var needsDraw = true
        /// Ends the session without `q`: text typed in an open prompt is kept as a note
        /// written before answering, so Ctrl-C or a closed window loses nothing silently.
        func end(_ status: Int32) -> (status: Int32, language: Language) {
            if let kept = state.keepTypedText(now: Environment.now()) { try? Documents.save(kept, to: file) }
            return (status, state.language)
        }
        while true {
            let signal = Signals.take()
            if signal != 0 { return end(128 + signal) }
            if needsDraw {
                let size = terminal.size
                state.resized(width: size.width, height: size.height)
                terminal.draw(Renderer.render(state, width: size.width, height: size.height))
                needsDraw = false
            }
            guard let input = terminal.read() else { continue }
            needsDraw = true
            switch input {
            case .resize:
                terminal.invalidate()
            case .closed:
                // The terminal vanished without SIGHUP: every answer is saved already.
                return end(0)
            case .events(let events):
                // Each key's save happens before the next key of the same read is handled.
                for event in events {
                    let effects: [Effect]
                    switch event {
                    case .interrupt: return end(130)
                    case .key(let key): effects = state.handle(key, now: Environment.now())
                    case .paste(let text): effects = state.handle(paste: text)
                    }
                    if perform(effects, on: &state) { return (0, state.language) }
                }
            }
        }
    }

    /// Performs the reducer's effects; `true` when the session should end.
    func perform(_ effects: [Effect], on state: inout AppState) -> Bool {
        for effect in effects {
            switch effect {
            case .save(let updated):
                do {
                    try Documents.save(updated, to: file)
                    state.saved()
                } catch let error as FileWriteError {
                    state.saveFailed(error.problem.text(state.language, reading: false))
                } catch let error as LoadError {
                    state.saveFailed(error.messages(in: state.language).joined(separator: "; "))
                } catch {
                    state.saveFailed("\(error)")
                }
            case .quit:
                return true
            }
        }
        return false
    }
}
