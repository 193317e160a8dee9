import OversightDomain
import OversightStore
import Vapor

/// The form for a forward plan entry. It has many optional parts (a route's details, a private
/// meeting's notices), so it is read as a dictionary of raw text and checked as a whole.
struct ForwardPlanForm: Content {
    var values: [String: String] = [:]

    init() {}

    init(from decoder: any Decoder) throws {
        values = try RawFormFields(from: decoder).values
    }

    func encode(to encoder: any Encoder) throws {
        try RawFormFields(values: values).encode(to: encoder)
    }

    subscript(_ key: String) -> String? {
        get { values[key] }
        set { values[key] = newValue }
    }

    /// The date fields, each three boxes named "<field>-day", "-month" and "-year".
    static let dateFields = ["decision", "published", "informed", "agreed", "firstNotice", "finalNotice"]

    func parts(_ field: String) -> DateParts {
        DateParts(day: self["\(field)-day"], month: self["\(field)-month"], year: self["\(field)-year"])
    }

    mutating func setDate(_ field: String, _ date: CalendarDate?) {
        let parts = DateParts(date)
        (values["\(field)-day"], values["\(field)-month"], values["\(field)-year"]) = (parts.day, parts.month, parts.year)
    }

    /// A new entry's form: the next reference in this year's series and the usual route.
    init(reference: String, body: GoverningBody.ID?) {
        values = ["reference": reference, "route": KeyDecisionRoute.notice.code, "private": "no",
                  "body": body?.description ?? ""]
    }

    /// The form filled from a saved entry.
    init(_ entry: ForwardPlanEntry) {
        values = [
            "reference": entry.reference, "matter": entry.matter, "summary": entry.summary, "body": entry.decisionMaker.description,
            "documents": entry.documents.joined(separator: "\n"), "report": entry.reportID?.description ?? "",
            "contact": entry.contact, "route": entry.route.code, "private": entry.privateMeeting == nil ? "no" : "yes",
            "withdrawn": entry.withdrawn ?? "", "version": String(entry.version),
        ]
        setDate("decision", entry.decisionDate)
        setDate("published", entry.published)
        switch entry.route {
        case .notice: break
        case let .generalException(exception):
            values["exceptionReason"] = exception.reason
            values["chairInformed"] = exception.chairInformed
            setDate("informed", exception.informedOn)
        case let .specialUrgency(urgency):
            values["urgencyReason"] = urgency.reason
            values["agreedBy"] = urgency.agreedBy
            setDate("agreed", urgency.agreedOn)
        }
        if let notice = entry.privateMeeting {
            values["paragraph"] = String(notice.paragraph.rawValue)
            values["privateReasons"] = notice.reasons
            values["representations"] = notice.representations
            values["response"] = notice.response
            setDate("firstNotice", notice.firstNotice)
            setDate("finalNotice", notice.finalNotice)
        }
    }

