import SecurityChecklist

/// One change `u` can take back, kept as what it changed rather than as a copy of the whole
/// assessment: a file with 100,000 answers costs the few answers a key changed, not megabytes
/// per key.
struct UndoStep: Sendable {
    /// The assessment before the change, without its answers (they are in `answers`).
    private var rest: Assessment
    /// The answers the change touched, as they were before it (`nil`: there was none).
    private var answers: [ControlID: Answer?]

    /// The step that turns `after` back into `before`.
    init(from before: Assessment, to after: Assessment) {
        var changed: [ControlID: Answer?] = [:]
        if before.answers != after.answers {
            for (id, answer) in before.answers where after.answers[id] != answer { changed[id] = answer }
            for id in after.answers.keys where before.answers[id] == nil { changed[id] = .some(nil) }
        }
        var rest = before
        rest.answers = [:]
        self.rest = rest
        self.answers = changed
    }

    /// How many answers the step holds (what it costs, whatever the file's size).
    var answerCount: Int { answers.count }

    /// `current` with the change taken back.
    func undo(_ current: Assessment) -> Assessment {
        var result = rest
        result.answers = current.answers
        for (id, answer) in answers { result.answers[id] = answer }
        return result
    }
}
