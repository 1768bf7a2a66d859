import SecurityChecklist

/// Everything the terminal UI shows, as a value. The reducer changes it; the renderer draws it.
package struct AppState: Sendable {
    package enum Mode: Sendable, Hashable {
        /// The first screen of a new file: what to expect, then the details and the profile.
        case welcome
        case profile
        case overview
        case question
        case summary
    }

    /// A panel over the current screen.
    package enum Overlay: Sendable, Hashable {
        case controlHelp(scroll: Int)
        case keyHelp(scroll: Int)
        case prompt(Prompt)
        /// "The note, evidence and plan go too: clear?" before `0` on a control that has them.
        case confirmClear(ControlID)
    }

    /// A text prompt and what its text is for.
    package struct Prompt: Sendable, Hashable {
        package enum Purpose: Sendable, Hashable {
            /// The detail `status` requires (``AnswerStatus/requiredDetail``); Enter records it.
            case detail(for: AnswerStatus)
            case note
            /// An evidence text: added, or replacing the item at `index` (empty removes it).
            case evidence(replacing: Int?)
            /// The plan's owner; Enter asks for the due day next (empty removes the plan).
            case planOwner
            /// The plan's due day for `owner`; Enter saves the plan.
            case planDue(owner: String)
            /// One of the assessment's details; Enter saves it and asks the next.
            case details(Detail)

            /// Whether the prompt asks who does the measure (Tab offers the providers named).
            package var asksProvider: Bool {
                if case .detail(let status) = self { status.requiredDetail == .provider } else { false }
            }
        }

        /// The details asked in order on a new file and with `i`.
        package enum Detail: Int, Sendable, Hashable, CaseIterable {
            case organization, site, cart, paymentProvider, assessor, period

            /// What the prompt asks.
            func title(_ language: Language) -> String {
                switch self {
                case .organization: TUIPhrase.detailsOrganization(language)
                case .site: TUIPhrase.detailsSite(language)
                case .cart: TUIPhrase.detailsCart(language)
                case .paymentProvider: TUIPhrase.detailsPaymentProvider(language)
                case .assessor: TUIPhrase.detailsAssessor(language)
                case .period: TUIPhrase.detailsPeriod(language)
                }
            }
        }
        package var purpose: Purpose
        package var field: TextField
    }

    /// A one-line message on the status line.
    package struct Message: Sendable, Hashable {
        package var text: String
        package var isError: Bool
    }

    package let checklist: Checklist
    package internal(set) var assessment: Assessment
    package internal(set) var language: Language
    /// The screens opened, the current one last: `Esc` goes back to the one before it; a screen
    /// opened again moves to the top, so each is in the stack once (never empty).
    package internal(set) var screens: [Mode] = [.question]
    /// The current screen.
    package var mode: Mode { screens[screens.count - 1] }
    package internal(set) var overlay: Overlay?
    package internal(set) var message: Message?
    /// In-scope controls in checklist order; recomputed when the profile changes.
    package internal(set) var scope: [ControlID]
    /// Index into `scope` of the control on the question screen.
    package internal(set) var current: Int = 0
    package internal(set) var questionScroll: Int = 0
    package internal(set) var overviewSelection: Int = 0
    package internal(set) var summaryScroll: Int = 0
    /// Which of the summary's entries (the controls it lists, in order) is selected: Enter
    /// opens its question, `h` its help. `nil` until Up or Down selects one.
    package internal(set) var summarySelection: Int?
    /// Index into `checklist.profile` on the profile screen.
    package internal(set) var profileIndex: Int = 0
    /// Where things go at the window's size: the renderer and the reducer use the same one.
    package internal(set) var layout = Layout(width: 80, height: 24)
    /// How far a page key moves in a list.
    package var pageHeight: Int { layout.pageHeight }
    /// The width the scrolling lists are laid out in.
    package var pageWidth: Int { layout.listWidth }
    /// Whether the window is large enough to show the screens; while it is not, keys other
    /// than quit are ignored (nothing is answered blind).
    package var screenFits: Bool { layout.fits }
    /// The whole state before the last change that asked for a save: restored if the save
    /// fails, so the screen never shows an answer as recorded that is not on disk and nothing
    /// typed with it (a note written before the answer) is lost.
    var beforeUnsavedChange: Snapshot?
    /// Each saved change, latest last: what `u` takes back (at most ``undoLimit``).
    var undoStack: [UndoStep] = []
    /// How many changes `u` can take back.
    static let undoLimit = 100
    /// Providers already named in the file (the cart, the payment provider and those of
    /// delegated answers), in byte order: what the provider prompt offers (Tab).
    package var knownProviders: [String] {
        let delegated = assessment.answers.values.compactMap { $0.status.countsAsProvider ? $0.provider : nil }
        let named = [assessment.cart, assessment.paymentProvider].compactMap { $0 }
        return Set(delegated + named).sorted {
            $0.utf8.lexicographicallyPrecedes($1.utf8)
        }
    }

    /// Notes written before the control was answered: kept in the file (``Assessment/pendingNotes``)
    /// and made the note when it is answered.
    package var pendingNotes: [ControlID: String] { assessment.pendingNotes }
    /// A 必須 control just answered as not in place (2, 3, 4): `t` as the next key sets its plan
    /// (going back to it), so the owner is offered the plan right when the gap is recorded.
    package internal(set) var planOffer: ControlID?
    /// Set while `u` performs, so the change it makes is not itself pushed.
    var undoing = false
    /// "Today" for stale answers in the summary.
    package internal(set) var today: Timestamp
    /// Last quarter's assessment, when the file names it and it is at hand: the summary
    /// compares with it (the edge finds it; the core reads no files).
    package var previous: PreviousQuarter?
    /// The questions of controls earlier versions had (OPS-09), for answers carried from one of
    /// them onto the controls that split or merged it (the edge reads the archived versions).
    package var formerQuestions: [ControlID: LocalizedText] = [:]

    /// The assessment this one follows, with the checklist version it answers.
    package struct PreviousQuarter: Sendable {
        package var assessment: Assessment
        package var checklist: Checklist

        package init(assessment: Assessment, checklist: Checklist) {
            self.assessment = assessment
            self.checklist = checklist
        }
    }

    /// The comparison with ``previous``: the score delta and the mandatory gaps opened and closed.
    package var comparison: AssessmentDiff? {
        guard let previous else { return nil }
        return Differ.diff(
            old: previous.assessment, oldChecklist: previous.checklist, new: assessment, newChecklist: checklist,
            asOf: today)
    }

    /// The state `ecsec assess` opens in: the profile screen when the profile is incomplete,
    /// otherwise the first unanswered or unconfirmed in-scope control, or the summary when all
    /// are answered and confirmed.
    /// - Parameter isNew: The file was just created: open on the welcome screen, which asks the
    ///   details and then the profile.
    package init(
        checklist: Checklist, assessment: Assessment, language: Language, today: Timestamp, isNew: Bool = false
    ) {
        self.checklist = checklist
        self.assessment = assessment
        self.language = language
        self.today = today
        self.scope = assessment.controlsInScope(of: checklist).map(\.id)
        if let index = firstUnansweredProfileIndex {
            screens = [.profile]
            profileIndex = index
        } else {
            resumeAfterProfile()
        }
        if isNew { screens = [.welcome] }
        if !assessment.pendingNotes.isEmpty {
            show(TUIPhrase.pendingNotesKept(language, assessment.pendingNotes.count))
        }
    }

    /// Indices into `checklist.profile` of the questions asked of this shop (their `askWhen`
    /// holds for the answers so far), in order.
    package var askedProfileIndices: [Int] {
        checklist.profile.indices.filter { checklist.isAsked(checklist.profile[$0], given: assessment.profile) }
    }

    /// The first question asked of this shop that is not answered yet.
    var firstUnansweredProfileIndex: Int? {
        askedProfileIndices.first { assessment.profile[checklist.profile[$0].key] == nil }
    }

    /// Shows `text` on the status line (not an error), e.g. where a new file was created.
    package mutating func show(_ text: String) { message = Message(text: text, isError: false) }

    /// The control on the question screen.
    package var currentControl: Control? {
        scope.indices.contains(current) ? checklist.control(scope[current]) : nil
    }

    /// The context keys are looked up in.
    package var context: Context {
        switch overlay {
        case .controlHelp: return .controlHelp
        case .keyHelp: return .keyHelp
        case .confirmClear: return .confirmClear
        case .prompt, nil: break
        }
        switch mode {
        case .welcome: return .welcome
        case .profile: return .profile
        case .overview: return .overview
        case .question: return .question
        case .summary: return .summary
        }
    }

    /// The score of the current answers.
    package var report: ScoreReport { Scorer.score(assessment, with: checklist, asOf: today) }

    /// What a failed save puts back: the whole state but the message, which says why.
    final class Snapshot: Sendable {
        let state: AppState
        init(state: AppState) { self.state = state }
    }

    var snapshot: Snapshot {
        var copy = self
        copy.beforeUnsavedChange = nil
        copy.message = nil
        return Snapshot(state: copy)
    }

    mutating func restore(_ snapshot: Snapshot) {
        let message = self.message
        self = snapshot.state
        self.message = message
    }

    mutating func recomputeScope() {
        let currentID = scope.indices.contains(current) ? scope[current] : nil
        scope = assessment.controlsInScope(of: checklist).map(\.id)
        if let currentID, let index = scope.firstIndex(of: currentID) {
            current = index
        } else {
            current = min(current, max(0, scope.count - 1))
        }
    }

    /// Goes to the first in-scope control that is unanswered or carried from the previous period
    /// and not confirmed, or the summary when there is none.
    mutating func resumeAfterProfile() {
        if let index = scope.firstIndex(where: {
            assessment.answers[$0] == nil || assessment.answers[$0]?.carriedFrom != nil
        }) {
            screens = [.question]
            current = index
        } else {
            screens = [.summary]
            current = max(0, scope.count - 1)
        }
        questionScroll = 0
    }
}
