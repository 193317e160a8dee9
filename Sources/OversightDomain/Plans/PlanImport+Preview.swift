import Foundation

extension PlanImport {
    /// A problem with the file, placed as the spreadsheet shows it: sheet, row number, column letter.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        public var sheet: String
        public var row: Int?
        public var column: String?
        public var message: String

        public var description: String {
            ([sheet] + [row.map { "row \($0)" }, column.map { "column \($0)" }].compactMap { $0 }).joined(separator: ", ")
                + ": " + message
        }
    }

    public struct Action: Equatable, Sendable {
        public var row: Int
        /// Its number within its priority in Oversight: from the file's reference, or its position.
        public var number = 0
        public var reference: String?
        public var what: String
        public var how: String?
        public var lead: Person.ID?
        public var startDate: CalendarDate?
        public var dueDate: CalendarDate
        public var rating: Rating?
        public var update: String?
        public var successMeasures: String?
    }

    public struct Priority: Equatable, Sendable {
        /// Its number in Oversight: from the file's references, or its position.
        public var number = 0
        public var title: String
        public var actions: [Action]
    }

    public struct Preview: Equatable, Sendable {
        public var priorities: [Priority] = []
        public var problems: [Problem] = []
        /// Leads not found in the people directory, as written, each once.
        public var unknownPeople: [String] = []
        /// Ratings written in a way that needs the user's word, such as "A/G".
        public var unsettledRatings: [String] = []

        /// Whether Oversight's numbers are the file's own references ("2.3"), which happens when
        /// every action has one of that form and they are consistent; otherwise actions are
        /// numbered by their place, and the file's references are shown beside them.
        public var numberedFromFile = false

        public init() {}

        /// Actions with a rating: the updates an import records.
        public var ratedCount: Int { priorities.reduce(0) { $0 + $1.actions.filter { $0.rating != nil }.count } }

        /// Actions with an update but no rating: an update needs a rating, so their words are not recorded.
        public var updatesWithoutRating: Int {
            priorities.reduce(0) { $0 + $1.actions.filter { $0.update != nil && $0.rating == nil }.count }
        }

        public var actionCount: Int { priorities.reduce(0) { $0 + $1.actions.count } }
        /// Ready to create: something to create and nothing wrong.
        public var isReady: Bool { problems.isEmpty && actionCount > 0 }
    }

    /// What the rows below the mapping's header would create. A row with one filled cell and no
    /// action starts a priority when no column is mapped to priorities; an empty priority cell
    /// keeps the priority above it.
    public static func preview(_ rows: [Row], sheet: String, mapping: Mapping, people: [Person]) -> Preview {
        var preview = Preview()
        let header = rows.first { $0.number == mapping.headerRow }
        func column(_ field: Field) -> String? {
            guard let index = mapping.columns[field] else { return nil }
            let title = header?.cell(index).shown
            return ColumnLetters.name(index) + (title.map { " (\($0))" } ?? "")
        }
        func problem(_ row: Int, _ field: Field?, _ message: String) {
            preview.problems.append(Problem(sheet: sheet, row: row, column: field.flatMap(column), message: message))
        }
        guard mapping.columns[.action] != nil else {
            preview.problems.append(Problem(sheet: sheet, row: nil, column: nil, message: "Choose the column that holds the actions"))
            return preview
        }
        var byName: [String: Person.ID] = [:]
        for person in people {
            byName[normalised(person.name)] = person.id
            if let email = person.email { byName[email.lowercased()] = person.id }
        }
        var seenReferences: [String: Int] = [:]
        // Looked up by key, so that a file of many priorities, leads or ratings costs its length, not its square.
        var priorityIndex: [String: Int] = [:]
        var unknownPeople: Set<String> = []
        var unsettledRatings: Set<String> = []
        var current: String?
        for row in rows where row.number > mapping.headerRow {
            func text(_ field: Field) -> String? { row.cell(mapping.columns[field]).shown }
            guard !row.filled.isEmpty else { continue }
            let what = text(.action)
            if mapping.columns[.priority] == nil, what == nil, row.filled.count == 1, let title = row.filled[0].shown {
                current = priorityTitle(title)
                if title.count > 200 { problem(row.number, nil, "The priority's title is \(title.count) characters: it must be 200 or fewer") }
                continue
            }
            if let named = text(.priority) { current = priorityTitle(named) }
            guard let what else {
                problem(row.number, .action, "There is no action in this row. Fill in the action, or delete the row")
                continue
            }
            // The limits of the plan pages' own forms, so an imported action can be edited as it is.
            for (field, limit) in [(Field.action, 2000), (.how, 4000), (.successMeasures, 4000), (.update, 20_000), (.lead, 200),
                                   (.reference, 20), (.priority, 200)] {
                if let written = text(field), written.count > limit {
                    problem(row.number, field, "\(field.label) is \(written.count) characters: it must be \(limit) or fewer")
                }
            }
            if let reference = text(.reference) {
                if let first = seenReferences[reference] {
                    problem(row.number, .reference, "Reference \(reference) is also on row \(first): give each action its own reference")
                } else {
                    seenReferences[reference] = row.number
                }
            }
            var lead: Person.ID?
            if let name = text(.lead) {
                lead = mapping.people[name] ?? byName[normalised(name)] ?? byName[name.lowercased()]
                if lead == nil {
                    if unknownPeople.insert(name).inserted { preview.unknownPeople.append(name) }
                    problem(row.number, .lead, "\(name) is not in the people directory. Add them under People, or change the name to someone who is")
                }
            }
            let dueCell = row.cell(mapping.columns[.dueDate])
            let due = ImportDate.read(dueCell)
            if mapping.columns[.dueDate] == nil {
                problem(row.number, nil, "Choose the column that holds the due dates: every action needs one")
            } else if due == nil {
                problem(row.number, .dueDate, dueCell.shown.map { "Due date \"\($0)\" is not a date. Write it as 12/10/2017 or 12 Oct 2017" }
                    ?? "Due date must be given: every action needs one")
            }
            let startCell = row.cell(mapping.columns[.startDate])
            let start = ImportDate.read(startCell)
            if start == nil, let shown = startCell.shown {
                problem(row.number, .startDate, "Start date \"\(shown)\" is not a date. Write it as 12/10/2017 or 12 Oct 2017")
            }
            if let start, let due, start > due { problem(row.number, .startDate, "Start date must be on or before the due date") }
            var rating: Rating?
            if let written = text(.rating) {
                if let confirmed = mapping.ratings[written] {
                    rating = confirmed
                } else if let read = PlanImport.rating(written) {
                    rating = read
                } else {
                    if unsettledRatings.insert(written).inserted { preview.unsettledRatings.append(written) }
                    problem(row.number, .rating, "Rating \"\(written)\" is not Red, Amber, Green or Blue. Choose what it means for this import")
                }
            }
            guard let due else { continue }
            let action = Action(row: row.number, reference: text(.reference), what: what, how: text(.how), lead: lead,
                                startDate: start, dueDate: due, rating: rating, update: text(.update),
                                successMeasures: text(.successMeasures))
            let title = current ?? "Actions"
            if let index = priorityIndex[title] {
                preview.priorities[index].actions.append(action)
            } else {
                priorityIndex[title] = preview.priorities.count
                preview.priorities.append(Priority(title: title, actions: [action]))
            }
        }
        preview.number()
        if preview.actionCount == 0 && preview.problems.isEmpty {
            preview.problems.append(Problem(sheet: sheet, row: nil, column: nil,
                                            message: "No actions were found below row \(mapping.headerRow). Check the header row and the action column"))
        }
        return preview
    }
}

