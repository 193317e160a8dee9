import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Every decision the council's boards and committees have recorded, newest first: what was
/// decided, by whom and when, the reasons, the alternatives rejected, the votes, and the interests
/// declared on the item with any dispensation. A decision on Part II business is shown to a reader
/// without Part II access as exempt, with its paragraph of Schedule 12A, and nothing more.
enum DecisionRegister {}

extension DecisionRegister {
    /// What the reader asked for: words, a committee, a year and a page, each checked at the edge.
    struct Query: Equatable {
        var words: String?
        var body: GoverningBody.ID?
        var year: Int?
        var page = 1

        var isFiltered: Bool { words != nil || body != nil || year != nil }

        func query(page: Int?) -> [(String, String?)] {
            [("q", words), ("body", body?.description), ("year", year.map(String.init)),
             ("page", page.flatMap { $0 == 1 ? nil : String($0) })]
        }

        /// Every word, without regard to case or accents, somewhere in the text.
        func matches(_ text: String) -> Bool {
            guard let words else { return true }
            let haystack = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            return words.split(whereSeparator: \.isWhitespace).allSatisfy {
                haystack.contains($0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
            }
        }
    }

    struct Row {
        /// "5.1": the item's position and the decision's number.
        var number: String
        var date: CalendarDate
        var body: String
        var meeting: SiteURL
        var meetingID: Meeting.ID
        var bodyID: GoverningBody.ID
        var bodyKind: BodyKind
        /// A decision the reader may not see: its paragraph of Schedule 12A, where the item records
        /// one, is all the row says.
        var hidden: Bool
        var paragraph: Schedule12A?
        /// The item's place on the agenda and the decision's within it, for the register's order.
        var position: Int
        var numberInItem: Int
        var item: String
        var text: String
        var reasons: String
        var alternatives: String?
        var votes: String?
        var tally: Votes?
        var declarations: [String]
        /// Whether the decision was on Part II business (for a reader who may see it).
        var partTwo: Bool
    }

    struct Model {
        var council: CouncilContext
        var rows: ArraySlice<Row>
        var paging: Paging
        var query: Query
        var bodies: [(id: GoverningBody.ID, name: String)]
        var years: [Int]

        static let perPage = 25
    }

    /// Reads the register as `staff` and `partTwo` allow: a visitor sees the decisions of meetings
    /// whose agendas are published, as the calendar does.
    static func model(council: Council, query: Query, staff: Bool, partTwo: Bool, on db: any Database) async throws -> Model {
        let (rows, bodies, years) = try await rows(council: council, query: query, staff: staff, partTwo: partTwo, on: db)
        let paging = Paging(page: query.page, perPage: Model.perPage, total: rows.count)
        return Model(council: council.context, rows: paging.slice(rows), paging: paging, query: query,
                     bodies: bodies.map { ($0.id, $0.name) }, years: years)
    }

    /// Every decision the query finds, newest first, with the council's bodies and the years that
    /// have decisions: for the page and for the API, which pages them each in its own way.
    static func rows(council: Council, query: Query, staff: Bool, partTwo: Bool,
                     on db: any Database) async throws -> (rows: [Row], bodies: [GoverningBody], years: [Int]) {
        let cid = Parameter.value(council.id)
        let bodies = try await BodyStore.all(in: council.id, on: db)
        let names = Dictionary(uniqueKeysWithValues: bodies.map { ($0.id, $0.name) })
        let kinds = Dictionary(uniqueKeysWithValues: bodies.map { ($0.id, $0.kind) })
        let meetings = try await MeetingStore.meetings(in: council.id, on: db)
            .filter { staff || $0.agendaPublishedOn != nil }
        let byID = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id, $0) })
        let decisions = try await MeetingStore.decisions(of: meetings.map(\.id), on: db)
        let items = Dictionary(uniqueKeysWithValues: try await MeetingStore.items(of: meetings.map(\.id), on: db).map { ($0.id, $0) })
        let declarations = Dictionary(grouping: try await MeetingStore.declarations(of: Array(Set(decisions.map(\.itemID))), on: db),
                                      by: \.itemID)
        let people = Dictionary(uniqueKeysWithValues: try await PersonStore.all(in: council.id, on: db).map { ($0.id, $0.name) })

        var rows: [Row] = []
        var years = Set<Int>()
        for decision in decisions {
            guard let meeting = byID[decision.meetingID], let item = items[decision.itemID] else { continue }
            years.insert(meeting.date.year)
            let hidden = item.isExempt && !partTwo
            let body = names[meeting.bodyID] ?? "Meeting"
            let row = Row(
                number: "\(item.position).\(decision.number)", date: meeting.date, body: body,
                meeting: .meeting(cid, .value(meeting.id)), meetingID: meeting.id, bodyID: meeting.bodyID,
                bodyKind: kinds[meeting.bodyID] ?? .other,
                hidden: hidden, paragraph: item.isExempt ? item.exemption?.paragraph : nil,
                position: item.position, numberInItem: decision.number,
                item: hidden ? "" : item.title, text: hidden ? "" : decision.text, reasons: hidden ? "" : decision.reasons,
                alternatives: hidden ? nil : decision.alternatives, votes: hidden ? nil : decision.votes?.label,
                tally: hidden ? nil : decision.votes,
                declarations: hidden ? [] : (declarations[item.id] ?? []).map { declared in
                    // One full stop between the interest and the dispensation, however the interest ends.
                    "\(people[declared.personID] ?? "A member"): \(declared.interest.hasSuffix(".") ? declared.interest : declared.interest + ".")"
                        + (declared.dispensation.map { " Dispensation: \($0)" } ?? "")
                },
                partTwo: item.isExempt)
            guard query.body.map({ $0 == meeting.bodyID }) ?? true, query.year.map({ $0 == meeting.date.year }) ?? true else { continue }
            // Words are looked for only in what the reader may read: an exempt row never matches.
            if query.words != nil {
                guard !hidden, query.matches([row.text, row.reasons, row.alternatives ?? "", row.item, body,
                                              row.declarations.joined(separator: " ")].joined(separator: "\n")) else { continue }
            }
            rows.append(row)
        }
        // Newest meeting first; within a meeting, in the agenda's order.
        rows.sort { a, b in
            a.date != b.date ? a.date > b.date
                : a.body != b.body ? a.body < b.body : (a.position, a.numberInItem) < (b.position, b.numberInItem)
        }
        return (rows, bodies, years.sorted(by: >))
    }
}
