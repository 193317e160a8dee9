import Foundation
@testable import OversightApp
import OversightDomain
import OversightStore
import Testing
import VaporTesting

@Suite("Page cache")
struct PageCacheTests {
    private func people(_ page: TestingHTTPResponse) -> String? {
        page.text.range(of: #"\d+ people in the directory"#, options: .regularExpression).map { String(page.text[$0]) }
    }

    @Test("The dashboard is kept until something changes, then shows the change at once")
    func keptUntilChange() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let path = SiteURL.council(.value(council.id)).path
            #expect(people(try await app.get(path)) == "17 people in the directory")
            let hits = app.oversight.pageCache.usage.hits
            #expect(people(try await app.get(path)) == "17 people in the directory")
            #expect(app.oversight.pageCache.usage.hits == hits + 1, "the second view is served from the cache")
            let added = try await app.post(SiteURL.people(.value(council.id)).path, form: [
                ("name", "Ada Lovelace"), ("jobTitle", ""), ("telephone", ""), ("email", "ada@northshire.example"),
            ])
            #expect(added.status == .seeOther)
            #expect(people(try await app.get(path)) == "18 people in the directory")
        }
    }

    @Test("Each session gets its own copy, carrying its own form token")
    func perSession() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let path = SiteURL.council(.value(council.id)).path
            for email in [Who.admin, Who.programmeManager, Who.admin, Who.programmeManager] {
                let page = try await app.get(path, as: email)
                let session = try await app.session(email)
                #expect(page.text.contains(#"name="_csrf" value="\#(session.csrf)""#), "\(email)'s page carries \(email)'s token")
            }
            #expect(app.oversight.pageCache.usage.entries == 2)
        }
    }

    @Test("A notice banner shows once and is never kept for the next view")
    func notices() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let path = SiteURL.council(.value(council.id)).path
            var withNotice = HTTPHeaders()
            withNotice.cookie = [Notice.cookieName: .init(string: Notice.personAdded.rawValue)]
            #expect(try await app.get(path).text.contains("Person added") == false)
            #expect(try await app.get(path, headers: withNotice).text.contains("Person added"))
            #expect(try await app.get(path).text.contains("Person added") == false)
        }
    }

    @Test("A change made through another instance on the same database shows at once")
    func twoInstances() async throws {
        try await withTestApp(sqliteFile: true) { app in
            let council = try await app.demoCouncil()
            let path = SiteURL.council(.value(council.id)).path
            let other = try await Application.make(.testing)
            do {
                try configure(other, database: app.oversight.database, dependencies: .fixed())
                #expect(people(try await other.get(path)) == "17 people in the directory")
                #expect(people(try await other.get(path)) == "17 people in the directory")
                _ = try await app.post(SiteURL.people(.value(council.id)).path, form: [
                    ("name", "Ada Lovelace"), ("jobTitle", ""), ("telephone", ""), ("email", "ada@northshire.example"),
                ])
                #expect(people(try await other.get(path)) == "18 people in the directory")
            } catch {
                try? await other.asyncShutdown()
                throw error
            }
            try await other.asyncShutdown()
        }
    }

    @Test("Signing out through one instance ends the session on the other at once, though it knew the session")
    func signOutAcrossInstances() async throws {
        try await withTestApp(sqliteFile: true) { app in
            let council = try await app.demoCouncil()
            // A cached page for staff only (the council's address shows a visitor its public home).
            let path = SiteURL.plans(.value(council.id)).path
            let session = try await app.session(Who.programmeManager)
            let other = try await Application.make(.testing)
            do {
                try configure(other, database: app.oversight.database, dependencies: .fixed())
                for _ in 1...2 {
                    #expect(try await other.testing().sendRequest(.GET, path, headers: app.headers(for: session)).status == .ok)
                }
                #expect(other.oversight.sessions.usage.hits >= 1, "the second request knew the session without asking the database")
                #expect(try await app.post(SiteURL.signOut.path, form: [], as: Who.programmeManager).status == .seeOther)
                let after = try await other.testing().sendRequest(.GET, path, headers: app.headers(for: session))
                #expect(after.status == .seeOther)
                #expect(after.headers.first(name: .location)?.hasPrefix(SiteURL.signIn.path) == true)
            } catch {
                try? await other.asyncShutdown()
                throw error
            }
            try await other.asyncShutdown()
        }
    }

    @Test("Disabling an account ends its sessions and API tokens at once, cached or not")
    func disabling() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let path = SiteURL.plans(.value(council.id)).path
            let token = try await CreateAPIToken(dependencies: app.oversight.dependencies)(
                for: try #require(try await AccountStore.find(email: Who.viewer, on: app.db)).0, name: "cache check",
                by: .commandLine, on: app.db)
            var bearer = HTTPHeaders()
            bearer.bearerAuthorization = .init(token: token)
            for _ in 1...2 {
                #expect(try await app.get(path, as: Who.viewer).status == .ok)
                #expect(try await app.testing().sendRequest(.GET, "/api/v1/plans", headers: bearer).status == .ok)
            }
            try await DisableUser(dependencies: app.oversight.dependencies)(email: Who.viewer, by: .commandLine, on: app.db)
            #expect(try await app.get(path, as: Who.viewer).status == .seeOther)
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/plans", headers: bearer).status == .unauthorized)
        }
    }

    @Test("A lead's update empties its own plan's pages, and leaves the other plan, the dashboard and the scorecard kept")
    func scopedToWhatChanged() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let improvement = try await app.demoImprovementPlan(in: council), other = try await app.demoContinuousPlan(in: council)
            let cid = Parameter.value(council.id)
            let changed = [SiteURL.plan(cid, .value(improvement.id)).path, SiteURL.exceptions(cid, .value(improvement.id)).path]
            let kept = [SiteURL.plan(cid, .value(other.id)).path, SiteURL.scorecard(cid).path, SiteURL.plans(cid).path,
                        SiteURL.council(cid).path]
            for path in changed + kept { _ = try await app.get(path) }
            let record = try #require(try await PlanStore.find(improvement.id, in: council.id, on: app.db))
            let action = try #require(record.actions.first)
            let priority = try #require(record.priorities.first { $0.id == action.priorityID })
            var draft = action.draft
            draft.what += " (reworded)"
            try await UpdateAction(dependencies: app.oversight.dependencies)(action, in: priority, draft, expectedVersion: action.version,
                                                                             by: .commandLine, on: app.db)
            for path in kept {
                let hits = app.oversight.pageCache.usage.hits
                _ = try await app.get(path)
                #expect(app.oversight.pageCache.usage.hits == hits + 1, "\(path) is still served as kept")
            }
            for path in changed {
                let hits = app.oversight.pageCache.usage.hits
                let page = try await app.get(path)
                #expect(app.oversight.pageCache.usage.hits == hits, "\(path) is made afresh")
                if path == changed[0] { #expect(page.text.contains("(reworded)")) }
            }
        }
    }

    @Test("A plan's pages, for every viewer, are made from one reading of the plan until it changes")
    func planModelShared() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let plan = try await app.demoImprovementPlan(in: council)
            let cid = Parameter.value(council.id), pid = Parameter.value(plan.id)
            let pages = [SiteURL.plan(cid, pid), .exceptions(cid, pid), .coverage(cid, pid), .actions(cid, pid)].map(\.path)
            let admin = app.headers(for: try await app.session(Who.admin))
            let manager = app.headers(for: try await app.session(Who.programmeManager))
            let first = try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db)?.actions.first)
            let actionPage = SiteURL.action(cid, pid, .value(first.id)).path
            // Nine pages at once, none of them kept yet (an action's page with its own updates among
            // them): one reading of the plan, shared by the other eight.
            let before = app.oversight.planModels.usage.hits
            let answers = try await withThrowingTaskGroup(of: (HTTPStatus, String).self) { group in
                for (path, headers) in [admin, manager].flatMap({ headers in pages.map { ($0, headers) } }) + [(actionPage, manager)] {
                    group.addTask {
                        let answer = try await app.testing().sendRequest(.GET, path, headers: headers)
                        return (answer.status, answer.body.string)
                    }
                }
                return try await group.reduce(into: [(HTTPStatus, String)]()) { $0.append($1) }
            }
            #expect(answers.map(\.0) == Array(repeating: .ok, count: 9))
            // Its updates are read for it alone: it shows the latest.
            let latest = try #require(try await UpdateStore.updates(ofAction: first.id, on: app.db).last)
            // Its longest run of plain words, as Markdown and escaping leave them.
            let words = String(latest.narrative.split { "&<>\"'*_[]`#\n".contains($0) }.max { $0.count < $1.count }?.prefix(40) ?? "")
            #expect(words.count > 20 && answers.contains { $0.1.contains(words) }, "the action's page shows its latest update: \(words)")
            #expect(app.oversight.planModels.usage.hits == before + 8, "nine pages, one reading of the plan")

            // A change to the plan is read again, once, and shown on every page.
            let record = try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db))
            let action = try #require(record.actions.first)
            let priority = try #require(record.priorities.first { $0.id == action.priorityID })
            var draft = action.draft
            draft.what += " (reworded)"
            try await UpdateAction(dependencies: app.oversight.dependencies)(action, in: priority, draft, expectedVersion: action.version,
                                                                             by: .commandLine, on: app.db)
            let after = app.oversight.planModels.usage.hits
            let overview = try await app.testing().sendRequest(.GET, pages[0], headers: manager)
            #expect(app.oversight.planModels.usage.hits == after, "the changed plan is read again")
            let list = try await app.testing().sendRequest(.GET, pages[3], headers: admin)
            #expect(app.oversight.planModels.usage.hits == after + 1, "and that reading shared")
            #expect(overview.body.string.contains("(reworded)") && list.body.string.contains("(reworded)"))
        }
    }

    @Test("Readers asking for the same page at once after a change wait for one of them to make it")
    func madeOnce() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let path = SiteURL.risks(.value(council.id)).path
            let session = try await app.session(Who.admin)
            let headers = app.headers(for: session)
            _ = try await AddPerson(dependencies: app.oversight.dependencies)(
                PersonDraft(name: "Ada Lovelace", jobTitle: nil, telephone: nil, email: nil), to: council.id, by: .commandLine, on: app.db)
            let before = await app.oversight.pagesInFlight.made
            let pages = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 1...8 { group.addTask { try await app.testing().sendRequest(.GET, path, headers: headers).body.string } }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(pages.count == 8 && Set(pages).count == 1 && pages[0].contains("Risk register"))
            #expect(await app.oversight.pagesInFlight.made == before + 1, "eight readers, one page made")
        }
    }

    @Test("A visitor's public page is kept once for every visitor, and never under an address with a query")
    func publicPages() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let path = SiteURL.reports(.value(council.id)).path
            let first = try await app.get(path, as: nil)
            #expect(first.status == .ok)
            let hits = app.oversight.pageCache.usage.hits
            #expect(try await app.get(path, as: nil).body.string == first.body.string)
            #expect(app.oversight.pageCache.usage.hits == hits + 1, "the second visitor is served the kept page")
            let entries = app.oversight.pageCache.usage.entries
            for n in 1...5 { _ = try await app.get(path + "?page=\(n)", as: nil) }
            #expect(app.oversight.pageCache.usage.entries == entries, "addresses with a query are made afresh and not kept")
        }
    }

    @Test("A page is served only under the generations it was made from, and the oldest pages go when the cache is full")
    func budget() {
        let cache = PageCache.make(budget: 16 * 1024)
        func entry(_ bytes: Int) -> PageCache.Entry {
            .init(status: .ok, headers: [:], body: ByteBuffer(repeating: 0x61, count: bytes))
        }
        func key(_ uri: String) -> PageCache.Key { .init(uri: uri, viewer: "session 1", day: "2017-01-18") }
        for n in 1...10 { cache.store(entry(1000), for: key("/\(n)"), generation: [3, 7]) }
        #expect(cache.usage.entries == 10)
        cache.store(entry(1000), for: key("/11"), generation: [3, 7])
        #expect(cache.value(key("/1"), generation: [3, 7]) == nil, "the oldest page made room")
        #expect(cache.value(key("/2"), generation: [3, 7]) != nil)
        #expect(cache.value(key("/11"), generation: [3, 7]) != nil)
        cache.store(entry(2000), for: key("/too-big"), generation: [3, 7])
        #expect(cache.value(key("/too-big"), generation: [3, 7]) == nil, "a page over an eighth of the budget is not kept")

        cache.store(entry(10), for: key("/2"), generation: [3, 6])
        #expect(cache.value(key("/2"), generation: [3, 7]) != nil, "a page made from older data does not replace a newer one")
        #expect(cache.value(key("/11"), generation: [3, 8]) == nil, "a change to one of its scopes empties a page")
        #expect(cache.value(key("/11"), generation: [3, 7]) == nil, "and it is gone for good")
        #expect(cache.value(key("/3"), generation: [3, 7]) != nil, "pages of other scopes are kept")
        #expect(cache.usage.entries == 9)
    }
}
