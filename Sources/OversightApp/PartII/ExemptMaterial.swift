import Fluent
import OversightDocuments
import OversightDomain
import OversightStore

/// Everything a council holds that must reach only some readers: the text of Part II reports,
/// agenda items, decisions, declarations and board actions (for holders of Part II access
/// only), and the text of reports still in draft (for staff only, never the public). For an
/// information-governance review (`oversight audit exempt`), and for the crawl that checks that
/// none of it reaches anyone without the right (`hostile-tests/test_part_two_crawl.py`).
///
/// Each entry is a passage short enough to look for in any answer: a whole text when it is
/// short, else its first sentence. Texts that are also public by design (a published Part II
/// report's title, shown with "This report is exempt") are left out.
struct ExemptMaterial {
    enum Audience: String, Codable, Sendable {
        /// Hidden from the public and from every role without Part II access.
        case partTwo = "part-ii"
        /// Hidden from the public only: staff may read drafts.
        case staff
    }

    struct Entry: Codable, Sendable, Equatable {
        var text: String
        var source: String
        var hiddenFrom: Audience
        /// False for what no page shows once a meeting is held (an agenda item's public-interest
        /// reason is only in its form while the agenda is open): the crawl cannot be asked to find it.
        var shown = true
    }

    static let shortest = 16
    static let longest = 100

    static func entries(in council: Council.ID, on db: any Database) async throws -> [Entry] {
        var entries: [Entry] = []
        func add(_ text: String?, _ source: String, _ audience: Audience, shown: Bool = true) {
            guard let text, let passage = passage(of: text) else { return }
            entries.append(Entry(text: passage, source: source, hiddenFrom: audience, shown: shown))
        }
        let reports = try await ReportStore.list(in: council, publishedOnly: false, on: db)
        var reportTitles: Set<String> = []
        for summary in reports {
            guard let (report, _) = try await ReportStore.find(summary.id, in: council, on: db) else { continue }
            let published = report.status == .published || report.status == .superseded
            if published { reportTitles.insert(report.title) }
            if report.isExempt {
                // A Part II report's title is public once it is published (with "This report is exempt"), not before.
                if !published { add(report.title, "draft Part II report, title", .staff) }
                for (key, text) in report.sections.sorted(by: { $0.key < $1.key }) {
                    add(text, "Part II report \"\(report.title)\", section \(key)", .partTwo)
                }
                for implication in report.implications { add(implication.text, "Part II report \"\(report.title)\", implications", .partTwo) }
                add(report.exemption?.publicInterest, "Part II report \"\(report.title)\", public interest", .partTwo)
            } else if !published {
                add(report.title, "draft report, title", .staff)
                for (key, text) in report.sections.sorted(by: { $0.key < $1.key }) {
                    add(text, "draft report \"\(report.title)\", section \(key)", .staff)
                }
            }
        }
        // An exempt appendix of a Part I report: its reason, and each line of an uploaded text or
        // CSV file (its title is printed with the notice, so it is public).
        for summary in reports where summary.part == .partI {
            for appendix in try await ReportAppendixStore.appendices(of: summary.id, on: db) {
                guard let exemption = appendix.exemption else { continue }
                let place = "exempt appendix \"\(appendix.title)\" of report \"\(summary.title)\""
                add(exemption.publicInterest, "\(place), public interest", .partTwo)
                guard case let .uploaded(_, kind, _) = appendix.source, kind == .text || kind == .csv,
                      let (_, data) = try await ReportAppendixStore.file(appendix.id, of: summary.id, on: db) else { continue }
                for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
                where String(line).trimmingWhitespace != appendix.title {
                    add(String(line), place, .partTwo)
                }
            }
        }
        let bodies = Dictionary(uniqueKeysWithValues: try await BodyStore.all(in: council, on: db).map { ($0.id, $0) })
        let meetings = try await MeetingStore.meetings(in: council, on: db)
        // An agenda not yet published is the staff's: its items, but for titles every agenda has.
        let allItems = try await MeetingStore.items(of: meetings.map(\.id), on: db)
        let published = Set(meetings.filter { $0.agendaPublishedOn != nil }.map(\.id))
        let publicTitles = Set(allItems.filter { published.contains($0.meetingID) && !$0.isExempt }.map(\.title))
        let publicPapers = Set(allItems.filter { published.contains($0.meetingID) && !$0.isExempt }.flatMap(\.papers))
        for item in allItems where !published.contains(item.meetingID) && !item.isExempt {
            if !publicTitles.contains(item.title) { add(item.title, "an item of an agenda not yet published", .staff) }
            for paper in item.papers where !publicPapers.contains(paper) {
                add(paper, "a paper of an agenda not yet published", .staff)
            }
        }
        for meeting in meetings {
            guard let body = bodies[meeting.bodyID] else { continue }
            let record = try await MeetingStore.record(meeting, body: body, on: db)
            let exempt = Set(record.items.filter(\.isExempt).map(\.id))
            let place = "\(body.name), \(UKDateFormat.long(meeting.date))"
            for item in record.items where item.isExempt {
                add(item.title, "\(place): Part II item \(item.position)", .partTwo)
                for paper in item.papers { add(paper, "\(place): Part II item \(item.position), papers", .partTwo) }
                add(item.discussion, "\(place): Part II item \(item.position), minute", .partTwo)
                add(item.exemption?.publicInterest, "\(place): Part II item \(item.position), public interest", .partTwo,
                    shown: meeting.agendaIsOpen)
            }
            for decision in record.decisions where exempt.contains(decision.itemID) {
                add(decision.text, "\(place): decision on a Part II item", .partTwo)
                add(decision.reasons, "\(place): reasons for a decision on a Part II item", .partTwo)
                add(decision.alternatives, "\(place): alternatives to a decision on a Part II item", .partTwo)
            }
            for declaration in record.declarations where exempt.contains(declaration.itemID) {
                add(declaration.interest, "\(place): declaration on a Part II item", .partTwo)
            }
        }
        let actions = try await BoardActionStore.all(in: council, on: db)
        let exemptItems = try await MeetingStore.exemptItemIDs(of: Array(Set(actions.map(\.meetingID))), on: db)
        let privateActions = actions.filter { $0.itemID.map(exemptItems.contains) ?? false }
        for action in privateActions { add(action.what, "board action \(action.reference), raised under a Part II item", .partTwo) }
        for update in try await BoardActionStore.updates(of: privateActions.map(\.id), on: db) {
            add(update.text, "an update on a board action raised under a Part II item", .partTwo)
        }
        // What is public by design is never a leak, and one passage need only be looked for once.
        var seen: Set<String> = []
        return entries.filter { entry in
            !reportTitles.contains { $0.contains(entry.text) } && seen.insert(entry.text).inserted
        }
    }

