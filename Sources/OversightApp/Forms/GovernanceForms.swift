import OversightDomain
import OversightStore
import Vapor

struct BodyForm: FormInput {
    var name: String?
    var kind: String?
    var termsOfReference: String?
    var quorum: String?
    var version: String?

    init(name: String? = nil, kind: String? = nil, termsOfReference: String? = nil, quorum: String? = nil, version: String? = nil) {
        self.name = name
        self.kind = kind
        self.termsOfReference = termsOfReference
        self.quorum = quorum
        self.version = version
    }

    init(_ body: GoverningBody) {
        self.init(name: body.name, kind: body.kind.rawValue, termsOfReference: body.termsOfReference,
                  quorum: String(body.quorum), version: String(body.version))
    }

    func validate() -> Validated<BodyDraft> {
        var check = Validator()
        let name = check.required("name", name, "Enter the body's name, for example \"Children's Services Improvement Board\"",
                                  max: 150, label: "Name")
        let kind: BodyKind? = check.choice("kind", kind, "Select what kind of body it is")
        let terms = check.optional("termsOfReference", termsOfReference, max: 20_000, label: "Terms of reference") ?? ""
        var quorum: Int?
        if let value = Int(self.quorum.trimmedOrNil ?? ""), (1...99).contains(value) {
            quorum = value
        } else {
            check.fail("quorum", "Quorum must be a whole number of members from 1 to 99, for example 3")
        }
        return check.result {
            guard let name, let kind, let quorum else { return nil }
            return BodyDraft(name: name, kind: kind, termsOfReference: terms, quorum: quorum)
        }
    }
}

struct MemberForm: FormInput {
    var person: String?
    var role: String?
    var fromDay: String?, fromMonth: String?, fromYear: String?
    /// Not submitted: the people the form may accept.
    var people: Set<String> = []

    enum CodingKeys: String, CodingKey {
        case person, role
        case fromDay = "from-day", fromMonth = "from-month", fromYear = "from-year"
    }

    init(from today: CalendarDate? = nil) {
        (fromDay, fromMonth, fromYear) = DateParts(today).boxes
    }

    func validate() -> Validated<(Person.ID, MemberRole, CalendarDate)> {
        var check = Validator()
        let person = person.trimmedOrNil.flatMap { people.contains($0) ? $0 : nil }.flatMap { Person.ID($0) }
        if person == nil { check.fail("person", "Select a person from the list; add them to People first if they are not there") }
        let role: MemberRole? = check.choice("role", role, "Select the member's role")
        let from = check.date("from", DateParts(day: fromDay, month: fromMonth, year: fromYear), label: "Date they joined", required: true)
        return check.result {
            guard let person, let role, let from else { return nil }
            return (person, role, from)
        }
    }
}

struct EndMemberForm: FormInput {
    var untilDay: String?, untilMonth: String?, untilYear: String?

    enum CodingKeys: String, CodingKey {
        case untilDay = "until-day", untilMonth = "until-month", untilYear = "until-year"
    }

    func validate() -> Validated<CalendarDate> {
        var check = Validator()
        let until = check.date("until", DateParts(day: untilDay, month: untilMonth, year: untilYear), label: "Last day as a member",
                               required: true)
        return check.result { until }
    }
}

struct MeetingDraft: Equatable, Sendable {
    var bodyID: GoverningBody.ID
    var date: CalendarDate
    var time: ClockTime
    var place: String
}

struct MeetingForm: FormInput {
    var body: String?
    var dateDay: String?, dateMonth: String?, dateYear: String?
    var time: String?
    var place: String?
    var version: String?
    /// Not submitted: the bodies the form may accept.
    var bodies: Set<String> = []

    enum CodingKeys: String, CodingKey {
        case body, time, place, version
        case dateDay = "date-day", dateMonth = "date-month", dateYear = "date-year"
    }

    init(body: GoverningBody.ID? = nil) {
        self.body = body?.description
        time = "10:00"
    }

    init(_ meeting: Meeting) {
        body = meeting.bodyID.description
        (dateDay, dateMonth, dateYear) = DateParts(meeting.date).boxes
        time = meeting.time.code
        place = meeting.place
        version = String(meeting.version)
    }

