import Foundation
@testable import OversightApp
import OversightDocuments
import OversightDomain
import OversightStore
import Testing
import VaporTesting

/// Each finding of the hardening review, as a request a stranger or a user could send. Before the
/// fixes, the first three ended the whole server process; the rest echoed markup or overflowed.
@Suite("Hostile input")
struct HostileInputTests {
    static let markup = #"<svg onload=alert("x")>"#

    @Test("The public calendar refuses months it cannot show, naming the parameter and the range, and stays up")
    func calendarMonths() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let url = SiteURL.calendar(.value(council.id)).path
            for from in ["9999-12", "0001-01", "10000-01", "2017-13", "-2017-01", "2017-1", "1899-12", "2200-01"] {
                let refused = try await app.get(url + "?from=" + from, as: nil)
                #expect(refused.status == .badRequest, "from=\(from)")
                #expect(refused.text.contains("from must be a month written as year and month, such as 2017-10, from 1900-01 to 2199-12"))
            }
            #expect(try await app.get(url + "?from=2199-12", as: nil).status == .ok)
            #expect(try await app.get(url + "?from=1900-01", as: nil).status == .ok)
        }
    }

    @Test("Paged API lists refuse pages beyond any list, in JSON that names the parameter")
    func apiPaging() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let list = SiteURL.api(.meetings(.value(council.id))).path
            for (query, message) in [
                ("page=9223372036854775807", "page must be a whole number from 1 to 100000"),
                ("page=0", "page must be a whole number from 1 to 100000"),
                ("page=-1", "page must be a whole number from 1 to 100000"),
                ("perPage=201", "perPage must be a whole number from 1 to 200"),
                ("perPage=9223372036854775807&page=2", "perPage must be a whole number from 1 to 200"),
            ] {
                let response = try await app.get(list + "?" + query, as: nil)
                #expect(response.status == .badRequest, "\(query)")
                #expect(response.headers.contentType == .json)
                #expect(response.text.contains(message))
            }
            let last = try await app.get(list + "?page=100000", as: nil)
            #expect(last.status == .ok && last.text.contains(#""items":[]"#))
        }
    }

    @Test("Pages of the audit trail and of plan lists refuse pages that are not whole numbers in range")
    func htmlPaging() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            for path in [SiteURL.audit.path, SiteURL.plans(.value(council.id)).path] {
                for page in ["9223372036854775807", "abc", "0"] {
                    let response = try await app.get(path + "?page=" + page)
                    #expect(response.status == .badRequest, "\(path)?page=\(page)")
                    #expect(response.text.contains("page must be a whole number from 1 to 100000"))
                }
            }
            #expect(try await app.get(SiteURL.audit.path + "?page=100000").status == .ok)
        }
    }

    @Test("An edit carrying a version no record can have is refused, and nothing changes")
    func hugeVersion() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let person = try #require(try await PersonStore.all(in: council.id, on: app.db).first)
            let response = try await app.post(SiteURL.editPerson(.value(council.id), .value(person.id)).path, form: [
                ("name", "Renamed by a huge version"), ("version", "9223372036854775807"),
            ])
            #expect(response.status == .badRequest)
            #expect(response.text.contains("version must be the whole number the form was given"))
            #expect(try await PersonStore.find(person.id, in: council.id, on: app.db)?.name == person.name)
        }
    }

    @Test("A date outside the years Oversight takes is a field error, not a stored date that breaks pages later")
    func farDates() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let response = try await app.post(SiteURL.newRisk(.value(council.id)).path, form: [
                ("title", "A risk raised at the end of time"), ("raised-day", "31"), ("raised-month", "12"), ("raised-year", "9999"),
            ], as: Who.programmeManager)
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("must be in a year from 1900 to 2199"))
            #expect(try await app.get(SiteURL.risks(.value(council.id)).path, as: Who.viewer).status == .ok)
        }
    }

    @Test("Figures too large to be real are refused where they are typed")
    func hugeFigures() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let indicator = try await app.demoIndicator("CIN-REREF", in: council)
            let response = try await app.post(SiteURL.indicatorValue(.value(council.id), .value(indicator.id)).path, form: [
                ("period", "2017-11"), ("numerator", "1e19"), ("denominator", "1e19"), ("version", "0"),
            ], as: Who.performance)
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("is too large; figures are at most 1,000,000,000,000"))
            #expect(try await app.get(SiteURL.scorecard(.value(council.id)).path, as: Who.viewer).status == .ok)
            #expect(IndicatorUnit.count.format(1e30) == "1e+30")
            #expect(IndicatorUnit.percentage.formatDifference(.infinity).hasSuffix("percentage points"))
        }
    }

    @Test("A value echoed back into a form cannot leave its attribute")
    func echoedAttribute() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            // A name with markup and an email with a mistake: the form comes back with both filled in.
            let response = try await app.post(SiteURL.people(.value(council.id)).path, form: [
                ("name", Self.markup), ("jobTitle", #"" autofocus onfocus="alert(1)"#), ("email", "not an email"),
            ])
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains(#"value="&lt;svg onload=alert(&quot;x&quot;)&gt;""#))
            #expect(response.text.contains(#"value="&quot; autofocus onfocus=&quot;alert(1)""#))
            #expect(!response.text.contains("<svg onload"))
            #expect(!response.text.contains(#"" autofocus"#))
        }
    }

    @Test("Text is shown exactly as typed: entities a user types are not read as markup")
    func typedEntities() {
        let html = el("p", [("title", "&lt;b&gt; & \"q\" 'a'")], text: "&lt;b&gt; &amp; <i>").render()
        #expect(html == #"<p title="&amp;lt;b&amp;gt; &amp; &quot;q&quot; &#39;a&#39;">&amp;lt;b&amp;gt; &amp;amp; &lt;i&gt;</p>"#)
    }

    @Test("The page Chromium prints forbids scripts, fetches and frames")
    func printablePolicy() throws {
        let document = OversightDocuments.Document(title: "T", blocks: [.paragraph([.link(text: "x", url: "javascript:alert(1)")])])
        let html = ReportViews.printable(document, council: "C")
        #expect(html.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-"#))
        #expect(!html.contains("javascript:"))
    }

    @Test("Sign-in refuses an address or a password too long to be one, before looking anything up")
    func longSignIn() async throws {
        try await withTestApp(demo: false) { app in
            let form = try await app.testing().sendRequest(.GET, SiteURL.signIn.path)
            let token = try #require(form.headers.setCookie?[CSRF.cookieName]?.string)
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            var cookies = HTTPCookies()
            cookies[CSRF.cookieName] = .init(string: token)
            headers.cookie = cookies
            let email = String(repeating: "a", count: 400) + "@northshire.example"
            let response = try await app.testing().sendRequest(.POST, SiteURL.signIn.path, headers: headers,
                                                               body: ByteBuffer(string: "_csrf=\(token)&email=\(email)&password=x"))
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("Email address must be 320 characters or fewer"))
            let events = try await SecurityEventStore.list(.init(kind: "sign-in.failure"), limit: 5, offset: 0, on: app.db)
            #expect(events.total == 0)
        }
    }

    @Test("A visitor who is not signed in may post only a small form, refused on its declared length")
    func anonymousBodies() async throws {
        try await withTestApp(demo: false) { app in
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            let body = ByteBuffer(string: "email=a&password=" + String(repeating: "x", count: 100_000))
            let response = try await app.testing().sendRequest(.POST, SiteURL.signIn.path, headers: headers, body: body)
            #expect(response.status == .payloadTooLarge)
        }
    }

    @Test("The audit trail's filter is a prefix, whatever characters it holds")
    func auditFilter() async throws {
        try await withTestApp { app in
            let all = try await AuditStore.list(.init(), limit: 1, on: app.db).total
            #expect(try await AuditStore.list(.init(action: "%"), limit: 1, on: app.db).total == 0)
            #expect(try await AuditStore.list(.init(action: "_"), limit: 1, on: app.db).total == 0)
            let people = try await AuditStore.list(.init(action: "person."), limit: 1, on: app.db).total
            #expect(people > 0 && people < all)
        }
    }

    @Test("A method a path does not take is 405 with the methods it does take")
    func methodNotAllowed() async throws {
        try await withTestApp(demo: false) { app in
            let response = try await app.testing().sendRequest(.DELETE, "/api/v1/councils")
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers.first(name: .allow) == "GET, HEAD")
            #expect(try await app.testing().sendRequest(.DELETE, "/no/such/path").status == .notFound)
        }
    }
}
