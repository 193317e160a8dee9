import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import Testing
import VaporTesting

/// The Atom feeds of the council and of each committee, read as a feed reader reads them.
@Suite("Atom feeds of agendas, reports and decisions")
struct FeedTests {
    /// The entries' titles and summaries, and whether the XML is well formed.
    final class Reader: NSObject, XMLParserDelegate {
        var titles: [String] = []
        var summaries: [String] = []
        private var text = ""
        private var inEntry = false

        func parserDidStartDocument(_ parser: XMLParser) {}
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "entry" { inEntry = true }
            text = ""
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard inEntry else { return }
            if name == "title" { titles.append(text) }
            if name == "summary" { summaries.append(text) }
            if name == "entry" { inEntry = false }
        }

        static func read(_ xml: String) -> Reader? {
            let reader = Reader()
            let parser = XMLParser(data: Data(xml.utf8))
            parser.delegate = reader
            return parser.parse() ? reader : nil
        }
    }

    @Test("The council's feed announces agendas, published reports and Part I decisions, and never Part II business")
    func councilFeed() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let response = try await app.get(SiteURL.councilFeed(cid).path, as: nil)
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.description.hasPrefix("application/atom+xml") == true)
            let feed = try #require(Reader.read(response.text), "the feed is well-formed XML")
            #expect(feed.titles.contains("Report: \(ReportText.cabinet)"))
            #expect(feed.titles.contains("Decision 1.1: Cabinet, 12 October 2017"))
            #expect(feed.titles.contains("Agenda: Cabinet, 12 October 2017"))
            #expect(feed.titles.contains("Report: \(ReportText.partTwo)"))
            #expect(feed.summaries.contains { $0.contains("This report is exempt from publication (Part II).") })
            #expect(feed.summaries.contains { $0.contains("Reasons: The plan sustains and embeds the improvements") })
            #expect(feed.titles.count <= PublicFeed.length)
            let exempt = ReportText.exemptWords + ["Cabinet approved the award of the agency staffing contract"]
            for words in exempt { #expect(!response.text.contains(words), "the feed carries \(words)") }
            // Signed in with Part II access, the feed is still the public one.
            let staff = try await app.get(SiteURL.councilFeed(cid).path, as: Who.democratic)
            for words in exempt { #expect(!staff.text.contains(words), "a signed-in copy carries \(words)") }
        }
    }

    @Test("A committee's feed holds its own news only")
    func bodyFeed() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let scrutiny = try await app.demoBody("Children's Services Scrutiny Committee", in: council)
            let response = try await app.get(SiteURL.bodyFeed(cid, .value(scrutiny.id)).path, as: nil)
            let feed = try #require(Reader.read(response.text))
            #expect(feed.titles.contains("Report: \(ReportText.scrutiny)"))
            #expect(feed.titles.contains("Decision 3.1: Children's Services Scrutiny Committee, 18 January 2017"))
            #expect(!feed.titles.contains { $0.contains("Cabinet") })
            #expect(try await app.get(SiteURL.bodyFeed(cid, .value(GoverningBody.ID(UUID()))).path, as: nil).status == .notFound)
        }
    }

    @Test("Whatever a person typed, the feed stays well-formed and says it as typed")
    func hostileText() throws {
        let typed = "Approve <b>this</b> & \"that\" 'now'\u{0001}\u{000B} — £2"
        let feed = AtomFeed(id: "https://oversight.example/councils/1/feed.atom", title: typed, subtitle: typed,
                            alternate: "https://oversight.example/?a=1&b=2", author: typed,
                            entries: [.init(id: "https://oversight.example/x#1", title: typed, updated: CalendarDate(year: 2017, month: 10, day: 12)!,
                                            link: "https://oversight.example/x?a=1&b=\"2\"", summary: typed, category: "Decision")])
        let xml = feed.render()
        let reader = try #require(Reader.read(xml))
        #expect(reader.titles == ["Approve <b>this</b> & \"that\" 'now' — £2"])
        #expect(xml.contains("<updated>2017-10-12T00:00:00Z</updated>"))
    }
}
