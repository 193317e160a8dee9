import Foundation
@testable import OversightApp
import OversightDomain
import OversightStore
import Testing
import Vapor
import VaporTesting

@Suite("Practice audits")
struct PracticeAuditRouteTests {
    static let form: [(String, String)] = [("month", "2017-11"), ("theme", "Care leavers' pathway plans"), ("casesAudited", "18"),
                                           ("outstanding", "1"), ("good", "9"), ("requiresImprovement", "6"), ("inadequate", "2")]

    @Test("A round is recorded with counts that add up; a second round of one theme in one month is refused; a stale change gets 409")
    func record() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let list = try await app.get(SiteURL.practiceAudits(cid).path, as: Who.viewer)
            #expect(list.status == .ok)
            #expect(list.text.contains("Child protection planning") && list.text.contains("cases graded good or better"))
            let before = try await PracticeAuditStore.rounds(in: council.id, on: app.db).count
            #expect(before == 22)
            #expect(try await app.post(SiteURL.newAuditRound(cid).path, form: Self.form, as: Who.viewer).status == .forbidden)
            let bad = try await app.post(SiteURL.newAuditRound(cid).path,
                                         form: Self.form.map { $0.0 == "good" ? ($0.0, "19") : $0.0 == "month" ? ($0.0, "November") : $0 },
                                         as: Who.programmeManager)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Month audited must be a year and month like 2017-10, not November"))
            #expect(bad.text.contains("The grades add up to 28, more than the 18 cases audited: check the counts"))
            let negative = try await app.post(SiteURL.newAuditRound(cid).path, form: Self.form.map { $0.0 == "inadequate" ? ($0.0, "-2") : $0 },
                                              as: Who.programmeManager)
            #expect(negative.text.contains("Inadequate must be a whole number, 0 or more, not -2"))
            #expect(try await app.post(SiteURL.newAuditRound(cid).path, form: Self.form, as: Who.programmeManager).status == .seeOther)
            let twice = try await app.post(SiteURL.newAuditRound(cid).path, form: Self.form, as: Who.programmeManager)
            #expect(twice.status == .unprocessableEntity)
            #expect(twice.text.contains("is recorded already: change that one instead"))
            let rounds = try await PracticeAuditStore.rounds(in: council.id, on: app.db)
            #expect(rounds.count == before + 1)
            let round = try #require(rounds.first { $0.theme == "Care leavers' pathway plans" })
            #expect(round.goodOrBetterPercent.map { Int($0.rounded()) } == 56)
            let url = SiteURL.auditRound(cid, .value(round.id)).path
            let corrected = Self.form.map { $0.0 == "good" ? ($0.0, "10") : $0.0 == "inadequate" ? ($0.0, "1") : $0 }
            #expect(try await app.post(url, form: corrected + [("version", "1")], as: Who.programmeManager).status == .seeOther)
            let stale = try await app.post(url, form: Self.form.map { $0.0 == "good" ? ($0.0, "8") : $0 } + [("version", "1")],
                                           as: Who.programmeManager)
            #expect(stale.text.contains("10"))
            #expect(stale.status == .conflict)
            #expect(try await PracticeAuditStore.find(round.id, in: council.id, on: app.db)?.good == 10)
        }
    }
}
