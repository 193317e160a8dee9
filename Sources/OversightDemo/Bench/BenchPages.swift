import Fluent
import Foundation
import OversightApp
import OversightDomain
import OversightStore
import Vapor

/// Pages and documents, through the whole application in this process, as the programme
/// manager: each made afresh (the page cache switched off), then served from the page cache.
struct BenchPages {
    let app: Application
    let council: Council
    let timing: BenchTiming

    func run() async throws {
        var client = BenchClient(app: app)
        try await client.signIn("pm@northshire.example", password: DemoCouncil.password)
        let plans = try await PlanStore.plans(in: council.id, on: app.db)
        guard let largest = try await largestPlan(plans) else { throw OversightAdmin.Problem.message("the demo has no plans") }
        let actions = try await PlanStore.find(largest.id, in: council.id, on: app.db)?.actions.count ?? 0
        let cid = Parameter.value(council.id), pid = Parameter.value(largest.id)
        let pages: [(String, String)] = [
            ("Dashboard (the council's overview)", SiteURL.council(cid).path),
            ("Plan overview (\(actions) actions)", SiteURL.plan(cid, pid).path),
            ("Exceptions (\(actions) actions)", SiteURL.exceptions(cid, pid).path),
            ("Coverage (\(actions) actions)", SiteURL.coverage(cid, pid).path),
            ("Scorecard (every indicator)", SiteURL.scorecard(cid).path),
            ("Risk register", SiteURL.risks(cid).path),
        ]
        app.oversight.switchPageCache(on: false)
        timing.header("Pages, made afresh", "Through the whole application in this process (session, permissions, queries, rendering), signed in as the programme manager, with the page cache switched off.")
        for (name, path) in pages { try await time(name, path, &client) }
        app.oversight.switchPageCache(on: true)
        timing.header("Pages, from the page cache", "The same pages once made: one query for the audit trail's head, then the kept bytes.")
        for (name, path) in pages { try await time(name, path, &client) }
        try await report(of: largest, actions: actions, &client)
    }

    private func time(_ name: String, _ path: String, _ client: inout BenchClient) async throws {
        var copy = client
        try await timing.measure(name) {
            let answer = try await copy.send(.GET, path)
            guard answer.status == .ok else { throw OversightAdmin.Problem.message("\(path) answered \(answer.status.code)") }
            return answer.body.readableBytes
        }
        client = copy
    }

    /// The plan with the most actions: a load-test plan when `--scale` is above 0.
    private func largestPlan(_ plans: [Plan]) async throws -> Plan? {
        var best: (Plan, Int)?
        for plan in plans {
            let count = try await PlanStore.find(plan.id, in: council.id, on: app.db)?.actions.count ?? 0
            if count > best?.1 ?? -1 { best = (plan, count) }
        }
        return best?.0
    }

    /// A committee report whose appendix is the plan: drafted, timed, then published and timed again.
    private func report(of plan: Plan, actions: Int, _ client: inout BenchClient) async throws {
        guard let template = try await ReportTemplateStore.find(ReportTemplateStore.standardID, on: app.db) else {
            throw OversightAdmin.Problem.message("the standard report template is missing")
        }
        guard let cabinet = try await BodyStore.all(in: council.id, on: app.db).first(where: { $0.kind == .cabinet }) else {
            throw OversightAdmin.Problem.message("the council has no Cabinet to report to")
        }
        let dependencies = app.oversight.dependencies
        let report = Report(
            id: .init(dependencies.newID()), councilID: council.id, templateID: template.id, body: ReportCommittee(cabinet),
            meetingDate: CalendarDate(year: 2031, month: 1, day: 15)!, reportOf: "the Director of Children's Services",
            part: .partI, areas: .all, title: "Benchmark report", contact: ReportContact(name: "David Okafor", telephone: "(01632) 960102", jobTitle: nil, email: nil),
            sections: ["executive-summary": "Summary.", "recommendation": "Approve.", "background": "Background."],
            implications: [], backgroundPapers: [], exemption: nil, keyDecision: nil)
        try await CreateReport(dependencies: dependencies)(report, by: .commandLine, on: app.db)
        try await AddAppendix(dependencies: dependencies)(to: report, title: "The plan", source: .generated(.plan(plan.id)),
                                                          bytes: nil, by: .commandLine, on: app.db)
        let cid = Parameter.value(council.id), rid = Parameter.value(report.id)
        timing.header("A report whose appendix is a \(actions)-action plan",
                      "While a draft, the appendix is built from the live plan on every request; once published, from the frozen document. Through the whole application, page cache off.")
        app.oversight.switchPageCache(on: false)
        defer { app.oversight.switchPageCache(on: true) }
        try await time("Report page (draft)", SiteURL.report(cid, rid).path, &client)
        try await time("Word `.docx` (draft)", SiteURL.reportDocx(cid, rid).path, &client)
        try await time("Markdown (draft)", SiteURL.reportMarkdown(cid, rid).path, &client)
        try await TransitionReport(dependencies: dependencies)(report, event: .clear, template: template.template,
                                                               expectedVersion: 1, by: .commandLine, on: app.db)
        var cleared = report
        cleared.status = .cleared
        try await PublishReport(dependencies: dependencies)(
            cleared, template: template.template, council: council, publishedOn: CalendarDate(year: 2031, month: 1, day: 2)!,
            lateReason: nil, rules: PublicationRules(holidays: try await BankHolidayStore.holidays(on: app.db)),
            expectedVersion: 2, by: .commandLine, on: app.db)
        try await time("Report page (published)", SiteURL.report(cid, rid).path, &client)
        try await time("Word `.docx` (published)", SiteURL.reportDocx(cid, rid).path, &client)
        try await keptPDF(SiteURL.reportPDF(cid, rid).path, &client)
    }

    /// A published report's PDF is printed by Chromium once and its copy kept; this times the
    /// copy served. Without Chromium the first request is refused (503) and there is nothing kept.
    private func keptPDF(_ path: String, _ client: inout BenchClient) async throws {
        let first = try await client.send(.GET, path)
        guard first.status == .ok else {
            timing.say("\nThe PDF was not measured: the server answered \(first.status.code) (Chromium is needed to print it once; Debian: `apt-get install chromium`).")
            return
        }
        try await time("PDF (published, from its kept copy)", path, &client)
    }
}
