import Foundation
import OversightDomain
import Testing

@Suite("Committee reports: workflow, completeness and bank-holiday changes")
struct ReportTests {
    static func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    static func report(part: ReportPart = .partI, sections: [String: String] = [
        "executive-summary": "Summary", "recommendation": "Approve", "background": "History",
    ], contact: ReportContact = ReportContact(name: "Helen Marsh", telephone: "(01632) 960101", jobTitle: nil, email: nil),
                       exemption: Exemption? = nil, keyDecision: KeyDecision? = nil) -> Report {
        Report(id: .init(UUID()), councilID: .init(UUID()), templateID: .init(UUID()),
               body: ReportCommittee(id: .init(UUID()), name: "Cabinet", kind: .cabinet),
               meetingDate: date(2017, 10, 12), reportOf: "the Director of Children's Services", part: part, areas: .all,
               title: "Plan", contact: contact, sections: sections, implications: [], backgroundPapers: [],
               exemption: exemption, keyDecision: keyDecision)
    }

    @Test("Every workflow event from every state: only draft, cleared, published and superseded in that order",
          arguments: ReportEvent.allCases)
    func transitions(_ event: ReportEvent) {
        let expected: [ReportStatus: ReportStatus] = switch event {
        case .clear: [.draft: .cleared]
        case .returnToDraft: [.cleared: .draft]
        case .publish: [.cleared: .published]
        case .supersede: [.published: .superseded]
        }
        for status in ReportStatus.allCases {
            #expect(event.apply(to: status) == expected[status], "\(event) from \(status)")
        }
        #expect(ReportStatus.allCases.filter(\.isEditable) == [.draft])
        #expect(ReportStatus.allCases.filter(\.wasPublished) == [.published, .superseded])
    }

    @Test("A complete Part I report is ready to clear")
    func complete() {
        #expect(Self.report().problemsBeforeClearance(template: .standard).isEmpty)
    }

    @Test("Clearing needs the required sections, a way to reach the contact, Part II's reason and a key decision's notice")
    func incomplete() {
        let problems = Self.report(part: .partII, sections: ["executive-summary": "  "],
                                   contact: ReportContact(name: "A", telephone: nil, jobTitle: nil, email: nil),
                                   keyDecision: KeyDecision(noticeGiven: nil))
            .problemsBeforeClearance(template: .standard)
        #expect(problems == [
            "Write the executive summary section", "Write the recommendation section",
            "Write the background and advice section",
            "Give a telephone number or email address for the contact",
            "Give the Schedule 12A paragraph and the public interest reason for Part II",
            "Give the date of the forward plan notice for this key decision",
        ])
    }

    @Test("The contact line reads as each reference report's: with the job title, or name and Tel: alone")
    func contactLine() {
        let contact = ReportContact(name: "Helen Marsh", telephone: "(01632) 960101",
                                    jobTitle: "Director of Children's Services", email: "helen@example.gov.uk")
        #expect(HeaderStyle.standard.contactLine(contact) == "Helen Marsh, Tel: (01632) 960101, Director of Children's Services")
        #expect(ReportTemplate.scrutiny.headerStyle.contactLine(contact) == "Helen Marsh, Tel: (01632) 960101")
        #expect(HeaderStyle.standard.contactLine(ReportContact(name: "A", telephone: nil, jobTitle: nil, email: nil)) == "A")
    }

    @Test("A committee is printed after \"Report to\" as the council names it: \"the Cabinet\", \"Full Council\"")
    func committeePhrase() {
        #expect(ReportCommittee(id: .init(UUID()), name: "Cabinet", kind: .cabinet).phrase == "the Cabinet")
        #expect(ReportCommittee(id: .init(UUID()), name: "Full Council", kind: .fullCouncil).phrase == "Full Council")
        #expect(ReportCommittee(id: .init(UUID()), name: "The Executive", kind: .other).phrase == "The Executive")
        #expect(ReportCommittee(id: .init(UUID()), name: "Corporate Parenting Board", kind: .other).phrase
                == "the Corporate Parenting Board")
    }

    @Test("Areas and appendix letters are written in each template's style")
    func headerStyle() {
        #expect(ReportTemplate.scrutiny.headerStyle.areas(.all) == "(All Divisions);")
        #expect(ReportTemplate.scrutiny.headerStyle.areas(.chosen(["Preston East", "Chorley"])) == "Preston East; Chorley")
        #expect(ReportTemplate.standard.headerStyle.areas(.all) == "All")
        #expect(ReportTemplate.appendixNote(letters: ["A"], quoted: false) == "(Appendix A refers)")
        #expect(ReportTemplate.appendixNote(letters: ["A", "B"]) == "(Appendices 'A' and 'B' refer)")
    }

    @Test("An administrator's changes layer on the built-in bank holidays and move deadlines")
    func holidayChanges() {
        let added = BankHolidays.englandAndWales.applying(
            added: [.init(date: Self.date(2030, 6, 3), title: "A one-off day")], removed: [Self.date(2030, 5, 27)])
        #expect(added.contains(Self.date(2030, 6, 3)))
        #expect(!added.contains(Self.date(2030, 5, 27)))
        #expect(added.contains(Self.date(2030, 12, 25)))
        let before = PublicationRules().publishBy(meeting: Self.date(2030, 6, 6))
        let after = PublicationRules(holidays: added).publishBy(meeting: Self.date(2030, 6, 6))
        #expect(before == Self.date(2030, 5, 29))
        #expect(after == Self.date(2030, 5, 28))
    }

    @Test("A new section's key comes from its label; appendix letters run A to Z, then AA")
    func keysAndLetters() {
        #expect(ReportTemplate.key(for: "Purpose of report") == "purpose-of-report")
        #expect(ReportTemplate.key(for: "  Legal implications (if any) ") == "legal-implications-if-any")
        #expect(ReportTemplate.letter(0) == "A")
        #expect(ReportTemplate.letter(25) == "Z")
        #expect(ReportTemplate.letter(26) == "AA")
        #expect(ReportTemplate.appendixNote(letters: ["A", "B", "C"]) == "(Appendices 'A', 'B' and 'C' refer)")
    }
}