    func validate() -> Validated<MeetingDraft> {
        var check = Validator()
        let bodyID = body.trimmedOrNil.flatMap { bodies.contains($0) ? $0 : nil }.flatMap { GoverningBody.ID($0) }
        if bodyID == nil { check.fail("body", "Select the board or committee that meets") }
        let date = check.date("date", DateParts(day: dateDay, month: dateMonth, year: dateYear), label: "Date of the meeting",
                              required: true)
        var clock: ClockTime?
        if let text = time.trimmedOrNil {
            clock = ClockTime(text: text)
            if clock == nil { check.fail("time", "Start time must be a time of day like 10:00, 14:30 or 2:30pm") }
        } else {
            check.fail("time", "Enter the start time, for example 10:00")
        }
        let place = check.required("place", place, "Enter where the meeting is held, or \"Online\"", max: 200, label: "Place")
        return check.result {
            guard let bodyID, let date, let clock, let place else { return nil }
            return MeetingDraft(bodyID: bodyID, date: date, time: clock, place: place)
        }
    }
}

/// A move in a meeting's life, with what the move needs: a reason when papers are late or the
/// meeting is cancelled, and the later meeting that approved the minutes.
struct MeetingTransitionForm: Content {
    var event: String?
    /// Why the papers are late.
    var reason: String?
    var cancelReason: String?
    var approvedAt: String?
    var version: String?
}

struct AgendaItemForm: FormInput {
    var title: String?
    var part: String?
    var paragraph: String?
    var publicInterest: String?
    var report: String?
    var papers: String?
    var version: String?
    /// Not submitted: the reports the form may accept.
    var reports: Set<String> = []

    enum CodingKeys: String, CodingKey { case title, part, paragraph, publicInterest, report, papers, version }

    init() { part = ReportPart.partI.rawValue }

    init(_ item: AgendaItem) {
        title = item.title
        part = item.part.rawValue
        paragraph = item.exemption.map { String($0.paragraph.rawValue) }
        publicInterest = item.exemption?.publicInterest
        report = item.reportID?.description
        papers = item.papers.joined(separator: "\n")
        version = String(item.version)
    }

    struct Draft: Equatable {
        var title: String
        var part: ReportPart
        var exemption: Exemption?
        var reportID: Report.ID?
        var papers: [String]
    }

    func validate() -> Validated<Draft> {
        var check = Validator()
        let title = check.required("title", title, "Enter the item's title, for example \"Improvement plan: progress and exceptions\"",
                                   max: 300, label: "Title")
        let part: ReportPart? = check.choice("part", part, "Select Part I (public) or Part II (exempt)")
        var exemption: Exemption?
        if part == .partII {
            let paragraph = Int(self.paragraph.trimmedOrNil ?? "").flatMap(Schedule12A.init(rawValue:))
            if paragraph == nil { check.fail("paragraph", "Select the paragraph of Schedule 12A that makes the item exempt") }
            let reason = check.required("publicInterest", publicInterest,
                                        "Enter why the public interest in withholding the item outweighs disclosing it",
                                        max: 2000, label: "Public interest reason")
            if let paragraph, let reason { exemption = Exemption(paragraph: paragraph, publicInterest: reason) }
        }
        let reportID = report.trimmedOrNil.flatMap { reports.contains($0) ? $0 : nil }.flatMap { Report.ID($0) }
        if report.trimmedOrNil != nil && reportID == nil { check.fail("report", "Select a report from the list, or none") }
        let papers = (self.papers ?? "").split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        if papers.contains(where: { $0.count > 300 }) { check.fail("papers", "Each paper's title must be 300 characters or fewer") }
        return check.result {
            guard let title, let part else { return nil }
            return Draft(title: title, part: part, exemption: exemption, reportID: reportID, papers: papers)
        }
    }
}

struct MinuteForm: FormInput {
    var discussion: String?
    var version: String?

    func validate() -> Validated<String> {
        var check = Validator()
        let text = check.optional("discussion", discussion, max: 50_000, label: "Minute") ?? ""
        return check.result { text }
    }
}

struct DecisionForm: FormInput {
    var text: String?
    var reasons: String?
    var alternatives: String?
    var votesFor: String?
    var votesAgainst: String?
    var votesAbstained: String?

    struct Draft: Equatable {
        var text: String
        var reasons: String
        var alternatives: String?
        var votes: Votes?
    }

