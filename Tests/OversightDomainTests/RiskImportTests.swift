import Foundation
import OversightDomain
import Testing

@Suite("Importing risks from a risk log")
struct RiskImportTests {
    static let council = Council.ID(UUID())
    static let helen = Person(id: .init(UUID()), councilID: council, name: "Helen Marsh", jobTitle: nil, telephone: nil,
                              email: "helen.marsh@northshire.example", version: 1)
    static let today = CalendarDate(year: 2017, month: 10, day: 12)!
    static let header = "reference,title,category,status,owner,raised_on,cause,event,consequence,inherent_likelihood,inherent_impact,"
        + "inherent_score,current_likelihood,current_impact,target_likelihood,target_impact,proximity,review_frequency,next_review_due"

    static func parse(_ lines: [String], existing: [String] = ["R01", "R02"]) -> (rows: [RiskImport.Row], problems: [ImportProblem]) {
        guard case let .success(table) = CSVTable.read(Array(([header] + lines).joined(separator: "\r\n").utf8), columns: RiskImport.columns)
        else { return ([], []) }
        return RiskImport.parse(table, council: council, people: [helen], existing: existing, today: today, newID: { UUID() })
    }

    @Test("Rows in the register's own columns become new risks, with the next references for those without one")
    func good() throws {
        let parsed = Self.parse([
            ",Workforce stability,Workforce,,Helen Marsh,12/09/2017,Agency reliance,Teams lose staff,Caseloads rise,4,4,16,3,4,2,3,Within 3 months,,",
            "CORP-4,Budget pressure,finance,Escalated to the corporate register,helen.marsh@northshire.example,1 Sep 2017,Demand,Overspend,Cuts,3,5,15,3,5,2,5,In 3 to 12 months,Every 3 months,",
            ",Data quality,Data,Open,helen marsh,2017-08-01,Old system,Wrong figures,Poor decisions,3,3,9,2,3,1,3,More than 12 months away,every 6 months,",
        ])
        #expect(parsed.problems == [])
        #expect(parsed.rows.map(\.risk.reference) == ["R03", "CORP-4", "R04"])
        let first = parsed.rows[0].risk
        #expect(first.category == .workforce && first.status == .open && first.reviewFrequency == .monthly)
        #expect(first.ownerID == Self.helen.id && first.raisedOn == CalendarDate(year: 2017, month: 9, day: 12))
        #expect(first.inherent.value == 16 && first.current.value == 12 && first.target.value == 6 && first.proximity == .imminent)
        #expect(parsed.rows[1].risk.status == .escalated && parsed.rows[1].risk.reviewFrequency == .quarterly)
        #expect(parsed.rows[2].risk.reviewFrequency == .sixMonthly && parsed.rows[2].line == 4)
    }

    @Test("Every problem is named by line and column; a reference on the register is refused, never overwritten")
    func problems() {
        let parsed = Self.parse([
            "R02,Workforce stability,Workforce,,Helen Marsh,12/09/2017,Agency reliance,Teams lose staff,Caseloads rise,4,4,16,3,4,2,3,Within 3 months,,",
            ",Budget,Money,,Jo Bloggs,31/02/2017,Demand,Overspend,Cuts,3,6,,4,5,2,5,Soon,,",
            ",,Data,Open,Helen Marsh,13/10/2017,Old system,Wrong figures,Poor decisions,3,3,9,2,3,4,3,Within 3 months,,",
        ])
        #expect(parsed.rows.isEmpty)
        #expect(parsed.problems.map(\.description) == [
            "Line 2, reference: R02 is already on the register. To change a risk, edit it or review it on its page",
            "Line 3, category: \"Money\" is not one of Safeguarding, Workforce, Finance, Reputation, Regulatory intervention, Data, Partnership",
            "Line 3, owner: Jo Bloggs is not in the people directory. Add them under People, or give someone who is",
            "Line 3, raised_on: \"31/02/2017\" is not a date. Write it as 12/10/2017 or 12 Oct 2017",
            "Line 3, inherent_impact: \"6\" is not a whole number from 1 to 5",
            "Line 3, proximity: \"Soon\" is not one of Within 3 months, In 3 to 12 months, More than 12 months away",
            "Line 4, title: is empty: every risk needs its title",
            "Line 4, raised_on: 13 October 2017 is in the future: a risk is raised on or before today",
            "Line 4, target_reason: " + RiskError.targetAboveInherent(target: 12, inherent: 9).message,
        ])
    }

    @Test("A reference too large to be one of Oversight's numbers is kept, and does not upset the next number")
    func hugeReference() {
        let parsed = Self.parse([
            "R9223372036854775807,Workforce stability,Workforce,,Helen Marsh,12/09/2017,Agency reliance,Teams lose staff,Caseloads rise,4,4,16,3,4,2,3,Within 3 months,,",
            ",Budget pressure,Finance,,Helen Marsh,12/09/2017,Demand,Overspend,Cuts,3,5,15,3,5,2,5,In 3 to 12 months,,",
        ])
        #expect(parsed.problems == [])
        #expect(parsed.rows.map(\.risk.reference) == ["R9223372036854775807", "R03"])
        #expect(Risk.nextReference(after: ["R9223372036854775807", "R07", "CORP-4"]) == "R08")
    }

    @Test("A file without the required headings says which are missing")
    func headings() {
        guard case let .success(table) = CSVTable.read(Array("title,owner\nX,Helen Marsh\n".utf8), columns: RiskImport.columns) else {
            Issue.record("not read"); return
        }
        let parsed = RiskImport.parse(table, council: Self.council, people: [Self.helen], existing: [], today: Self.today, newID: { UUID() })
        #expect(parsed.problems.first?.message.hasSuffix("missing: category, raised_on, cause, event, consequence, inherent_likelihood, inherent_impact, current_likelihood, current_impact, target_likelihood, target_impact, proximity") == true)
    }
}
