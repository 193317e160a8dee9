import Foundation
import OversightDomain
import Testing

@Suite("Importing a plan from a tracker")
struct PlanImportTests {
    static let helen = Person(id: .init(UUID()), councilID: .init(UUID()), name: "Helen Marsh", jobTitle: nil, telephone: nil,
                              email: "helen.marsh@northshire.example", version: 1)
    static let david = Person(id: .init(UUID()), councilID: .init(UUID()), name: "David Okafor", jobTitle: nil, telephone: nil,
                              email: "david.okafor@northshire.example", version: 1)

    static func row(_ number: Int, _ cells: [TableCell]) -> PlanImport.Row { .init(number: number, cells: cells) }
    static func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    /// A tracker shaped like a council's: a title, the header, section rows for priorities.
    static let tracker: [PlanImport.Row] = [
        row(1, [.text("Children's Services Improvement Plan: action tracker")]),
        row(2, ["Ref", "Action", "Lead", "Due date", "RAG", "Update"].map { .text($0) }),
        row(3, [.text("Priority 1: Help and protection")]),
        row(4, [.text("1.1"), .text("Audit every child protection plan"), .text("Helen Marsh"), .date(date(2017, 10, 12)), .text("R"),
                .text("Started in October")]),
        row(5, [.text("1.2"), .text("Train staff"), .text("david.okafor@northshire.example"), .text("12/10/2017"), .text("Green")]),
        row(7, [.text("Priority 2: Children looked after")]),
        row(8, [.text("2.1"), .text("Review placements"), .text("helen marsh"), .text("12 Oct 2017"), .text("amber")]),
        row(9, [.text("2.2"), .text("Sufficiency strategy"), .empty, .number(43020), .text("b")]),
    ]

    @Test("The header is found and each column guessed from its words")
    func guess() throws {
        let mapping = try #require(PlanImport.guess(Self.tracker))
        #expect(mapping.headerRow == 2)
        #expect(mapping.columns == [.reference: 0, .action: 1, .lead: 2, .dueDate: 3, .rating: 4, .update: 5])
        #expect(PlanImport.guess([Self.row(1, [.text("Name"), .text("Colour")])]) == nil)
    }

    @Test("Section rows become priorities; dates, ratings and people are read as a council writes them")
    func preview() throws {
        let preview = PlanImport.preview(Self.tracker, sheet: "Action tracker", mapping: try #require(PlanImport.guess(Self.tracker)),
                                         people: [Self.helen, Self.david])
        #expect(preview.problems == [])
        #expect(preview.isReady)
        #expect(preview.priorities.map(\.title) == ["Help and protection", "Children looked after"], "the tracker's own numbering is left off the title")
        let actions = preview.priorities.flatMap(\.actions)
        #expect(actions.map(\.reference) == ["1.1", "1.2", "2.1", "2.2"])
        #expect(actions.map(\.dueDate) == Array(repeating: Self.date(2017, 10, 12), count: 4), "a date cell, 12/10/2017, 12 Oct 2017 and a serial")
        #expect(actions.map(\.rating) == [.red, .green, .amber, .blue])
        #expect(actions.map(\.lead) == [Self.helen.id, Self.david.id, Self.helen.id, nil], "by name in any case, or by email")
        #expect(actions[0].update == "Started in October" && actions[0].row == 4)
    }