    func validate() -> Validated<Draft> {
        var check = Validator()
        let text = check.required("text", text, "Enter what was decided", max: 5000, label: "Decision")
        let reasons = check.required("reasons", reasons, "Enter the reasons for the decision: a decision is recorded with its reasons",
                                     max: 5000, label: "Reasons")
        let alternatives = check.optional("alternatives", alternatives, max: 5000, label: "Alternatives considered and rejected")
        var counts: [Int?] = []
        for (field, value, label) in [("votesFor", votesFor, "Votes for"), ("votesAgainst", votesAgainst, "Votes against"),
                                      ("votesAbstained", votesAbstained, "Abstentions")] {
            guard let text = value.trimmedOrNil else { counts.append(nil); continue }
            if let number = Int(text), (0...999).contains(number) {
                counts.append(number)
            } else {
                check.fail(field, "\(label) must be a whole number, 0 or more")
                counts.append(nil)
            }
        }
        let anyVote = [votesFor, votesAgainst, votesAbstained].contains { $0.trimmedOrNil != nil }
        if anyVote && counts[0] == nil && check.errors.allSatisfy({ $0.field != "votesFor" }) {
            check.fail("votesFor", "Enter the votes for, or leave all three vote boxes empty when no vote was taken")
        }
        let votes = counts[0].map { Votes(inFavour: $0, against: counts[1] ?? 0, abstained: counts[2] ?? 0) }
        return check.result {
            guard let text, let reasons else { return nil }
            return Draft(text: text, reasons: reasons, alternatives: alternatives, votes: votes)
        }
    }
}

struct BoardActionForm: FormInput {
    var what: String?
    var owner: String?
    var dueDay: String?, dueMonth: String?, dueYear: String?
    var people: Set<String> = []

    enum CodingKeys: String, CodingKey {
        case what, owner
        case dueDay = "due-day", dueMonth = "due-month", dueYear = "due-year"
    }

    func validate() -> Validated<(String, Person.ID, CalendarDate)> {
        var check = Validator()
        let what = check.required("what", what, "Enter what is to be done", max: 2000, label: "Action")
        let owner = owner.trimmedOrNil.flatMap { people.contains($0) ? $0 : nil }.flatMap { Person.ID($0) }
        if owner == nil { check.fail("owner", "Select who owns the action: every action needs an owner") }
        let due = check.date("due", DateParts(day: dueDay, month: dueMonth, year: dueYear), label: "Due date", required: true)
        return check.result {
            guard let what, let owner, let due else { return nil }
            return (what, owner, due)
        }
    }
}

struct DeclarationForm: FormInput {
    var person: String?
    var interest: String?
    var dispensation: String?
    var people: Set<String> = []

    enum CodingKeys: String, CodingKey { case person, interest, dispensation }

    func validate() -> Validated<(Person.ID, String, String?)> {
        var check = Validator()
        let person = person.trimmedOrNil.flatMap { people.contains($0) ? $0 : nil }.flatMap { Person.ID($0) }
        if person == nil { check.fail("person", "Select the member who declared the interest") }
        let interest = check.required("interest", interest, "Enter the interest declared", max: 2000, label: "Interest")
        let dispensation = check.optional("dispensation", dispensation, max: 2000, label: "Dispensation")
        return check.result {
            guard let person, let interest else { return nil }
            return (person, interest, dispensation)
        }
    }
}

struct BoardActionUpdateForm: FormInput {
    var text: String?

    func validate() -> Validated<String> {
        var check = Validator()
        let text = check.required("text", text, "Enter the update: what has been done and what is next", max: 5000, label: "Update")
        return check.result { text }
    }
}

struct CloseBoardActionForm: FormInput {
    var note: String?
    var meeting: String?
    var version: String?
    var meetings: Set<String> = []

    enum CodingKeys: String, CodingKey { case note, meeting, version }

    func validate() -> Validated<(String, Meeting.ID?)> {
        var check = Validator()
        let note = check.required("note", note, "Enter how the action was completed", max: 5000, label: "How it was completed")
        let meeting = meeting.trimmedOrNil.flatMap { meetings.contains($0) ? $0 : nil }.flatMap { Meeting.ID($0) }
        if self.meeting.trimmedOrNil != nil && meeting == nil { check.fail("meeting", "Select a meeting from the list, or none") }
        return check.result { note.map { ($0, meeting) } }
    }
}
