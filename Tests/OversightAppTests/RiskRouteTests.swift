import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import Testing
import Vapor
import VaporTesting

extension Application {
    func demoRisk(_ title: String, in council: Council) async throws -> Risk {
        try #require(try await RiskStore.all(in: council.id, on: db).first { $0.title == title })
    }
}

@Suite("The risk register")
struct RiskRouteTests {
    static func riskForm(owner: Person.ID, _ changes: [String: String] = [:]) -> [(String, String)] {
        var fields: [(String, String)] = [
            ("title", "Court delays"), ("cause", "Backlogs in the family court"), ("event", "Care proceedings take longer than 26 weeks"),
            ("consequence", "Children wait for permanence"), ("category", "safeguarding"), ("owner", owner.description),
            ("raised-day", "1"), ("raised-month", "11"), ("raised-year", "2016"),
            ("inherentLikelihood", "4"), ("inherentImpact", "4"), ("currentLikelihood", "3"), ("currentImpact", "4"),
            ("targetLikelihood", "2"), ("targetImpact", "3"), ("targetReason", ""), ("controls", "- Weekly legal gateway panel"),
            ("proximity", "near-term"), ("reviewFrequency", "monthly"), ("status", "open"),
        ]
        for (key, value) in changes {
            if let index = fields.firstIndex(where: { $0.0 == key }) { fields[index].1 = value } else { fields.append((key, value)) }
        }
        return fields
    }

    @Test("The programme manager adds a risk; a score of 6, no owner or scores that contradict each other are named and change nothing")
    func add() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let owner = try #require(try await PersonStore.all(in: council.id, on: app.db).first { $0.name == "Priya Raman" })
            #expect(try await app.post(SiteURL.newRisk(cid).path, form: Self.riskForm(owner: owner.id), as: Who.viewer).status == .forbidden)
            let bad = try await app.post(SiteURL.newRisk(cid).path, form: Self.riskForm(owner: owner.id, [
                "inherentLikelihood": "6", "owner": "", "currentImpact": "5",
            ]), as: Who.programmeManager)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Inherent likelihood must be a whole number from 1 to 5, not 6"))
            #expect(bad.text.contains("Select who owns the risk: every risk needs an owner"))
            let contradictory = try await app.post(SiteURL.newRisk(cid).path, form: Self.riskForm(owner: owner.id, [
                "currentLikelihood": "5", "targetLikelihood": "5", "targetImpact": "5",
            ]), as: Who.programmeManager)
            #expect(contradictory.text.contains("Current score (20) cannot be higher than the inherent score (16)"))
            #expect(contradictory.text.contains("Target score (25) is higher than the inherent score (16): give the reason, or lower the target"))
            #expect(contradictory.text.contains("Backlogs in the family court"))
            #expect(try await RiskStore.all(in: council.id, on: app.db).count == 12)

            let created = try await app.post(SiteURL.newRisk(cid).path, form: Self.riskForm(owner: owner.id), as: Who.programmeManager)
            #expect(created.status == .seeOther)
            let risk = try await app.demoRisk("Court delays", in: council)
            #expect(risk.reference == "R13" && risk.current.value == 12 && risk.lastReviewedOn == DemoPlan.date(2016, 11, 1))
            #expect(try await RiskStore.reviews(of: [risk.id], on: app.db).map(\.commentary) == ["Risk raised."])
            #expect(try await AuditStore.list(.init(action: "risk.create"), limit: 5, on: app.db).total == 1)

