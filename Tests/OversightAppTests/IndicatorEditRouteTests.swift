import Foundation
@testable import OversightApp
import OversightDomain
import OversightStore
import Testing
import Vapor

extension Application {
    func demoIndicator(_ code: String, in council: Council) async throws -> Indicator {
        try #require(try await IndicatorStore.indicators(in: council.id, on: db).first { $0.code == code })
    }
}

@Suite("Changing the scorecard in the browser")
struct IndicatorEditRouteTests {
    static func definition(code: String = "LOCAL-ADOPT", title: String = "Children adopted within 14 months",
                           unit: String = "percentage", version: String? = nil) -> [(String, String)] {
        [("code", code), ("title", title), ("description", "Children adopted within 14 months of entering care, as a share of those adopted."),
         ("numerator", "Adopted within 14 months"), ("denominator", "Children adopted"), ("unit", unit), ("polarity", "higher"),
         ("frequency", "quarterly"), ("theme", "Children in care"), ("countsChildren", "yes")] + (version.map { [("version", $0)] } ?? [])
    }

    @Test("A programme manager adds an indicator of the council's own; each problem is named on its field")
    func create() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            #expect(try await app.post(SiteURL.newIndicator(cid).path, form: Self.definition(), as: Who.performance).status == .forbidden)
            let bad = try await app.post(SiteURL.newIndicator(cid).path, form: [("code", "re referrals"), ("unit", "furlongs")],
                                         as: Who.programmeManager)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Code must be 2 to 30 capital letters, digits and hyphens, like CIN-REREF"))
            #expect(bad.text.contains("Enter the indicator&#39;s title") || bad.text.contains("Enter the indicator's title"))
            #expect(bad.text.contains("Select the unit the figures are in"))
            let taken = try await app.post(SiteURL.newIndicator(cid).path, form: Self.definition(code: "cin-reref"), as: Who.programmeManager)
            #expect(taken.status == .unprocessableEntity)
            #expect(taken.text.contains("CIN-REREF is the code of another indicator on the scorecard"))
            let added = try await app.post(SiteURL.newIndicator(cid).path, form: Self.definition(code: "local-adopt"), as: Who.programmeManager)
            #expect(added.status == .seeOther)
            let indicator = try await app.demoIndicator("LOCAL-ADOPT", in: council)
            #expect(indicator.frequency == .quarterly && indicator.countsChildren)
            let page = try await app.get(SiteURL.indicator(cid, .value(indicator.id)).path, as: Who.viewer)
            #expect(page.text.contains("Children adopted within 14 months"))
            #expect(try await AuditStore.list(.init(action: "indicator.create"), limit: 5, on: app.db).total == 1)
        }
    }

    @Test("Changing a definition: a stale edit gets 409 with the user's text kept; the unit cannot change under recorded figures")
    func update() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let indicator = try await app.demoIndicator("CIN-REREF", in: council)
            let url = SiteURL.editIndicator(cid, .value(indicator.id)).path
            let form = IndicatorForm(indicator)
            func fields(_ changes: [String: String]) -> [(String, String)] {
                var all: [String: String] = ["code": form.code ?? "", "title": form.title ?? "", "description": form.description ?? "",
                                             "numerator": form.numerator ?? "", "denominator": form.denominator ?? "",
                                             "unit": form.unit ?? "", "polarity": form.polarity ?? "", "frequency": form.frequency ?? "",
                                             "theme": form.theme ?? "", "countsChildren": "yes", "version": "1"]
                all.merge(changes) { _, new in new }
                return all.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            }
            let unit = try await app.post(url, form: fields(["unit": "ratio"]), as: Who.programmeManager)
            #expect(unit.status == .unprocessableEntity)
            #expect(unit.text.contains("The unit (percentage) cannot change: 31 figures are recorded in it"))
            let saved = try await app.post(url, form: fields(["dataQualityNote": "Counts re-referrals recorded by the front door only"]),
                                           as: Who.programmeManager)
            #expect(saved.status == .seeOther)
            let stale = try await app.post(url, form: fields(["title": "My clearer title"]), as: Who.admin)
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("value=\"My clearer title\""))
            #expect(stale.text.contains("Counts re-referrals recorded by the front door only"))
            #expect(try await app.demoIndicator("CIN-REREF", in: council).title == indicator.title)
        }
    }

    @Test("Figures typed in follow the import's rules; a validated figure is corrected only by a manager, with a reason")
    func figures() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let indicator = try await app.demoIndicator("CIN-REREF", in: council)
            let url = SiteURL.indicatorValue(cid, .value(indicator.id)).path
            let bad = try await app.post(url, form: [("period", "2017-13"), ("numerator", "240"), ("denominator", "200"), ("version", "0")],
                                         as: Who.performance)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Period \"2017-13\" is not a period") || bad.text.contains("Period &quot;2017-13&quot; is not a period"))
            #expect(bad.text.contains("Numerator 240 is more than the denominator 200"))
            let added = try await app.post(url, form: [("period", "2017-11"), ("numerator", "43"), ("denominator", "200"),
                                                       ("status", "provisional"), ("version", "0")], as: Who.performance)
            #expect(added.status == .seeOther)
            let november = try #require(try await IndicatorStore.value(of: indicator.id, for: .month(year: 2017, month: 11), on: app.db))
            #expect(november.value.value == 21.5 && november.version == 1)
            // Someone adds the same month again from a form opened before: refused, not overwritten.
            let twice = try await app.post(url, form: [("period", "2017-11"), ("value", "30"), ("version", "0")], as: Who.performance)
            #expect(twice.status == .conflict)
            #expect(try await IndicatorStore.value(of: indicator.id, for: .month(year: 2017, month: 11), on: app.db)?.value.value == 21.5)

            let september = try #require(try await IndicatorStore.value(of: indicator.id, for: .month(year: 2017, month: 9), on: app.db))
            #expect(september.value.status == .validated)
            let correction: [(String, String)] = [("period", "2017-09"), ("value", "23.5"), ("status", "validated"),
                                                  ("version", String(september.version))]
            let officer = try await app.post(url, form: correction, as: Who.performance)
            #expect(officer.status == .unprocessableEntity)
            #expect(officer.text.contains("is validated, which is final; ask the programme manager to correct it"))
            let noReason = try await app.post(url, form: correction, as: Who.programmeManager)
            #expect(noReason.text.contains("Say in the comment why the validated figure for September 2017 is being corrected"))
            let corrected = try await app.post(url, form: correction + [("comment", "Duplicate referrals removed after the audit")],
                                               as: Who.programmeManager)
            #expect(corrected.status == .seeOther)
            #expect(try await IndicatorStore.value(of: indicator.id, for: .month(year: 2017, month: 9), on: app.db)?.value.value == 23.5)
            #expect(try await AuditStore.list(.init(action: "indicator.value.correct"), limit: 5, on: app.db).total == 1)
            let form = try await app.get(url + "?period=2017-09", as: Who.programmeManager)
            #expect(form.text.contains("Correct a figure") && form.text.contains("Duplicate referrals removed after the audit"))
        }
    }

    @Test("Targets and benchmarks are set and removed on the indicator's own pages, with problems named")
    func targetsAndBenchmarks() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let indicator = try await app.demoIndicator("CIN-REREF", in: council)
            let targets = SiteURL.indicatorTargets(cid, .value(indicator.id)).path
            #expect(try await app.get(targets, as: Who.performance).status == .forbidden)
            let wrong = try await app.post(targets, form: [("period", "2018-Q1"), ("value", "120"), ("tolerance", "")], as: Who.programmeManager)
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("CIN-REREF is reported monthly"))
            #expect(wrong.text.contains("Target must be 100 or less for a percentage"))
            #expect(wrong.text.contains("Enter the tolerance"))
            #expect(try await app.post(targets, form: [("period", "2018-19"), ("value", "20"), ("tolerance", "2")],
                                       as: Who.programmeManager).status == .seeOther)
            var stored = try await IndicatorStore.targets(.indicator(indicator.id), on: app.db)[indicator.id] ?? []
            #expect(stored.contains(IndicatorTarget(period: .financialYear(2018), value: 20, tolerance: 2)))
            #expect(try await app.post(targets, form: [("remove", "2018-19")], as: Who.programmeManager).status == .seeOther)
            stored = try await IndicatorStore.targets(.indicator(indicator.id), on: app.db)[indicator.id] ?? []
            #expect(!stored.contains { $0.period == .financialYear(2018) })

            let benchmarks = SiteURL.indicatorBenchmarks(cid, .value(indicator.id)).path
            let empty = try await app.post(benchmarks, form: [("year", "2018-19")], as: Who.programmeManager)
            #expect(empty.text.contains("Enter at least one figure: England, statistical neighbours or region"))
            #expect(try await app.post(benchmarks, form: [("year", "2018-19"), ("england", "21.9"), ("region", "23%"),
                                                          ("source", "DfE children in need 2018-19")],
                                       as: Who.programmeManager).status == .seeOther)
            let saved = try await IndicatorStore.benchmarks(.indicator(indicator.id), on: app.db)[indicator.id]?.last
            #expect(saved == IndicatorBenchmark(year: 2018, england: 21.9, neighbours: nil, region: 23, source: "DfE children in need 2018-19"))
            #expect(try await app.post(benchmarks, form: [("remove", "2018")], as: Who.programmeManager).status == .seeOther)
            #expect(try await IndicatorStore.benchmarks(.indicator(indicator.id), on: app.db)[indicator.id]?.last?.year == 2017)
        }
    }

    @Test("Each council keeps ten statistical neighbours; a list of nine is refused and a stale edit gets 409")
    func comparators() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let scorecard = try await app.get(SiteURL.scorecard(cid).path, as: Who.viewer)
            #expect(scorecard.text.contains("Who the statistical neighbours are") && scorecard.text.contains("Stonebridge"))
            let url = SiteURL.comparators(cid).path
            let nine = (1...9).map { "Neighbour \($0)" }.joined(separator: "\n")
            let refused = try await app.post(url, form: [("region", "North West"), ("neighbours", nine), ("version", "1")],
                                             as: Who.programmeManager)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Enter 10 statistical neighbours, one on each line; you entered 9"))
            let itself = try await app.post(url, form: [("neighbours", nine + "\nNorthshire County Council"), ("version", "1")],
                                            as: Who.programmeManager)
            #expect(itself.text.contains("Northshire County Council is this council"))
            let ten = (1...10).map { "Neighbour \($0)" }.joined(separator: "\r\n")
            #expect(try await app.post(url, form: [("region", "North West"), ("neighbours", ten), ("version", "1")],
                                       as: Who.programmeManager).status == .seeOther)
            #expect(try await ComparatorStore.find(council.id, on: app.db).neighbours.last == "Neighbour 10")
            let stale = try await app.post(url, form: [("region", "North"), ("neighbours", ten), ("version", "1")], as: Who.admin)
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("value=\"North\""))
        }
    }

    @Test("Actions are linked to the indicators they aim to move, and each shows the other")
    func links() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let indicator = try await app.demoIndicator("CIN-REREF", in: council)
            let page = try await app.get(SiteURL.indicator(cid, .value(indicator.id)).path, as: Who.viewer)
            #expect(page.text.contains("Actions that aim to move it"))
            #expect(page.text.contains("Review the multi-agency threshold document with partners and publish it"))

            let plan = try await app.demoImprovementPlan(in: council)
            let record = try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db))
            let audit = try #require(record.actions.first { $0.what.hasPrefix("Audit a sample of contacts every month") })
            let url = SiteURL.indicatorActions(cid, .value(indicator.id)).path
            #expect(try await app.post(url, form: [("action", UUID().uuidString)], as: Who.programmeManager).status == .unprocessableEntity)
            #expect(try await app.post(url, form: [("action", audit.id.description)], as: Who.programmeManager).status == .seeOther)
            let actionPage = try await app.get(SiteURL.action(cid, .value(plan.id), .value(audit.id)).path, as: Who.viewer)
            #expect(actionPage.text.contains("Indicators it aims to move"))
            #expect(actionPage.text.contains("Re-referrals within 12 months"))
            #expect(try await app.post(url, form: [("remove", audit.id.description)], as: Who.programmeManager).status == .seeOther)
            let after = try await app.get(SiteURL.action(cid, .value(plan.id), .value(audit.id)).path, as: Who.viewer)
            #expect(!after.text.contains("Indicators it aims to move"))
            #expect(try await AuditStore.list(.init(action: "indicator.action.unlink"), limit: 5, on: app.db).total == 1)
        }
    }

    @Test("Benchmarks import from CSV like figures: every problem first, then all of them or none")
    func benchmarkImport() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let importer = ImportIndicatorValues(dependencies: app.oversight.dependencies)
            let bad = "indicator_code,year,england,neighbours,region,source\nCIN-REREF,2018-19,21.5,23,,DfE\nNOPE,2018,20,,,\nCIN-ASSESS45,2018-20,,,,\n"
            let refused = try await importer(Array(bad.utf8), council: council.id, dryRun: false, by: .commandLine, on: app.db)
            #expect(refused.problems.map(\.description) == [
                "Line 3, indicator_code: no indicator has the code \"NOPE\"; add it to the scorecard first, or correct the code",
                "Line 4, year: \"2018-20\" is not a year: write the financial year as 2016-17 (or 2016)",
            ])
            let indicator = try await app.demoIndicator("CIN-REREF", in: council)
            #expect(try await IndicatorStore.benchmarks(.indicator(indicator.id), on: app.db)[indicator.id]?.last?.year == 2017)
            let good = "\u{FEFF}indicator_code,year,england,neighbours,region,source\r\nCIN-REREF,2018-19,21.5,23,\"22.0\",\"DfE, 2019\"\r\n"
            let done = try await importer(Array(good.utf8), council: council.id, dryRun: false, by: .commandLine, on: app.db)
            #expect(done.written && done.described == "1 benchmark year")
            let latest = try await IndicatorStore.benchmarks(.indicator(indicator.id), on: app.db)[indicator.id]?.last
            #expect(latest == IndicatorBenchmark(year: 2018, england: 21.5, neighbours: 23, region: 22, source: "DfE, 2019"))
        }
    }
}

