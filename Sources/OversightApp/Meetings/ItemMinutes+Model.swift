import OversightDomain

/// The page for writing one agenda item's minute.
enum ItemMinutes {}

extension ItemMinutes {
    /// What is recorded against the item so far, and who each of its forms offers: anyone in
    /// People may own an action, but only the body's members on the day declare an interest.
    struct Model {
        struct DeclaredInterest {
            var name: String
            var interest: String
            var dispensation: String?
        }

        struct Choice {
            var id: Person.ID
            var name: String
        }

        var meetingID: Meeting.ID
        var bodyName: String
        var when: String
        var itemID: AgendaItem.ID
        var position: Int
        var title: String
        var version: Int
        /// The minute as saved, Markdown.
        var discussion: String
        var decisions: [DecisionBlock.Model]
        var actions: BoardActionTable.Model
        var declarations: [DeclaredInterest]
        /// Everyone in People, by name.
        var owners: [Choice]
        var members: [Choice]

        init(_ item: AgendaItem, page: MeetingPageModel) {
            let meeting = page.meeting
            let record = page.record
            meetingID = meeting.id
            bodyName = record.body.name
            when = meeting.when
            itemID = item.id
            position = item.position
            title = item.title
            version = item.version
            discussion = item.discussion
            decisions = record.decisions.filter { $0.itemID == item.id }.map { DecisionBlock.Model($0, item: item) }
            actions = BoardActionTable.Model(record.actions.filter { $0.itemID == item.id }, people: page.people, today: page.today)
            declarations = record.declarations.filter { $0.itemID == item.id }.map { declaration in
                DeclaredInterest(name: page.name(declaration.personID), interest: declaration.interest,
                                 dispensation: declaration.dispensation)
            }
            owners = page.people.values.sorted { $0.name < $1.name }.map { Choice(id: $0.id, name: $0.name) }
            members = page.members.filter { $0.isCurrent(on: meeting.date) }.map { Choice(id: $0.personID, name: page.name($0.personID)) }
        }
    }
}