            // Raised on 1 November 2016 and reviewed monthly, its review was due on 1 December: overdue on 18 January 2017.
            let register = try await app.get(SiteURL.risks(cid).path + "?show=review-overdue", as: Who.viewer)
            #expect(register.status == .ok)
            #expect(register.text.contains("Court delays") && register.text.contains("Review overdue"))
            #expect(!register.text.contains("Workforce stability"))
            let badFilter = try await app.get(SiteURL.risks(cid).path + "?status=everything", as: Who.viewer)
            #expect(badFilter.status == .badRequest)
            #expect(badFilter.text.contains("Status must be one of live, open, escalated, closed, all, not everything"))
        }
    }

    @Test("A review moves the scores, keeps the history and restarts the clock; its owner may record it, a stale one gets 409")
    func review() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let risk = try await app.demoRisk("Management oversight", in: council)
            let url = SiteURL.riskReviews(cid, .value(risk.id)).path
            let before = try await RiskStore.reviews(of: [risk.id], on: app.db).count
            let fields: [(String, String)] = [("date-day", "18"), ("date-month", "1"), ("date-year", "2017"), ("currentLikelihood", "3"),
                                              ("currentImpact", "3"), ("targetLikelihood", "2"), ("targetImpact", "3"),
                                              ("commentary", "Supervision audits show improvement"), ("version", String(risk.version))]
            let other = try await app.demoRisk("Workforce stability", in: council)
            #expect(try await app.post(SiteURL.riskReviews(cid, .value(other.id)).path, form: fields, as: Who.contributor).status == .forbidden)
            let future = try await app.post(url, form: fields.map { $0.0 == "date-year" ? ($0.0, "2018") : $0 }, as: Who.contributor)
            #expect(future.status == .unprocessableEntity)
            #expect(future.text.contains("Date of the review must be today (18 January 2017) or earlier"))
            let above = try await app.post(url, form: fields.map { $0.0 == "currentLikelihood" ? ($0.0, "5") : $0.0 == "currentImpact" ? ($0.0, "4") : $0 },
                                           as: Who.contributor)
            #expect(above.text.contains("Current score (20) cannot be higher than the inherent score (16)"))
            let noComment = try await app.post(url, form: fields.filter { $0.0 != "commentary" }, as: Who.contributor)
            #expect(noComment.text.contains("Enter the commentary: what has changed and why"))
            #expect(try await RiskStore.reviews(of: [risk.id], on: app.db).count == before)

            #expect(try await app.post(url, form: fields, as: Who.contributor).status == .seeOther)
            let after = try await app.demoRisk("Management oversight", in: council)
            #expect(after.current.value == 9 && after.version == risk.version + 1)
            let reviews = try await RiskStore.reviews(of: [risk.id], on: app.db)
            #expect(reviews.count == before + 1 && reviews.contains { $0.commentary == "Supervision audits show improvement" && $0.reviewer == "Priya Raman" })
            let stale = try await app.post(url, form: fields, as: Who.programmeManager)
            #expect(stale.status == .conflict)
            let page = try await app.get(SiteURL.risk(cid, .value(risk.id)).path, as: Who.viewer)
            #expect(page.text.contains("Supervision audits show improvement") && page.text.contains("Current score at each review"))
        }
    }

    @Test("Mitigating actions are linked from both lists; a risk whose action is red or overdue stands out; a tampered id is named")
    func links() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let risk = try await app.demoRisk("Leadership capacity", in: council)
            let model = try await RiskRegisterModel.load(council, today: DemoPlan.date(2017, 1, 18), partTwo: true, on: app.db)
            let troubled = try #require(model.planActions.values.filter { !$0.problems.isEmpty }.min { $0.reference < $1.reference })
            let url = SiteURL.riskActions(cid, .value(risk.id)).path
            #expect(try await app.get(url, as: Who.programmeManager).status == .ok)
            let tampered = try await app.post(url, form: [("planActions[]", UUID().uuidString), ("version", String(risk.version))],
                                              as: Who.programmeManager)
            #expect(tampered.status == .unprocessableEntity && tampered.text.contains("Choose actions from the lists"))
            #expect(try await app.post(url, form: [("planActions[]", troubled.id.description), ("version", String(risk.version))],
                                       as: Who.programmeManager).status == .seeOther)
            #expect(try await RiskStore.links(of: [risk.id], on: app.db).planActions[risk.id] == [troubled.id])
            let register = try await app.get(SiteURL.risks(cid).path + "?show=actions-need-attention", as: Who.viewer)
            #expect(register.text.contains("Leadership capacity") && register.text.contains("Actions need attention"))
            let page = try await app.get(SiteURL.risk(cid, .value(risk.id)).path, as: Who.viewer)
            #expect(page.text.contains(troubled.reference))
            // The link runs both ways: the action's page lists the risks it mitigates.
            let action = try await app.get(SiteURL.action(cid, .value(troubled.planID), .value(troubled.id)).path, as: Who.viewer)
            #expect(action.text.contains("Risks it mitigates") && action.text.contains("Leadership capacity"))
            // An owner sees their risks on the council's home page.
            let home = try await app.get(SiteURL.council(cid).path, as: Who.contributor)
            #expect(home.text.contains("Your risks") && home.text.contains("Management oversight") && home.text.contains("Partnership engagement"))
        }
    }

    @Test("The council's scale names the levels and bands; a band that does not rise to 25 is refused")
    func scale() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            var fields: [(String, String)] = (1...5).flatMap { [("likelihood\($0)", "L\($0): likelihood \($0)"), ("impact\($0)", "I\($0): impact \($0)")] }
            fields += [("band1Name", "Tolerable"), ("band1UpTo", "6"), ("band1Colour", "green"),
                       ("band2Name", "Serious"), ("band2UpTo", "20"), ("band2Colour", "red"), ("version", "0")]
            let short = try await app.post(SiteURL.riskScale(cid).path, form: fields, as: Who.programmeManager)
            #expect(short.status == .unprocessableEntity)
            #expect(short.text.contains("The highest band must end at 25, the highest score, not 20"))
            #expect(try await RiskStore.scale(of: council.id, on: app.db).version == 0)
            fields = fields.map { $0.0 == "band2UpTo" ? ($0.0, "25") : $0 }
            #expect(try await app.post(SiteURL.riskScale(cid).path, form: fields, as: Who.programmeManager).status == .seeOther)
            #expect(try await RiskStore.scale(of: council.id, on: app.db).scale.band(12).name == "Serious")
            let register = try await app.get(SiteURL.risks(cid).path, as: Who.viewer)
            #expect(register.text.contains("Tolerable") && register.text.contains("L5"))
            #expect(try await app.post(SiteURL.riskScale(cid).path, form: fields, as: Who.programmeManager).status == .conflict)
        }
    }

    @Test("The demo's risks tell a coherent story: every review within the rules, the review clock running")
    func demo() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let risks = try await RiskStore.all(in: council.id, on: app.db)
            #expect(risks.count == 12 && risks.filter { $0.status == .closed }.count == 1 && risks.filter { $0.status == .escalated }.count == 1)
            let reviews = Dictionary(grouping: try await RiskStore.reviews(of: risks.map(\.id), on: app.db), by: \.riskID)
            for risk in risks {
                let history = try #require(reviews[risk.id])
                for review in history {
                    #expect(Risk.check(inherent: risk.inherent, current: review.current, target: review.target,
                                       targetReason: risk.targetReason) == [], "\(risk.reference) on \(review.date)")
                }
                #expect(risk.current == history.last?.current && risk.lastReviewedOn == history.last?.date)
            }
            let workforce = try await app.demoRisk("Workforce stability", in: council)
            #expect(reviews[workforce.id]?.map(\.current.value).reduce(into: [Int]()) { if $0.last != $1 { $0.append($1) } } == [20, 16, 12])
        }
    }

    @Test("The register reads each risk's two latest reviews, the same two as its whole history ends with")
    func latestReviews() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let ids = try await RiskStore.all(in: council.id, on: app.db).map(\.id)
            let all = Dictionary(grouping: try await RiskStore.reviews(of: ids, on: app.db), by: \.riskID)
            let latest = Dictionary(grouping: try await RiskStore.latestReviews(of: ids, count: 2, on: app.db), by: \.riskID)
            #expect(all.values.contains { $0.count > 2 }, "the demo has risks reviewed more than twice")
            for id in ids { #expect(latest[id] ?? [] == Array((all[id] ?? []).suffix(2))) }
            let one = try #require(ids.first)
            #expect(try await RiskStore.latestReviews(of: [one], count: 1, on: app.db) == Array((all[one] ?? []).suffix(1)))
        }
    }

    @Test("A register of more than 100 risks is shown a page at a time, the filter kept in the page links")
    func pages() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let model = try await app.demoRisk("Workforce stability", in: council)
            let now = app.oversight.dependencies.now()
            try await UnitOfWork.seed(on: app.db) { change in
                for number in 1...100 {
                    var risk = model
                    risk.id = .init(UUID())
                    risk.reference = "X\(number)"
                    risk.title = "Extra risk \(number)"
                    try await RiskStore.create(risk, at: now, on: change)
                }
            }
            let first = try await app.get(SiteURL.risks(cid).path)
            #expect(first.text.contains("Risks, highest current score first: showing 1 to 100 of 111 risks"))
            #expect(first.text.contains(#"href="\#(SiteURL.risks(cid).path)?page=2""#))
            let second = try await app.get(SiteURL.risks(cid).path(query: [("page", "2")]))
            #expect(second.text.contains("showing 101 to 111 of 111 risks"))
            let filtered = try await app.get(SiteURL.risks(cid).path(query: [("status", "all")]))
            #expect(filtered.text.contains("of 112 risks") && filtered.text.contains("?status=all&amp;page=2"))
            #expect(try await app.get(SiteURL.risks(cid).path(query: [("page", "0")])).status == .badRequest)
        }
    }

    @Test("Exports: CSV, the JSON API, a report appendix and the board pack's section")
    func exports() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let csv = try await app.get(SiteURL.risksCSV(cid).path, as: Who.viewer)
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            let lines = csv.text.components(separatedBy: "\r\n")
            #expect(lines[0].hasPrefix("reference,title,category,status,owner"))
            #expect(lines.contains { $0.hasPrefix("R01,Statutory intervention,Regulatory intervention,Open,Helen Marsh") })

            let api = try await app.api(SiteURL.api(.risks).path + "?council=\(council.id)&perPage=100", as: Who.viewer)
            struct Page: Decodable { var items: [RiskDTO]; var total: Int }
            let page = try JSONDecoder().decode(Page.self, from: Data(buffer: api.body))
            #expect(page.total == 12)
            let grant = try #require(page.items.first { $0.title == "End of improvement grant funding" })
            #expect(grant.target.score == 12 && grant.target.band == "Medium" && grant.targetReason != nil)
            #expect(page.items.first { $0.reference == "R02" }?.reviews.count == 23)

            let report = try await app.demoReport(ReportText.draft, in: council)
            #expect(try await app.post(SiteURL.newAppendix(cid, .value(report.id)).path, form: [("source", "risks"), ("title", "")],
                                       as: Who.democratic).status == .seeOther)
            let shown = try await app.get(SiteURL.report(cid, .value(report.id)).path, as: Who.democratic)
            #expect(shown.text.contains("The risk register") && shown.text.contains("Open and escalated risks, highest current score first"))

            let board = try await app.demoBody(DemoGovernance.board, in: council)
            let november = try await app.demoMeeting(of: board, on: DemoPlan.date(2017, 11, 9))
            let pack = try await app.get(SiteURL.boardPack(cid, .value(november.id)).path, as: Who.board)
            #expect(pack.text.contains(##"<a href="#section-6">Risk register</a>"##))
            #expect(pack.text.contains("Statutory intervention"))
        }
    }
}
