import OversightDomain

/// The boards and committees page.
enum BodyList {}

extension BodyList {
    /// Each body with the next meeting it has scheduled, as the handler found it.
    struct Model {
        struct NextMeeting {
            var id: Meeting.ID
            var when: String
        }

        struct Row {
            var id: GoverningBody.ID
            var name: String
            var kind: String
            var next: NextMeeting?
        }

        var rows: [Row]

        var bodyCount: Int { rows.count }

        init(_ bodies: [GoverningBody], next: [GoverningBody.ID: Meeting]) {
            rows = bodies.map { body in
                Row(id: body.id, name: body.name, kind: body.kind.label,
                    next: next[body.id].map { NextMeeting(id: $0.id, when: $0.when) })
            }
        }
    }
}
