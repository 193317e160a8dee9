/// A key decision in the forward plan, under the Local Authorities (Executive Arrangements)
/// (Meetings and Access to Information) (England) Regulations 2012: what is to be decided, by whom
/// and when, the documents and whom to ask, how notice was given (regulation 9, 10 or 11) and, when
/// the decision is to be taken in private, the notices regulation 5 asks for.
///
/// An entry is public once its notice date is recorded; before that it is democratic services'
/// draft. Everything in it is published, so it never holds exempt information itself: a private
/// meeting's notice gives the paragraph of Schedule 12A and the reasons, not the material.
public struct ForwardPlanEntry: Hashable, Sendable, Codable {
    public typealias ID = Identifier<ForwardPlanEntry>

    public var id: ID
    public var councilID: Council.ID
    /// The council's own number for it, as notices quote it: "KD/2017/14".
    public var reference: String
    /// The matter to be decided, as the plan lists it.
    public var matter: String
    /// What is proposed, in a few sentences. Markdown, escaped before it is rendered.
    public var summary: String
    /// The decision maker: the Cabinet, or the committee or board that decides.
    public var decisionMaker: GoverningBody.ID
    /// The date of the meeting, or the day on or after which the decision is to be taken.
    public var decisionDate: CalendarDate
    /// The documents to be submitted to the decision maker, one a line.
    public var documents: [String]
    /// The report that asks for the decision, when it is in Oversight.
    public var reportID: Report.ID?
    /// Whom to ask for the documents and how: name, job title, telephone or email.
    public var contact: String
    /// The day the notice was made public (in the forward plan, or the notice its route needs).
    public var published: CalendarDate?
    public var route: KeyDecisionRoute
    public var privateMeeting: PrivateMeetingNotice?
    /// Why the decision was taken off the plan, when it was.
    public var withdrawn: String?
    public var version: Int

    public init(id: ID, councilID: Council.ID, reference: String, matter: String, summary: String,
                decisionMaker: GoverningBody.ID, decisionDate: CalendarDate, documents: [String], reportID: Report.ID?,
                contact: String, published: CalendarDate?, route: KeyDecisionRoute, privateMeeting: PrivateMeetingNotice?,
                withdrawn: String?, version: Int = 1) {
        self.id = id
        self.councilID = councilID
        self.reference = reference
        self.matter = matter
        self.summary = summary
        self.decisionMaker = decisionMaker
        self.decisionDate = decisionDate
        self.documents = documents
        self.reportID = reportID
        self.contact = contact
        self.published = published
        self.route = route
        self.privateMeeting = privateMeeting
        self.withdrawn = withdrawn
        self.version = version
    }

    /// Public once its notice is given; a draft is democratic services' alone.
    public var isPublished: Bool { published != nil }
}

/// How the public was told of a key decision.
public enum KeyDecisionRoute: Hashable, Sendable, Codable {
    /// Regulation 9: in the forward plan at least 28 clear days before.
    case notice
    /// Regulation 10 (general exception): 28 days' notice was impracticable, so the chair of the
    /// scrutiny committee was told in writing and a notice published at least 5 clear days before.
    case generalException(GeneralException)
    /// Regulation 11 (special urgency): not even 5 clear days were possible, so the scrutiny
    /// chair agreed that the decision is urgent and cannot reasonably be deferred.
    case specialUrgency(SpecialUrgency)

    public var code: String {
        switch self {
        case .notice: "notice"
        case .generalException: "general-exception"
        case .specialUrgency: "special-urgency"
        }
    }

    public var label: String {
        switch self {
        case .notice: "28 clear days' notice (regulation 9)"
        case .generalException: "General exception (regulation 10)"
        case .specialUrgency: "Special urgency (regulation 11)"
        }
    }
}

public struct GeneralException: Hashable, Sendable, Codable {
    /// Why 28 clear days' notice was impracticable.
    public var reason: String
    /// Who was told: the chair of the relevant scrutiny committee, by name and committee.
    public var chairInformed: String
    public var informedOn: CalendarDate

    public init(reason: String, chairInformed: String, informedOn: CalendarDate) {
        self.reason = reason
        self.chairInformed = chairInformed
        self.informedOn = informedOn
    }
}

public struct SpecialUrgency: Hashable, Sendable, Codable {
    /// Why the decision is urgent and cannot reasonably be deferred: the notice publishes it.
    public var reason: String
    /// Who agreed: the scrutiny chair, or the chair or vice-chair of the council when there is none.
    public var agreedBy: String
    public var agreedOn: CalendarDate

    public init(reason: String, agreedBy: String, agreedOn: CalendarDate) {
        self.reason = reason
        self.agreedBy = agreedBy
        self.agreedOn = agreedOn
    }
}

/// Regulation 5: the notices of an intention to take the decision in a meeting closed to the public.
public struct PrivateMeetingNotice: Hashable, Sendable, Codable {
    public var paragraph: Schedule12A
    /// Why the meeting, or that part of it, is to be held in private.
    public var reasons: String
    /// The first notice of intention, due 28 clear days before.
    public var firstNotice: CalendarDate?
    /// Representations received about why the meeting should be open; empty when there were none.
    public var representations: String
    /// The decision maker's response to them.
    public var response: String
    /// The further notice with the reasons, representations and response, due 5 clear days before.
    public var finalNotice: CalendarDate?

    public init(paragraph: Schedule12A, reasons: String, firstNotice: CalendarDate?, representations: String, response: String,
                finalNotice: CalendarDate?) {
        self.paragraph = paragraph
        self.reasons = reasons
        self.firstNotice = firstNotice
        self.representations = representations
        self.response = response
        self.finalNotice = finalNotice
    }
}