    /// The text as a reader sees it (Markdown marks and runs of spaces gone), whole when short,
    /// else its first sentence cut at a word; nil when too short to tell from ordinary words.
    static func passage(of text: String) -> String? {
        // As rendered: a link shows its words, a list item loses its marker, emphasis its marks.
        let lines = Narrative.withoutLinks(text).split(separator: "\n").map { line -> Substring in
            let trimmed = line.drop { $0 == " " }
            for marker in ["- ", "* ", "+ "] where trimmed.hasPrefix(marker) { return trimmed.dropFirst(2) }
            return trimmed
        }
        let plain = lines.joined(separator: " ").filter { !"*`#>".contains($0) }
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        var passage = plain
        if passage.count > longest {
            if let stop = passage.range(of: ". ") { passage = String(passage[..<stop.lowerBound]) }
            if passage.count > longest {
                passage = String(passage.prefix(longest))
                if let space = passage.lastIndex(of: " ") { passage = String(passage[..<space]) }
            }
        }
        return passage.count >= shortest ? passage : nil
    }

    /// Part II passages found in what is frozen and public: the Part I version of every frozen board
    /// pack and every published Part I report. Documents frozen before a fix cannot be mended by it;
    /// this finds them. Each line names the document and the passage.
    static func inFrozenDocuments(in council: Council.ID, on db: any Database) async throws -> [String] {
        let passages = try await entries(in: council, on: db).filter { $0.hiddenFrom == .partTwo }.map(\.text)
        var found: [String] = []
        func look(_ json: String, _ name: String) throws {
            let document = try ReportDocument.decode(json)
            let text = MarkdownRenderer.render(document).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            for passage in passages where text.contains(passage) { found.append("\(name): \"\(passage)\"") }
        }
        let bodies = Dictionary(uniqueKeysWithValues: try await BodyStore.all(in: council, on: db).map { ($0.id, $0) })
        for meeting in try await MeetingStore.meetings(in: council, on: db) {
            guard let pack = try await BoardPackStore.find(meeting.id, on: db) else { continue }
            try look(pack.partOne, "the Part I board pack of \(bodies[meeting.bodyID]?.name ?? "a meeting"), \(UKDateFormat.long(meeting.date))")
        }
        for summary in try await ReportStore.list(in: council, publishedOnly: true, on: db) where summary.part == .partI {
            guard let (_, document, _) = try await ReportPublicationStore.find(summary.id, on: db) else { continue }
            try look(document, "the published report \"\(summary.title)\"")
        }
        return found
    }
}
