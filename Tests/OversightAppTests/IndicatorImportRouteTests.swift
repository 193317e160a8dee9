import Foundation
@testable import OversightApp
import OversightDomain
import OversightStore
import SQLKit
import Testing

@Suite("Importing indicator values into the database")
struct IndicatorImportStoreTests {
    @Test("The demo's scorecard: 26 indicators (14 standard, 12 local) with monthly figures, October 2017 provisional")
    func demo() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let indicators = try await IndicatorStore.indicators(in: council.id, on: app.db)
            #expect(indicators.count == 26)
            let rereferrals = try #require(indicators.first { $0.code == "CIN-REREF" })
            let values = try await IndicatorStore.values(of: rereferrals.id, on: app.db)
            #expect(values.count == 31)
            #expect(values.first?.period == .month(year: 2015, month: 4))
            #expect(values.last?.status == .provisional)
            #expect((values.first?.value ?? 0) > 27 && (values.last?.value ?? 100) < 25)
            #expect(try await IndicatorStore.targets(.indicator(rereferrals.id), on: app.db)[rereferrals.id]?.last?.value == 22)
        }
    }

    @Test("One bad line and nothing is written; a good file replaces provisional figures, all in one go")
    func allOrNothing() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let before = try await IndicatorStore.count(in: council.id, on: app.db)
            let importer = ImportIndicatorValues(dependencies: app.oversight.dependencies)
            let bad = "indicator_code,period,numerator,denominator,value,status,comment\nCIN-REREF,2017-11,44,200,,,\nCIN-REREF,2017-12,,,140,,\n"
            let refused = try await importer(Array(bad.utf8), council: council.id, dryRun: false, by: .commandLine, on: app.db)
            #expect(!refused.written)
            #expect(refused.problems.map(\.description) == ["Line 3, value: 140 is above 100, which a percentage cannot be"])
            #expect(try await IndicatorStore.count(in: council.id, on: app.db) == before)

            let good = "indicator_code,period,numerator,denominator,value,status,comment\nCIN-REREF,2017-10,44,200,,validated,Checked\nCIN-REREF,2017-11,42,200,,,\n"
            let dry = try await importer(Array(good.utf8), council: council.id, dryRun: true, by: .commandLine, on: app.db)
            #expect(dry.rows == 2 && !dry.written)
            #expect(try await IndicatorStore.count(in: council.id, on: app.db) == before)
            let done = try await importer(Array(good.utf8), council: council.id, dryRun: false, by: .commandLine, on: app.db)
            #expect(done.written && done.rows == 2)
            #expect(try await IndicatorStore.count(in: council.id, on: app.db) == before + 1)
            let rereferrals = try #require(try await IndicatorStore.indicators(in: council.id, on: app.db).first { $0.code == "CIN-REREF" })
            let october = try #require(try await IndicatorStore.values(of: rereferrals.id, on: app.db).first { $0.period == .month(year: 2017, month: 10) })
            #expect(october.value == 22 && october.status == .validated && october.comment == "Checked")
            let audit = try await AuditStore.list(.init(action: "indicator.import"), limit: 5, on: app.db)
            #expect(audit.total == 1)

            // October is validated now: importing it again is refused, and nothing else goes in with it.
            let again = try await importer(Array(good.utf8), council: council.id, dryRun: false, by: .commandLine, on: app.db)
            #expect(again.problems.first?.description.hasPrefix("Line 2: CIN-REREF for October 2017 is already validated") == true)
        }
    }
}

@Suite("Scorecard pages")
struct ScorecardRouteTests {
    @Test("The scorecard shows each indicator by theme with its latest figure, target, rating in words and direction")
    func scorecard() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let page = try await app.get(SiteURL.scorecard(cid).path, as: Who.viewer)
            #expect(page.status == .ok)
            let text = page.text
            for theme in ["Help and protection", "Children in care", "Care leavers", "Workforce"] {
                #expect(text.contains("<h2 class=\"ov-heading-m\">\(theme)</h2>") || text.contains(theme))
            }
            #expect(text.contains("Re-referrals within 12 months"))
            #expect(text.contains("October 2017 (provisional)"))
            #expect(text.contains("ov-tag--") && (text.contains(">Green<") || text.contains(">Amber<") || text.contains(">Red<")))
            #expect(text.contains("Improving") || text.contains("Worsening") || text.contains("No change"))
            #expect(text.contains("role=\"img\""))
            #expect(try await app.get(SiteURL.scorecard(cid).path, as: nil).status == .seeOther)
        }
    }

    @Test("An indicator's page has its definition, its trend and every figure; another council's id is a 404")
    func indicator() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let rereferrals = try #require(try await IndicatorStore.indicators(in: council.id, on: app.db).first { $0.code == "CIN-REREF" })
            let page = try await app.get(SiteURL.indicator(cid, .value(rereferrals.id)).path, as: Who.viewer)
            #expect(page.status == .ok)
            #expect(page.text.contains("Lower is better"))
            #expect(page.text.contains("Every figure, newest first"))
            #expect(page.text.contains("April 2015"))
            #expect(page.text.contains("Provisional: validation closes on 20 November 2017"))
            #expect(page.text.components(separatedBy: "<tr").count >= 32)
            #expect(try await app.get(SiteURL.indicator(cid, .value(.init(UUID()))).path, as: Who.viewer).status == .notFound)
        }
    }
}