extension PlanImport {
    /// A priority's title without the number a tracker writes before it ("Priority 2:", "2."),
    /// since Oversight numbers priorities itself and shows "Priority 2: ..." on every page.
    public static func priorityTitle(_ text: String) -> String {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var named = false
        for word in ["priority", "theme", "workstream", "objective"] where rest.lowercased().hasPrefix(word + " ") {
            rest = rest.dropFirst(word.count).drop { $0 == " " }
            named = true
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return text }
        rest = rest.dropFirst(digits.count).drop { $0 == " " }
        // A separator counts only with a space after it: "2. Leadership", not "2024-25 budget" or "1.5 million".
        // After "Priority 2" any separator goes ("Theme 2:Workforce").
        let separated = rest.count > 1 && ":.)-–".contains(rest.first!) && (named || rest.dropFirst().first == " ")
        if separated { rest = rest.dropFirst().drop { $0 == " " } }
        guard named || separated, !rest.isEmpty else { return text }
        return String(rest)
    }
}

extension PlanImport.Preview {
    /// Numbers priorities and actions: by the file's references when every action has one such as
    /// "2.3" and they agree (one priority number per priority, each action number once within it),
    /// otherwise by position.
    mutating func number() {
        var fromFile: [(Int, [Int])] = []
        for priority in priorities {
            let numbers = priority.actions.compactMap { Self.numbers(in: $0.reference) }
            guard numbers.count == priority.actions.count, let first = numbers.first,
                  numbers.allSatisfy({ $0.0 == first.0 }), Set(numbers.map(\.1)).count == numbers.count else { break }
            fromFile.append((first.0, numbers.map(\.1)))
        }
        numberedFromFile = !priorities.isEmpty && fromFile.count == priorities.count
            && Set(fromFile.map(\.0)).count == fromFile.count
        for index in priorities.indices {
            priorities[index].number = numberedFromFile ? fromFile[index].0 : index + 1
            for position in priorities[index].actions.indices {
                priorities[index].actions[position].number = numberedFromFile ? fromFile[index].1[position] : position + 1
            }
        }
    }

    /// "2.3" as priority 2, action 3; nil for any other reference.
    static func numbers(in reference: String?) -> (priority: Int, action: Int)? {
        guard let reference else { return nil }
        let pieces = reference.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count == 2, let p = Int(pieces[0]), let n = Int(pieces[1]), (1...999).contains(p), (1...999).contains(n)
        else { return nil }
        return (p, n)
    }
}