@Suite("Small numbers on Part I reports")
struct ScorecardAppendixTests {
    @Test("The draft Part I report's scorecard shows small counts of children as c, and the part whose rest is small; staff pages keep the true numbers")
    func suppression() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let fostering = try await app.demoIndicator("PF-NOTIFIED", in: council)
            let assessments = try await app.demoIndicator("CIN-ASSESS45", in: council)
            let october = ReportingPeriod.month(year: 2017, month: 10)
            let report = try await app.demoReport(ReportText.draft, in: council)
            // The demo's own private fostering count for October is small enough to be hidden.
            let demo = try await app.get(SiteURL.report(cid, .value(report.id)).path, as: Who.democratic)
            #expect(try cells(#require(row(demo.text, containing: "Private fostering arrangements notified")))[4] == "c")
            for (indicator, value) in [(fostering, IndicatorValue(indicatorID: fostering.id, period: october, numerator: 3, denominator: nil,
                                                                  value: 3, status: .provisional, comment: nil)),
                                       (assessments, IndicatorValue(indicatorID: assessments.id, period: october, numerator: 197,
                                                                    denominator: 200, value: 98.5, status: .provisional, comment: nil))] {
                let version = try await IndicatorStore.value(of: indicator.id, for: october, on: app.db)?.version ?? 0
                try await UnitOfWork.seed(on: app.db) { change in
                    try await IndicatorStore.save(value, expectedVersion: version, id: UUID(), at: Date(), on: change)
                }
            }
            let page = try await app.get(SiteURL.report(cid, .value(report.id)).path, as: Who.democratic)
            let text = page.text
            #expect(text.contains("Appendix B: Performance scorecard, October 2017"))
            #expect(text.contains("Counts of children from 1 to 5 are shown as c"))
            let fosteringRow = try #require(row(text, containing: "Private fostering arrangements notified"))
            #expect(cells(fosteringRow).prefix(5) == ["Private fostering arrangements notified", "October 2017", "c", "x", "c"])
            let assessmentRow = try #require(row(text, containing: "Assessments completed within 45 working days"))
            #expect(cells(assessmentRow).prefix(5) == ["Assessments completed within 45 working days", "October 2017", "c", "200", "c"])
            // Workforce figures are not counts of children.
            let agencyRow = try #require(row(text, containing: "Agency social worker rate"))
            #expect(!cells(agencyRow)[4].hasPrefix("c"))

            let staffPage = try await app.get(SiteURL.indicator(cid, .value(assessments.id)).path, as: Who.viewer)
            #expect(staffPage.text.contains("98.5%") && staffPage.text.contains("197"))
            // A Part II report is not published: its figures are the true ones.
            let exempt = ScorecardAppendix.published(IndicatorValue(indicatorID: assessments.id, period: october, numerator: 197,
                                                                    denominator: 200, value: 98.5, status: .provisional, comment: nil),
                                                     unit: .percentage, suppress: false)
            #expect(exempt == ("197", "200", "98.5%"))
        }
    }

    private func row(_ html: String, containing title: String) -> String? {
        html.components(separatedBy: "<tr").first { $0.contains("<td") && $0.contains(title) }
    }

    private func cells(_ row: String) -> [String] {
        row.components(separatedBy: "<td").dropFirst().map { cell in
            var text = String(cell.drop { $0 != ">" }.dropFirst())
            if let end = text.range(of: "</td>") { text = String(text[..<end.lowerBound]) }
            return text.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }
}