    @Test("Every problem is named by sheet, row and column, and nothing is ready until they are settled")
    func problems() throws {
        var rows = Self.tracker
        rows.append(Self.row(10, [.text("2.2"), .text("Duplicate reference"), .text("Jo Bloggs"), .text("31/02/2017"), .text("A/G")]))
        rows.append(Self.row(11, [.text("2.4"), .empty, .text("Helen Marsh"), .text("12/10/2017")]))
        rows.append(Self.row(12, [.text("2.5"), .text("No due date")]))
        var mapping = try #require(PlanImport.guess(rows))
        let preview = PlanImport.preview(rows, sheet: "Action tracker", mapping: mapping, people: [Self.helen])
        #expect(!preview.isReady)
        #expect(preview.problems.map(\.description) == [
            "Action tracker, row 5, column C (Lead): david.okafor@northshire.example is not in the people directory. Add them under People, or change the name to someone who is",
            "Action tracker, row 10, column A (Ref): Reference 2.2 is also on row 9: give each action its own reference",
            "Action tracker, row 10, column C (Lead): Jo Bloggs is not in the people directory. Add them under People, or change the name to someone who is",
            "Action tracker, row 10, column D (Due date): Due date \"31/02/2017\" is not a date. Write it as 12/10/2017 or 12 Oct 2017",
            "Action tracker, row 10, column E (RAG): Rating \"A/G\" is not Red, Amber, Green or Blue. Choose what it means for this import",
            "Action tracker, row 11, column B (Action): There is no action in this row. Fill in the action, or delete the row",
            "Action tracker, row 12, column D (Due date): Due date must be given: every action needs one",
        ])
        #expect(preview.unknownPeople == ["david.okafor@northshire.example", "Jo Bloggs"])
        #expect(preview.unsettledRatings == ["A/G"])
        mapping.ratings["A/G"] = .amber
        let settled = PlanImport.preview(rows, sheet: "Action tracker", mapping: mapping, people: [Self.helen])
        #expect(!settled.problems.contains { $0.message.contains("A/G") }, "a confirmed rating is no longer a problem")
    }

    @Test("Oversight keeps the file's references when they agree, and numbers by position when they do not")
    func numbering() throws {
        let mapping = try #require(PlanImport.guess(Self.tracker))
        let kept = PlanImport.preview(Self.tracker, sheet: "Tracker", mapping: mapping, people: [Self.helen, Self.david])
        #expect(kept.numberedFromFile)
        #expect(kept.priorities.flatMap { p in p.actions.map { "\(p.number).\($0.number)" } } == ["1.1", "1.2", "2.1", "2.2"])

        var gaps = Self.tracker
        gaps[3].cells[0] = .text("1.4")
        gaps[6].cells[0] = .text("3.1")
        gaps[7].cells[0] = .text("3.2")
        let withGaps = PlanImport.preview(gaps, sheet: "Tracker", mapping: mapping, people: [Self.helen, Self.david])
        #expect(withGaps.priorities.flatMap { p in p.actions.map { "\(p.number).\($0.number)" } } == ["1.4", "1.2", "3.1", "3.2"],
                "a gap left by a withdrawn action stays a gap")

        var letters = Self.tracker
        letters[3].cells[0] = .text("A1")
        let byPosition = PlanImport.preview(letters, sheet: "Tracker", mapping: mapping, people: [Self.helen, Self.david])
        #expect(!byPosition.numberedFromFile)
        #expect(byPosition.priorities.flatMap { p in p.actions.map { "\(p.number).\($0.number)" } } == ["1.1", "1.2", "2.1", "2.2"])
        #expect(byPosition.priorities[0].actions[0].reference == "A1", "the file's own reference is kept to show beside Oversight's")

        var mixed = Self.tracker
        mixed[7].cells[0] = .text("1.3")
        #expect(!PlanImport.preview(mixed, sheet: "Tracker", mapping: mapping, people: [Self.helen, Self.david]).numberedFromFile,
                "a priority whose references name two priority numbers is numbered by position")
    }

    @Test("A lead the user matched to someone in the directory is no longer a problem")
    func matchedPeople() throws {
        var rows = Self.tracker
        rows[3].cells[2] = .text("H. Marsh")
        var mapping = try #require(PlanImport.guess(rows))
        let unmatched = PlanImport.preview(rows, sheet: "Tracker", mapping: mapping, people: [Self.helen, Self.david])
        #expect(unmatched.unknownPeople == ["H. Marsh"])
        mapping.people["H. Marsh"] = Self.helen.id
        let matched = PlanImport.preview(rows, sheet: "Tracker", mapping: mapping, people: [Self.helen, Self.david])
        #expect(matched.isReady)
        #expect(matched.priorities[0].actions[0].lead == Self.helen.id)
        #expect(matched.updatesWithoutRating == 0)
    }

    @Test("A priority column groups actions, and an empty cell keeps the priority above")
    func priorityColumn() {
        let rows = [Self.row(1, ["Priority", "Action", "Due"].map { .text($0) }),
                    Self.row(2, [.text("Safety"), .text("One"), .text("2017-10-12")]),
                    Self.row(3, [.empty, .text("Two"), .text("12.10.17")]),
                    Self.row(4, [.text("Leadership"), .text("Three"), .text("12 October 2017")])]
        let preview = PlanImport.preview(rows, sheet: "Plan", mapping: PlanImport.guess(rows)!, people: [])
        #expect(preview.problems == [])
        #expect(preview.priorities.map { "\($0.title): \($0.actions.map(\.what).joined(separator: ", "))" } == ["Safety: One, Two", "Leadership: Three"])
    }

    @Test("A tracker's numbering is left off a priority's title, and nothing else is")
    func priorityTitles() {
        for (written, title) in [("Priority 2: Children looked after", "Children looked after"), ("2. Leadership", "Leadership"),
                                 ("Theme 3 - Workforce", "Workforce"), ("priority 4 Partnerships", "Partnerships"),
                                 ("2017 targets", "2017 targets"), ("Priority areas", "Priority areas"), ("3.", "3."),
                                 ("2024-25 budget recovery", "2024-25 budget recovery"), ("3-year plan", "3-year plan"),
                                 ("1.5 million more visits", "1.5 million more visits"), ("Theme 2:Workforce", "Workforce"),
                                 ("Help and protection", "Help and protection")] {
            #expect(PlanImport.priorityTitle(written) == title, "\(written)")
        }
    }

    @Test("UK dates in every form councils type, never month first")
    func dates() {
        for text in ["12/10/2017", "12/10/17", "12.10.2017", "12-10-2017", "12 Oct 2017", "12 October 2017", "12th Oct 2017", "2017-10-12", "43020"] {
            #expect(ImportDate.read(text) == Self.date(2017, 10, 12), "\(text)")
        }
        #expect(ImportDate.read("31/02/2017") == nil)
        #expect(ImportDate.read("soon") == nil)
        #expect(ImportDate.read(.number(43020)) == Self.date(2017, 10, 12))
    }
}
