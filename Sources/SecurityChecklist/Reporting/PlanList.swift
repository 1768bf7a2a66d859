/// The action plan of one assessment: every in-scope control whose answer carries a plan,
/// overdue first, then by due date (plans without one after), then in checklist order. What `ecsec plan` lists and every
/// report's action-plan section shows.
public struct PlanList: Sendable {
    /// The format identifier of the JSON form.
    public static let schema = "ecsec/plan@2"

    /// One plan item.
    public struct Item: Sendable {
        /// The control.
        public var control: Control
        /// The answer that carries the plan.
        public var answer: Answer
        /// The plan.
        public var plan: Plan
        /// Whether the due day is before the as-of day.
        public var overdue: Bool
    }

    /// The assessment the plan belongs to.
    public let assessment: Assessment
    /// The moment overdue is judged at.
    public let asOf: Timestamp
    /// The items, overdue first, then by due date (undecided last), then checklist order.
    public let items: [Item]

    /// The plan items of `assessment`'s in-scope controls, judged overdue at `asOf`.
    public init(assessment: Assessment, checklist: Checklist, asOf: Timestamp) {
        self.assessment = assessment
        self.asOf = asOf
        let found = assessment.controlsInScope(of: checklist).compactMap { control -> Item? in
            guard let answer = assessment.answers[control.id], let plan = answer.plan else { return nil }
            return Item(control: control, answer: answer, plan: plan, overdue: plan.isOverdue(asOf: asOf))
        }
        items = found.enumerated().sorted { a, b in
            if a.element.overdue != b.element.overdue { return a.element.overdue }
            // Dated plans by date, then those without a date yet.
            let (dueA, dueB) = (a.element.plan.due, b.element.plan.due)
            if dueA != dueB { return dueB.map { due in dueA.map { $0 < due } ?? false } ?? true }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// How many items are past due.
    public var overdueCount: Int { items.count { $0.overdue } }
}
