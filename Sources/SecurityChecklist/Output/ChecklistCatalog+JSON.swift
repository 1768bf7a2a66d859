/// A summary of checklists for `ecsec checklists --format json` (`ecsec/checklists@1`):
/// id, version, title, scoring model, control count and the profile questions with their values.
package struct ChecklistCatalog: Sendable, Hashable {
    package static let schema = "ecsec/checklists@1"

    package var checklists: [Checklist]

    package init(checklists: [Checklist]) { self.checklists = checklists }

    package func jsonText() -> String {
        func localized(_ text: LocalizedText) -> JSONValue {
            .object(JSONObject([("ja", .string(text.ja)), ("en", .string(text.en))]))
        }
        let items: [JSONValue] = checklists.map { checklist in
            .object(
                JSONObject([
                    ("id", .string(checklist.id.rawValue)),
                    ("version", .string(checklist.version)),
                    ("title", localized(checklist.title)),
                    ("model", .string(checklist.scoring.model.name)),
                    ("controls", .number(JSONNumber(checklist.controls.count))),
                    (
                        "profile",
                        .array(
                            checklist.profile.map { question in
                                var members: [(String, JSONValue)] = [
                                    ("key", .string(question.key.rawValue)),
                                    ("question", localized(question.question)),
                                    ("values", .array(question.options.map { .string($0.value.rawValue) })),
                                ]
                                // Asked only when earlier answers are among these values.
                                if !question.askWhen.isEmpty {
                                    members.insert(
                                        (
                                            "askWhen",
                                            .object(
                                                JSONObject(
                                                    question.askWhen.map { condition in
                                                        (
                                                            condition.key.rawValue,
                                                            .array(condition.values.map { .string($0.rawValue) })
                                                        )
                                                    }))
                                        ), at: 0)
                                }
                                return .object(JSONObject(members))
                            })
                    ),
                ]))
        }
        return JSONWriter.write(.object(JSONObject([("schema", .string(Self.schema)), ("checklists", .array(items))])))
    }
}
