@testable import OversightApp
import OversightDomain
import OversightStore
import Testing
import VaporTesting

@Suite("People pages")
struct PersonRouteTests {
    @Test("The people list shows the demo council's directory")
    func list() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let page = try await app.get(SiteURL.people(.value(council.id)).path)
            #expect(page.status == .ok)
            #expect(page.text.contains("Helen Marsh"))
            #expect(page.text.contains("Director of Children&#39;s Services") || page.text.contains("Director of Children's Services"))
            #expect(page.text.contains("17 people"))
        }
    }

    @Test("Bad contact details are refused with messages naming the fix")
    func invalid() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let response = try await app.post(SiteURL.people(.value(council.id)).path, form: [
                ("name", "  "), ("jobTitle", "Analyst"), ("telephone", "call me"), ("email", "not-an-email"),
            ])
            #expect(response.status == .unprocessableEntity)
            let html = response.text
            let name = try #require(html.range(of: "Enter the person"))
            let phone = try #require(html.range(of: "Enter a telephone number"))
            let email = try #require(html.range(of: "Enter an email address in the correct format"))
            #expect(name.lowerBound < phone.lowerBound && phone.lowerBound < email.lowerBound, "errors in page order")
            #expect(html.contains(#"value="Analyst""#))
            #expect(html.contains(#"aria-describedby="email-error""#))
            #expect(try await PersonStore.count(in: council.id, on: app.db) == 17)
        }
    }

    @Test("Adding then changing a person")
    func addAndEdit() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let created = try await app.post(SiteURL.people(.value(council.id)).path, form: [
                ("name", "Ada Lovelace"), ("jobTitle", ""), ("telephone", "(01632) 960999"),
                ("email", "ada@northshire.example"),
            ])
            #expect(created.status == .seeOther)
            let location = try #require(created.location)
            let page = try await app.get(location)
            #expect(page.text.contains("Ada Lovelace"))
            #expect(page.text.contains("Not given"))

            let edit = try await app.post(location + "/edit", form: [
                ("version", "1"), ("name", "Ada King"), ("jobTitle", "Analyst"), ("telephone", ""), ("email", ""),
            ])
            #expect(edit.status == .seeOther)
            let people = try await PersonStore.all(in: council.id, on: app.db)
            let ada = try #require(people.first { $0.name == "Ada King" })
            #expect(ada.jobTitle == "Analyst")
            #expect(ada.telephone == nil)
            #expect(ada.version == 2)
        }
    }

    @Test("A person cannot be reached through another council's address")
    func crossCouncil() async throws {
        try await withTestApp { app in
            let north = try await app.demoCouncil()
            let person = try #require(try await PersonStore.all(in: north.id, on: app.db).first)
            let other = try await app.post("/councils", form: [
                ("name", "Southshire Council"), ("kind", "unitary"), ("areaLabel", "wards"), ("areas", ""),
                ("financialYearStart-day", "1"), ("financialYearStart-month", "4"),
            ])
            let southPath = try #require(other.location)
            let response = try await app.get("\(southPath)/people/\(person.id)")
            #expect(response.status == .notFound)
            let api = try await app.api("/api/v1\(southPath)/people/\(person.id)")
            #expect(api.status == .notFound)
        }
    }

    @Test("Hostile text is escaped wherever it is shown")
    func escaping() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let created = try await app.post(SiteURL.people(.value(council.id)).path, form: [
                ("name", "<script>alert('x')</script>"), ("jobTitle", "\"><img src=x onerror=alert(1)>"),
            ])
            let page = try await app.get(try #require(created.location))
            #expect(!page.text.contains("<script>alert"))
            #expect(!page.text.contains("<img src=x"))
            #expect(page.text.contains("&lt;script&gt;"))
        }
    }
}
