/// A committee report: drafted in the browser, cleared by a senior leader, published for a meeting
/// and then frozen. Sections are the author's Markdown, keyed by the template's stable section keys.
public struct Report: Hashable, Sendable, Codable {
    public typealias ID = Identifier<Report>

    public var id: ID
    public var councilID: Council.ID
    /// The template version the report was written with; a later version never changes it.
    public var templateID: ReportTemplate.ID
    /// The council's own body the report goes to.
    public var body: ReportCommittee
    public var meetingDate: CalendarDate
    /// The officer's post, as printed after "Report of": "the Director of Children's Services".
    public var reportOf: String
    public var part: ReportPart
    public var areas: ReportAreas
    public var title: String
    public var contact: ReportContact
    /// Markdown by section key.
    public var sections: [String: String]
    /// Only the implications marked relevant; printed under their headings in this order.
    public var implications: [Implication]
    public var backgroundPapers: [BackgroundPaper]
    /// Required for Part II, absent for Part I.
    public var exemption: Exemption?
    /// Nil when the report is not a key decision.
    public var keyDecision: KeyDecision?
    public var status: ReportStatus
    public var version: Int
    /// The published report this one corrects, and what changed.
    public var supersedesID: ID?
    public var correction: String?

    public init(id: ID, councilID: Council.ID, templateID: ReportTemplate.ID, body: ReportCommittee,
                meetingDate: CalendarDate, reportOf: String, part: ReportPart, areas: ReportAreas, title: String,
                contact: ReportContact, sections: [String: String], implications: [Implication],
                backgroundPapers: [BackgroundPaper], exemption: Exemption?, keyDecision: KeyDecision?,
                status: ReportStatus = .draft, version: Int = 1, supersedesID: ID? = nil, correction: String? = nil) {
        self.id = id
        self.councilID = councilID
        self.templateID = templateID
        self.body = body
        self.meetingDate = meetingDate
        self.reportOf = reportOf
        self.part = part
        self.areas = areas
        self.title = title
        self.contact = contact
        self.sections = sections
        self.implications = implications
        self.backgroundPapers = backgroundPapers
        self.exemption = exemption
        self.keyDecision = keyDecision
        self.status = status
        self.version = version
        self.supersedesID = supersedesID
        self.correction = correction
    }

    public func text(of section: String) -> String? {
        guard let text = sections[section]?.trimmingWhitespace, !text.isEmpty else { return nil }
        return text
    }

    /// Exempt material: only people with Part II access may read more than its title and paragraph.
    public var isExempt: Bool { part == .partII }

    /// Where a report keeps its summary for children, young people and families: among its
    /// sections, though no template lists it, so that it is shown first on the report's page and
    /// never printed among the template's sections.
    public static let plainSummaryKey = "plain-language-summary"

    /// The summary for children, young people and families, if the author wrote one.
    public var plainSummary: String? { sections[Self.plainSummaryKey].flatMap { $0.isEmpty ? nil : $0 } }

    /// What must be put right before the report can be cleared, in page order. A draft may be
    /// incomplete; a report that goes to a committee may not.
    public func problemsBeforeClearance(template: ReportTemplate) -> [String] {
        var problems: [String] = []
        for section in template.sections where section.required && section.key != ReportTemplate.partTwoKey
            && section.key != ReportTemplate.implicationsKey && section.key != ReportTemplate.backgroundPapersKey
            && text(of: section.key) == nil {
            problems.append("Write the \(section.label.lowercased()) section")
        }
        if contact.telephone == nil && contact.email == nil {
            problems.append("Give a telephone number or email address for the contact")
        }
        if part == .partII && exemption == nil {
            problems.append("Give the Schedule 12A paragraph and the public interest reason for Part II")
        }
        if let keyDecision, keyDecision.noticeGiven == nil {
            problems.append("Give the date of the forward plan notice for this key decision")
        }
        return problems
    }
}

public enum ReportPart: String, Labelled {
    case partI = "part-i"
    case partII = "part-ii"

    public var label: String { self == .partI ? "Part I" : "Part II" }
    public var roman: String { self == .partI ? "I" : "II" }
}

/// The committee a report goes to: one of the council's own bodies (Cabinet, a scrutiny
/// committee, the Improvement Board), named as it is named today. A published report keeps the
/// name it was printed with in its frozen text.
public struct ReportCommittee: Hashable, Sendable, Codable {
    public var id: GoverningBody.ID
    public var name: String
    public var kind: BodyKind

    public init(id: GoverningBody.ID, name: String, kind: BodyKind) {
        self.id = id
        self.name = name
        self.kind = kind
    }

    public init(_ body: GoverningBody) { self.init(id: body.id, name: body.name, kind: body.kind) }

    /// As lists and pages name it: "Cabinet".
    public var label: String { name }

    /// As printed after "Report to": "the Cabinet", but "Full Council" and a name that already
    /// begins with "the" as they are.
    public var phrase: String {
        kind == .fullCouncil || name.lowercased().hasPrefix("the ") ? name : "the \(name)"
    }
}

/// "All" or the chosen divisions or wards, named with the council's own label.
public enum ReportAreas: Hashable, Sendable, Codable {
    case all
    case chosen([String])

    public var text: String {
        switch self {
        case .all: "All"
        case let .chosen(names): names.joined(separator: "; ")
        }
    }
}

public struct ReportContact: Hashable, Sendable, Codable {
    public var name: String
    public var telephone: String?
    public var jobTitle: String?
    public var email: String?

    public init(name: String, telephone: String?, jobTitle: String?, email: String?) {
        self.name = name
        self.telephone = telephone
        self.jobTitle = jobTitle
        self.email = email
    }
}

public struct Implication: Hashable, Sendable, Codable {
    public var heading: String
    public var text: String

    public init(heading: String, text: String) {
        self.heading = heading
        self.text = text
    }
}

/// A document the report relied on (Local Government (Access to Information) Act 1985); kept
/// available for four years.
public struct BackgroundPaper: Hashable, Sendable, Codable {
    public var paper: String
    /// As the council writes it: "November 2015", "12 October 2017".
    public var date: String
    public var contact: String

    public init(paper: String, date: String, contact: String) {
        self.paper = paper
        self.date = date
        self.contact = contact
    }
}

/// Why a Part II report is exempt: the paragraph of Schedule 12A and why the public interest in
/// withholding outweighs the public interest in disclosure.
public struct Exemption: Hashable, Sendable, Codable {
    public var paragraph: Schedule12A
    public var publicInterest: String

    public init(paragraph: Schedule12A, publicInterest: String) {
        self.paragraph = paragraph
        self.publicInterest = publicInterest
    }
}

/// A key decision needs 28 clear days' notice in the forward plan.
public struct KeyDecision: Hashable, Sendable, Codable {
    public var noticeGiven: CalendarDate?

    public init(noticeGiven: CalendarDate?) { self.noticeGiven = noticeGiven }
}
