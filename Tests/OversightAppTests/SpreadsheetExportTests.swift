import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import Testing
import VaporTesting
import ZIPFoundation

@Suite("Excel exports")
struct SpreadsheetExportTests {
    /// The workbook's sheet names and, per sheet, every text in it (shared strings resolved).
    static func read(_ response: TestingHTTPResponse) throws -> (sheets: [String], text: String) {
        let archive = try Archive(data: Data(buffer: response.body), accessMode: .read)
        func part(_ path: String) throws -> String {
            let entry = try #require(archive[path], "\(path) is missing")
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            return String(decoding: bytes, as: UTF8.self)
        }
        let workbook = try part("xl/workbook.xml")
        let sheets = workbook.components(separatedBy: "<sheet name=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        return (sheets.map { $0.replacingOccurrences(of: "&amp;", with: "&") }, try part("xl/sharedStrings.xml")
            .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&apos;", with: "'"))
    }

    @Test("A plan's actions download as a workbook: every action, then a sheet per priority")
    func planActions() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let plan = try #require(try await PlanStore.plans(in: council.id, on: app.db).first { $0.kind == .improvement })
            let record = try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db))
            let response = try await app.get(SiteURL.actionsXLSX(.value(council.id), .value(plan.id)).path, as: Who.viewer)
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.description.hasPrefix("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") == true)
            #expect(response.headers.first(name: .contentDisposition)?.contains("plan-actions-2017-01-18.xlsx") == true)
            let (sheets, text) = try Self.read(response)
            #expect(sheets.count == 1 + record.priorities.count)
            #expect(sheets.first == "All actions")
            #expect(sheets.dropFirst().allSatisfy { $0.count <= 31 && !$0.contains(":") && !$0.contains("/") })
            for action in record.actions.prefix(5) { #expect(text.contains("<t>\(action.reference)</t>")) }
            let overview = try await app.get(SiteURL.plan(.value(council.id), .value(plan.id)).path, as: Who.viewer)
            #expect(overview.text.contains(SiteURL.actionsXLSX(.value(council.id), .value(plan.id)).path), "the plan page offers it")
        }
    }

    @Test("Exceptions, coverage, the scorecard, the register and the action log download as workbooks")
    func everyList() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let plan = try #require(try await PlanStore.plans(in: council.id, on: app.db).first { $0.kind == .improvement })
            let pid = Parameter.value(plan.id)
            let expected: [(SiteURL, String, String)] = [
                (.exceptionsXLSX(cid, pid), "Exceptions", "Exceptions"), (.coverageXLSX(cid, pid), "Coverage", "Recommendation"),
                (.scorecardXLSX(cid), "Latest figures", "Since a year before"), (.risksXLSX(cid), "Risk register", "Next review due"),
                (.boardActionsXLSX(cid), "Action log", "Closing note"),
            ]
            for (url, sheet, header) in expected {
                let response = try await app.get(url.path, as: Who.viewer)
                #expect(response.status == .ok, "\(url.path)")
                let (sheets, text) = try Self.read(response)
                #expect(sheets.first == sheet)
                #expect(text.contains("<t>\(header)</t>"), "\(url.path) has the column \(header)")
            }
            let scorecard = try Self.read(try await app.get(SiteURL.scorecardXLSX(cid).path, as: Who.viewer))
            #expect(scorecard.sheets == ["Latest figures", "Every figure"])
        }
    }

    @Test("The action log's workbook leaves out Part II actions for those who may not see them, as its page does")
    func partTwo() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let board = try #require(try await BodyStore.all(in: council.id, on: app.db).first { $0.name == DemoGovernance.board })
            var target: (Meeting, AgendaItem)?
            for meeting in try await MeetingStore.meetings(in: council.id, body: board.id, on: app.db)
            where meeting.date < DemoPlan.date(2017, 1, 18) && meeting.status != .cancelled {
                if let item = try await MeetingStore.record(meeting, body: board, on: app.db).items.first(where: { $0.part == .partII }) {
                    target = (meeting, item)
                    break
                }
            }
            let (meeting, item) = try #require(target)
            let owner = try #require(try await PersonStore.all(in: council.id, on: app.db).first)
            // Raised under the Part II item (written directly: that meeting's minutes are approved, so the
            // form would now refuse a new action).
            try await UnitOfWork.seed(on: app.db) { change in try await BoardActionStore.create(BoardAction(
                id: .init(UUID()), councilID: council.id, bodyID: board.id, meetingID: meeting.id, itemID: item.id,
                reference: "PART-II-1", what: "Negotiate the managed service contract", ownerID: owner.id,
                due: DemoPlan.date(2017, 6, 1)), at: Date(), on: change) }
            let withRight = try Self.read(try await app.get(SiteURL.boardActionsXLSX(cid).path, as: Who.board)).text
            let without = try Self.read(try await app.get(SiteURL.boardActionsXLSX(cid).path, as: Who.viewer)).text
            #expect(withRight.contains("Negotiate the managed service contract"))
            #expect(!without.contains("Negotiate the managed service contract"))
            #expect(!(try await app.get(SiteURL.boardActions(cid).path, as: Who.viewer).text.contains("Negotiate the managed service contract")))
        }
    }

    @Test("The audit trail downloads for administrators only, filtered as on its page")
    func audit() async throws {
        try await withTestApp { app in
            #expect(try await app.get(SiteURL.auditXLSX.path, as: Who.viewer).status == .forbidden)
            let all = try await app.get(SiteURL.auditXLSX.path, as: Who.admin)
            #expect(all.status == .ok)
            #expect(try Self.read(all).text.contains("<t>sign-in</t>"))
            let council = try await app.demoCouncil()
            #expect(try await app.post(SiteURL.people(.value(council.id)).path, form: [("name", "Audited Person")]).status == .seeOther)
            let filtered = try await app.get(SiteURL.auditXLSX.path(query: [("action", "person.")]), as: Who.admin)
            let text = try Self.read(filtered).text
            #expect(text.contains("<t>person.create</t>"))
            #expect(!text.contains("<t>sign-in</t>"))
            #expect(try await app.get(SiteURL.audit.path, as: Who.admin).text.contains(SiteURL.auditXLSX.path))
        }
    }
}