@Suite("Importing figures in the browser")
struct IndicatorImportBrowserFlowTests {
    static let good = "\u{FEFF}indicator_code,period,numerator,denominator,value,status,comment\r\nCIN-REREF,2017-11,44,200,,,\r\nWF-AGENCY,2017-11,,,20.5%,,\r\n"

    @Test("Upload, preview, confirm: nothing is written until the confirmation, and only its uploader can confirm")
    func flow() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let before = try await IndicatorStore.count(in: council.id, on: app.db)
            #expect(try await app.get(SiteURL.importValues(cid).path, as: Who.contributor).status == .forbidden)
            let preview = try await app.postMultipart(SiteURL.importValues(cid).path, fields: [],
                                                      files: [(field: "file", name: "november.csv", bytes: Array(Self.good.utf8))],
                                                      as: Who.performance)
            #expect(preview.status == .ok)
            #expect(preview.text.contains("november.csv has 2 figures for 2 indicators, and no problems"))
            #expect(try await IndicatorStore.count(in: council.id, on: app.db) == before)
            let action = try #require(preview.text.range(of: #"action="([^"]+/confirm)""#, options: .regularExpression)
                .map { String(preview.text[$0]).dropFirst(8).dropLast() })
            #expect(try await app.post(String(action), form: [], as: Who.programmeManager).status == .notFound)
            let done = try await app.post(String(action), form: [], as: Who.performance)
            #expect(done.status == .seeOther)
            #expect(try await IndicatorStore.count(in: council.id, on: app.db) == before + 2)
            #expect(try await app.post(String(action), form: [], as: Who.performance).status == .notFound)
        }
    }

    @Test("A file with problems lists each by line and column, and nothing is kept")
    func refused() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let bad = "indicator_code,period,value\nCIN-REREF,2017-13,22\nNOPE,2017-11,1\n"
            let response = try await app.postMultipart(SiteURL.importValues(cid).path, fields: [],
                                                       files: [(field: "file", name: "bad.csv", bytes: Array(bad.utf8))],
                                                       as: Who.performance)
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("bad.csv has 2 problems: nothing was imported"))
            #expect(response.text.contains("&quot;2017-13&quot; is not a period") || response.text.contains("\"2017-13\" is not a period"))
            #expect(response.text.contains("<title>Error: Import figures"))
            let empty = try await app.postMultipart(SiteURL.importValues(cid).path, fields: [], files: [], as: Who.performance)
            #expect(empty.text.contains("Choose a CSV file or Excel workbook of figures to import"))
        }
    }
}

@Suite("Scorecard exports, API and benchmarks")
struct ScorecardExportTests {
    @Test("Every figure downloads as CSV in the import's own columns; the API lists indicators and values")
    func exports() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let csv = try await app.get(SiteURL.scorecardCSV(cid).path, as: Who.viewer)
            #expect(csv.status == .ok)
            let lines = csv.text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.first == IndicatorValueImport.columns.joined(separator: ","))
            #expect(lines.count == 1 + 26 * 31)
            #expect(lines.contains { $0.hasPrefix("CIN-REREF,2017-10,") && $0.contains(",provisional,") })

            let list = try await app.api(SiteURL.api(.indicators).path, as: Who.viewer)
            #expect(list.status == .ok)
            #expect(list.text.contains("\"code\":\"CIN-REREF\""))
            #expect(list.text.contains("\"england\":22"))
            let values = try await app.api(SiteURL.api(.indicatorValues(.value("CIN-REREF"))).path, as: Who.viewer)
            #expect(values.status == .ok)
            #expect(values.text.contains("\"period\":\"2015-04\""))
            #expect(try await app.api(SiteURL.api(.indicatorValues(.value("NOPE"))).path, as: Who.viewer).status == .notFound)
        }
    }

    @Test("The scorecard compares each figure with England and the statistical neighbours, in words")
    func benchmarks() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let page = try await app.get(SiteURL.scorecard(.value(council.id)).path, as: Who.viewer)
            #expect(page.text.contains("<th scope=\"col\" class=\"ov-table__header\">England</th>") || page.text.contains(">England<"))
            #expect(page.text.contains("We are better") || page.text.contains("We are worse") || page.text.contains("We are similar"))
        }
    }
}

@Suite("Adding indicators from the catalogue")
struct IndicatorCatalogueTests {
    @Test("A programme manager adds a standard indicator the council lacks; adding it twice is refused")
    func add() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.delete(from: "indicators").where("code", .equal, "CL-EET").run()
            let page = try await app.get(SiteURL.indicatorCatalogue(cid).path, as: Who.programmeManager)
            #expect(page.text.contains("1 indicator not yet on the scorecard"))
            #expect(page.text.contains("Care leavers aged 19 to 21 in education, employment or training"))
            #expect(try await app.post(SiteURL.indicatorCatalogue(cid).path, form: [("code", "CL-EET")], as: Who.viewer).status == .forbidden)
            let added = try await app.post(SiteURL.indicatorCatalogue(cid).path, form: [("code", "CL-EET")], as: Who.programmeManager)
            #expect(added.status == .seeOther)
            let indicator = try #require(try await IndicatorStore.indicators(in: council.id, on: app.db).first { $0.code == "CL-EET" })
            #expect(indicator.polarity == .higherIsBetter && indicator.unit == .percentage)
            let again = try await app.post(SiteURL.indicatorCatalogue(cid).path, form: [("code", "CL-EET")], as: Who.programmeManager)
            #expect(again.status == .unprocessableEntity)
            #expect(again.text.contains("is not in the catalogue or is on the scorecard already"))
        }
    }
}
