@testable import OversightApp
import OversightDomain
import OversightStore
import Testing
import VaporTesting

@Suite("Council pages")
struct CouncilRouteTests {
    @Test("The first page shows the demo council's programme, not an empty shell")
    func homeShowsProgramme() async throws {
        try await withTestApp { app in
            let home = try await app.get("/")
            #expect(home.status == .seeOther)
            let location = try #require(home.location)
            let page = try await app.get(location)
            #expect(page.status == .ok)
            #expect(page.headers.first(name: .contentType) == "text/html; charset=utf-8")
            #expect(page.text.contains("<html lang=\"en-GB\""))
            #expect(page.text.contains("Northshire County Council"))
            #expect(page.text.contains("Full inspection, September 2015"))
            #expect(page.text.contains("report published 27 November 2015"))
            #expect(page.text.contains("Inadequate"))
            #expect(page.text.contains("10 recommendations to answer"))
            #expect(page.text.contains("Skip to main content"))
        }
    }

    @Test("With no council, the home page says how to start")
    func welcome() async throws {
        try await withTestApp(demo: false) { app in
            let page = try await app.get("/")
            #expect(page.status == .ok)
            #expect(page.text.contains("Welcome to Oversight"))
            #expect(page.text.contains("href=\"/councils/new\""))
        }
    }

    @Test("Adding a council with bad input gets 422, a linked summary and the input kept")
    func createInvalid() async throws {
        try await withTestApp(demo: false) { app in
            let response = try await app.post("/councils", form: [
                ("name", ""), ("kind", "parish"), ("areas", "Fenwick\nfenwick"),
                ("financialYearStart-day", "31"), ("financialYearStart-month", "2"),
            ])
            #expect(response.status == .unprocessableEntity)
            let html = response.text
            #expect(html.contains("<title>Error: Add a council"))
            #expect(html.contains("There is a problem"))
            #expect(html.contains(##"<a href="#name">Enter the council&#39;s name</a>"##) || html.contains(##"<a href="#name">Enter the council's name</a>"##))
            #expect(html.contains(##"href="#kind">Select the kind of council"##))
            #expect(html.contains(##"href="#areaLabel">Select what the council calls its areas"##))
            #expect(html.contains("is listed twice"))
            #expect(html.contains("Financial year start must be a real day and month"))
            #expect(html.contains("Fenwick\nfenwick</textarea>"))
            #expect(try await CouncilStore.count(on: app.db) == 0)
        }
    }

    @Test("Adding a council redirects to it with a success banner shown once")
    func createValid() async throws {
        try await withTestApp(demo: false) { app in
            let response = try await app.post("/councils", form: [
                ("name", "Southshire Council"), ("kind", "unitary"), ("areaLabel", "wards"),
                ("areas", "Abbey\n\n  Beckside  \n"), ("financialYearStart-day", "1"),
                ("financialYearStart-month", "4"),
            ])
            #expect(response.status == .seeOther)
            let location = try #require(response.location)
            let cookie = try #require(response.headers.setCookie?["ov_notice"])
            var headers = HTTPHeaders()
            headers.cookie = HTTPCookies(dictionaryLiteral: ("ov_notice", cookie))
            let page = try await app.get(location, headers: headers)
            #expect(page.text.contains("Council added"))
            #expect(page.text.contains("Abbey\nBeckside"))
            let council = try #require(try await CouncilStore.all(on: app.db).first)
            #expect(council.areas == ["Abbey", "Beckside"])
            #expect(council.areaLabel == .wards)
        }
    }

    @Test("A stale edit gets 409, keeps the user's text and shows what is saved now")
    func staleEdit() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let path = SiteURL.editCouncil(.value(council.id)).path
            let fields: (String) -> [(String, String)] = { name in [
                ("version", "1"), ("name", name), ("kind", "county"), ("areaLabel", "electoral-divisions"),
                ("areas", "Fenwick"), ("financialYearStart-day", "1"), ("financialYearStart-month", "4"),
            ] }
            let first = try await app.post(path, form: fields("Northshire County Council (first)"))
            #expect(first.status == .seeOther)
            let second = try await app.post(path, form: fields("My version of the name"))
            #expect(second.status == .conflict)
            #expect(second.text.contains("Someone else saved a change while you were editing"))
            #expect(second.text.contains(#"value="My version of the name""#))
            #expect(second.text.contains("Northshire County Council (first)"))
            #expect(second.text.contains(#"name="version" value="2""#))
            #expect(try await app.demoCouncilName() == "Northshire County Council (first)")
        }
    }

    @Test("Unknown and malformed council ids are 404 pages that leak nothing")
    func notFound() async throws {
        try await withTestApp { app in
            for path in ["/councils/00000000-0000-0000-0000-00000000ffff", "/councils/not-an-id",
                         "/councils/00000000-0000-0000-0000-00000000ffff/people", "/no/such/page"] {
                let response = try await app.get(path)
                #expect(response.status == .notFound, "\(path)")
                #expect(response.text.contains("Page not found"))
                #expect(!response.text.contains("Abort"))
            }
        }
    }
}

extension Application {
    func demoCouncilName() async throws -> String? {
        try await CouncilStore.all(on: db).first?.name
    }
}