    /// Checks every field and the clear days between the dates: a route whose notice came too late
    /// for it is refused with the route that would fit. `today` bounds the dates already past
    /// (a notice cannot be recorded as given tomorrow).
    func validate(bodies: [GoverningBody], reports: Set<Report.ID>, today: CalendarDate,
                  rules: PublicationRules = PublicationRules()) -> Validated<ForwardPlanDraft> {
        var check = Validator()
        let reference = check.required("reference", self["reference"], ForwardPlanMessages.reference, max: 30, label: "Reference")
        let matter = check.required("matter", self["matter"], ForwardPlanMessages.matter, max: 300, label: "Matter for decision")
        let summary = check.optional("summary", self["summary"], max: 5000, label: "What is proposed") ?? ""
        var body: GoverningBody.ID?
        if let chosen = GoverningBody.ID(self["body"]?.trimmingWhitespace ?? ""), bodies.contains(where: { $0.id == chosen }) {
            body = chosen
        } else {
            check.fail("body", ForwardPlanMessages.body)
        }
        let decision = check.date("decision", parts("decision"), label: "Date of decision", required: true)
        let documentsText = check.optional("documents", self["documents"], max: 5000, label: "Documents") ?? ""
        let documents: [String] = documentsText.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        var report: Report.ID?
        if let text = self["report"].trimmedOrNil {
            if let id = Report.ID(text), reports.contains(id) { report = id } else { check.fail("report", ForwardPlanMessages.report) }
        }
        let contact = check.required("contact", self["contact"], ForwardPlanMessages.contact, max: 300, label: "Contact")
        let published = check.date("published", parts("published"), label: "Date the notice was published", required: false)
        if let published, published > today { check.fail("published", anchor: "published-day", ForwardPlanMessages.notYet("The notice")) }

        var route: KeyDecisionRoute?
        switch self["route"] {
        case KeyDecisionRoute.notice.code:
            route = .notice
            if let published, let decision, case let short = rules.keyDecisionShortfall(notice: published, meeting: decision), short > 0 {
                check.fail("published", anchor: "published-day", ForwardPlanMessages.noticeShort(published, decision, short))
            }
        case "general-exception":
            let reason = check.required("exceptionReason", self["exceptionReason"], ForwardPlanMessages.exceptionReason, max: 2000,
                                        label: "Why 28 clear days' notice was impracticable")
            let chair = check.required("chairInformed", self["chairInformed"], ForwardPlanMessages.chairInformed, max: 200,
                                       label: "Scrutiny chair informed")
            let informed = check.date("informed", parts("informed"), label: "Date the chair was informed", required: true)
            if let informed, informed > today { check.fail("informed", anchor: "informed-day", ForwardPlanMessages.notYet("The chair's notice")) }
            if let decision, let informed,
               rules.clearDays(from: informed, to: decision) < PublicationRules.generalExceptionClearDays {
                check.fail("informed", anchor: "informed-day",
                           ForwardPlanMessages.exceptionShort(informed, decision, clear: rules.clearDays(from: informed, to: decision)))
            }
            if let reason, let chair, let informed {
                route = .generalException(GeneralException(reason: reason, chairInformed: chair, informedOn: informed))
            }
        case "special-urgency":
            let reason = check.required("urgencyReason", self["urgencyReason"], ForwardPlanMessages.urgencyReason, max: 2000,
                                        label: "Why the decision is urgent")
            let agreedBy = check.required("agreedBy", self["agreedBy"], ForwardPlanMessages.agreedBy, max: 200, label: "Agreed by")
            let agreed = check.date("agreed", parts("agreed"), label: "Date of agreement", required: true)
            if let agreed, agreed > today { check.fail("agreed", anchor: "agreed-day", ForwardPlanMessages.notYet("The agreement")) }
            if let agreed, let decision, agreed > decision {
                check.fail("agreed", anchor: "agreed-day", ForwardPlanMessages.agreedAfter(decision))
            }
            if let reason, let agreedBy, let agreed {
                route = .specialUrgency(SpecialUrgency(reason: reason, agreedBy: agreedBy, agreedOn: agreed))
            }
        default: check.fail("route", ForwardPlanMessages.route)
        }

        var privateMeeting: PrivateMeetingNotice?
        var isPrivate = false
        switch self["private"] {
        case "yes":
            isPrivate = true
            let paragraph = Int(self["paragraph"]?.trimmingWhitespace ?? "").flatMap(Schedule12A.init(rawValue:))
            if paragraph == nil { check.fail("paragraph", ForwardPlanMessages.paragraph) }
            let reasons = check.required("privateReasons", self["privateReasons"], ForwardPlanMessages.privateReasons, max: 2000,
                                         label: "Why in private")
            let first = check.date("firstNotice", parts("firstNotice"), label: "Date of the notice of intention", required: false)
            let final = check.date("finalNotice", parts("finalNotice"), label: "Date of the further notice", required: false)
            for (field, date, what) in [("firstNotice", first, "The notice of intention"), ("finalNotice", final, "The further notice")] {
                if let date, date > today { check.fail(field, anchor: "\(field)-day", ForwardPlanMessages.notYet(what)) }
            }
            if let first, let final, final < first { check.fail("finalNotice", anchor: "finalNotice-day", ForwardPlanMessages.finalBeforeFirst) }
            let representations = check.optional("representations", self["representations"], max: 5000, label: "Representations") ?? ""
            let response = check.optional("response", self["response"], max: 5000, label: "Response") ?? ""
            if !representations.isEmpty && response.isEmpty { check.fail("response", ForwardPlanMessages.response) }
            if let paragraph, let reasons {
                privateMeeting = PrivateMeetingNotice(paragraph: paragraph, reasons: reasons, firstNotice: first,
                                                      representations: representations, response: response, finalNotice: final)
            }
        case "no": break
        default: check.fail("private", ForwardPlanMessages.isPrivate)
        }
        let withdrawn = check.optional("withdrawn", self["withdrawn"], max: 2000, label: "Why it was withdrawn")

        return check.result {
            guard let reference, let matter, let body, let decision, let contact, let route, !isPrivate || privateMeeting != nil else {
                return nil
            }
            return ForwardPlanDraft(reference: reference, matter: matter, summary: summary, decisionMaker: body, decisionDate: decision,
                                    documents: documents, reportID: report, contact: contact, published: published, route: route,
                                    privateMeeting: privateMeeting, withdrawn: withdrawn)
        }
    }
}

enum ForwardPlanMessages {
    static let reference = "Enter the decision's reference, for example KD/2017/14"
    static let matter = "Enter the matter to be decided, for example \"Award of the contract for the edge-of-care service\""
    static let body = "Select the decision maker from the council's boards and committees"
    static let report = "Select a report of this council, or leave the report empty"
    static let contact = "Enter whom to ask for the documents: a name, job title and telephone number or email address"
    static let route = "Select how notice of the decision was given"
    static let exceptionReason = "Enter why 28 clear days' notice was impracticable"
    static let chairInformed = "Enter who was informed: the chair of the scrutiny committee, by name and committee"
    static let urgencyReason = "Enter why the decision is urgent and cannot reasonably be deferred"
    static let agreedBy = "Enter who agreed that the decision is urgent: the chair of the scrutiny committee, by name and committee"
    static let isPrivate = "Select whether the decision will be taken in a meeting closed to the public"
    static let paragraph = "Select the paragraph of Schedule 12A that makes the meeting private"
    static let privateReasons = "Enter why the meeting, or that part of it, will be held in private"
    static let response = "Enter the response to the representations received"
    static let finalBeforeFirst = "The further notice must come after the notice of intention"
    static func notYet(_ what: String) -> String { "\(what) cannot be dated in the future: enter the date it was given" }
    static func noticeShort(_ published: CalendarDate, _ decision: CalendarDate, _ days: Int) -> String {
        "A notice published on \(published.ukLong) is \(days) \(days == 1 ? "day" : "days") short of the 28 clear days before \(decision.ukLong): "
            + "choose the general exception or special urgency, or correct the date"
    }
    static func exceptionShort(_ informed: CalendarDate, _ decision: CalendarDate, clear: Int) -> String {
        "The general exception needs 5 clear days between informing the chair and the decision; \(informed.ukLong) leaves "
            + "\(clear) before \(decision.ukLong): choose special urgency, or correct the date"
    }
    static func agreedAfter(_ decision: CalendarDate) -> String {
        "The agreement must come before the decision: enter a date on or before \(decision.ukLong)"
    }
}
