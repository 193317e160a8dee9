import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import Testing
import VaporTesting

/// A member of the public who knows only the site's address reaches the council's meetings,
/// reports and committees by clicking, and never anything exempt or unpublished.
@Suite("The public site's front door")
struct PublicSiteTests {
    @Test("A visitor at the site's address reaches the council's public home: its meetings, published reports and committees")
    func frontDoor() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let root = try await app.get("/", as: nil)
            #expect(root.status == .seeOther)
            #expect(root.headers.first(name: .location) == SiteURL.council(cid).path, "one council: straight to its public home")

            let home = try await app.get(SiteURL.council(cid).path, as: nil)
            #expect(home.status == .ok)
            let html = ReportPublicTests.unescaped(home.text)
            #expect(html.contains("<h1") && html.contains(council.name))
            #expect(!html.contains("Sign in to Oversight"), "signing in is a link, not the whole page")
            #expect(html.contains(#"href="/sign-in">Sign in</a>"#))
            for body in try await BodyStore.all(in: council.id, on: app.db) {
                #expect(html.contains(body.name) && html.contains(SiteURL.body(cid, .value(body.id)).path), "\(body.name) is listed")
            }
            let all = try await ReportStore.list(in: council.id, publishedOnly: false, on: app.db)
            let published = try await ReportStore.list(in: council.id, publishedOnly: true, on: app.db)
            let newest = try #require(published.first)
            #expect(html.contains(newest.title) && html.contains(SiteURL.report(cid, .value(newest.id)).path))
            for draft in all where !published.contains(draft) {
                #expect(!html.contains(draft.title), "the draft \(draft.title) is not shown")
            }
            for secret in [DemoExempt.boardAction, DemoExempt.draftAgendaItem, DemoExempt.draftReportTitle] {
                #expect(!html.contains(secret), "nothing exempt or unpublished: \(secret)")
            }
            // The latest Part I decision of a published agenda is there; no decision on Part II business is.
            let meetings = try await MeetingStore.meetings(in: council.id, on: app.db)
            let items = try await MeetingStore.items(of: meetings.map(\.id), on: app.db)
            let decisions = try await MeetingStore.decisions(of: meetings.map(\.id), on: app.db)
            let exempt = Set(items.filter(\.isExempt).map(\.id))
            let agendas = Set(meetings.filter { $0.agendaPublishedOn != nil }.map(\.id))
            let position = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0.position) })
            let lastMeeting = try #require(meetings.filter { meeting in
                agendas.contains(meeting.id) && decisions.contains { $0.meetingID == meeting.id && !exempt.contains($0.itemID) }
            }.max { $0.date < $1.date })
            let latest = try #require(decisions.filter { $0.meetingID == lastMeeting.id && !exempt.contains($0.itemID) }
                .min { (position[$0.itemID] ?? 0, $0.number) < (position[$1.itemID] ?? 0, $1.number) })
            #expect(html.contains(latest.text), "the latest decision is shown")
            for decision in decisions where exempt.contains(decision.itemID) {
                #expect(!html.contains(decision.text), "a Part II decision is not shown")
            }
            // The programme itself is for staff.
            #expect(!html.contains(SiteURL.plans(cid).path) && !html.contains(SiteURL.risks(cid).path))
        }
    }

    @Test("Every public page leads back to the council's public home and to the statements")
    func navigation() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let meeting = try #require(try await MeetingStore.meetings(in: council.id, on: app.db).first)
            for path in [SiteURL.council(cid), .reports(cid), .bodies(cid), .calendar(cid), .meeting(cid, .value(meeting.id))].map(\.path) {
                let page = try await app.get(path, as: nil)
                #expect(page.status == .ok, "\(path)")
                #expect(page.text.contains(#"<a class="ov-header__link" href="\#(SiteURL.council(cid).path)""#), "\(path) links home")
                #expect(page.text.contains(#"href="/accessibility">Accessibility statement</a>"#)
                        && page.text.contains(#"href="/privacy">Privacy notice</a>"#), "\(path) links the statements")
            }
        }
    }

    @Test("A signed-in person at the council's address still sees the dashboard")
    func staffKeepTheDashboard() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let page = try await app.get(SiteURL.council(.value(council.id)).path, as: Who.programmeManager)
            #expect(page.status == .ok)
            #expect(page.text.contains(SiteURL.plans(.value(council.id)).path), "the menu leads to the plans")
            #expect(!page.text.contains("Recently published reports"))
        }
    }

    @Test("The accessibility statement and the privacy notice are public and name the council")
    func statements() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let accessibility = try await app.get(SiteURL.accessibility.path, as: nil)
            #expect(accessibility.status == .ok)
            #expect(accessibility.text.contains("This website is run by \(council.name)"))
            #expect(accessibility.text.contains("Equality Advisory and Support Service"))
            let privacy = try await app.get(SiteURL.privacy.path, as: nil)
            #expect(privacy.status == .ok)
            #expect(privacy.text.contains("\(council.name) is the controller") && privacy.text.contains("ico.org.uk"))
        }
    }
}
