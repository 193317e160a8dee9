import OversightDomain
import Vapor

/// The report form. Its sections and implications follow the report's template, so the field
/// names are made from the template's keys ("section-executive-summary", "implication-2") and the
/// form is read as a dictionary of raw text, then checked against the template.
struct ReportForm: Content {
    var values: [String: String] = [:]
    var areas: [String] = []

    init() {}

    init(from decoder: any Decoder) throws {
        let raw = try RawFormFields(from: decoder)
        values = raw.values
        areas = raw.lists["areas"] ?? []
        values["areas"] = nil
    }

    func encode(to encoder: any Encoder) throws {
        try RawFormFields(values: values, lists: ["areas": areas]).encode(to: encoder)
    }

    subscript(_ key: String) -> String? {
        get { values[key] }
        set { values[key] = newValue }
    }

    static func sectionField(_ key: String) -> String { "section-\(key)" }
    static func implicationField(_ index: Int) -> String { "implication-\(index + 1)" }
    static func paperField(_ row: Int, _ part: String) -> String { "paper-\(row + 1)-\(part)" }
    /// Rows for background papers: those given plus room for two more, three at least.
    func paperRows(_ saved: Int) -> Int {
        let typed = (0..<20).last { row in ["name", "date", "contact"].contains { self[ReportForm.paperField(row, $0)].trimmedOrNil != nil } }
        return max(3, saved + 2, (typed ?? -1) + 2)
    }

    var meetingParts: DateParts { DateParts(day: self["meeting-day"], month: self["meeting-month"], year: self["meeting-year"]) }
    var noticeParts: DateParts { DateParts(day: self["notice-day"], month: self["notice-month"], year: self["notice-year"]) }

    /// The form filled from a saved report.
    init(_ report: Report, template: ReportTemplate) {
        values = [
            "body": report.body.id.description, "reportOf": report.reportOf, "part": report.part.rawValue,
            "areasScope": report.areas == .all ? "all" : "chosen", "title": report.title,
            "contactName": report.contact.name, "contactTelephone": report.contact.telephone ?? "",
            "contactJobTitle": report.contact.jobTitle ?? "", "contactEmail": report.contact.email ?? "",
            "meeting-day": String(report.meetingDate.day), "meeting-month": String(report.meetingDate.month),
            "meeting-year": String(report.meetingDate.year),
            "keyDecision": report.keyDecision == nil ? "no" : "yes",
            "exemptionParagraph": report.exemption.map { String($0.paragraph.rawValue) } ?? "",
            "publicInterest": report.exemption?.publicInterest ?? "", "correction": report.correction ?? "",
            "version": String(report.version), "template": report.templateID.description,
        ]
        if case let .chosen(names) = report.areas { areas = names }
        if let notice = report.keyDecision?.noticeGiven {
            values["notice-day"] = String(notice.day)
            values["notice-month"] = String(notice.month)
            values["notice-year"] = String(notice.year)
        }
        for (key, text) in report.sections { values[ReportForm.sectionField(key)] = text }
        for (index, heading) in template.implications.enumerated() {
            values[ReportForm.implicationField(index)] = report.implications.first { $0.heading == heading }?.text ?? ""
        }
        for (row, paper) in report.backgroundPapers.enumerated() {
            values[ReportForm.paperField(row, "name")] = paper.paper
            values[ReportForm.paperField(row, "date")] = paper.date
            values[ReportForm.paperField(row, "contact")] = paper.contact
        }
    }

    /// What the form says, checked: everything but the workflow.
    struct Valid {
        var body: ReportCommittee
        var meetingDate: CalendarDate
        var reportOf: String
        var part: ReportPart
        var areas: ReportAreas
        var title: String
        var contact: ReportContact
        var sections: [String: String]
        var implications: [Implication]
        var backgroundPapers: [BackgroundPaper]
        var exemption: Exemption?
        var keyDecision: KeyDecision?
        var correction: String?
    }

    /// `bodies` are the council's own: a committee of another council, or none, is refused.
    func validate(template: ReportTemplate, bodies: [GoverningBody], councilAreas: [String],
                  areaLabel: AreaLabel) -> Validated<Valid> {
        var check = Validator()
        let chosenID = self["body"].trimmedOrNil.flatMap(GoverningBody.ID.init)
        let body = bodies.first { $0.id == chosenID }.map(ReportCommittee.init)
        if body == nil { check.fail("body", ReportMessages.committee) }
        let meeting = check.date("meeting", meetingParts, label: "Meeting date", required: true)
        // A template without a "Report of" line (the Scrutiny Committee's) does not ask for one.
        let reportOf = template.headerFields.contains(.reportOf)
            ? check.required("reportOf", self["reportOf"], ReportMessages.reportOf, max: 200, label: "Report of")
            : check.optional("reportOf", self["reportOf"], max: 200, label: "Report of") ?? ""
        let part: ReportPart? = check.choice("part", self["part"], ReportMessages.part)
        var areasValue: ReportAreas?
        switch self["areasScope"] {
        case "all": areasValue = .all
        case "chosen":
            let chosen = councilAreas.filter(areas.contains)
            if chosen.isEmpty || chosen.count != Set(areas).count {
                check.fail("areasScope", ReportMessages.areasChosen(areaLabel))
            } else {
                areasValue = .chosen(chosen)
            }
        default: check.fail("areasScope", ReportMessages.areasScope(areaLabel))
        }
        let title = check.required("title", self["title"], ReportMessages.title, max: 300, label: "Title")
        let contactName = check.required("contactName", self["contactName"], ReportMessages.contactName,
                                         max: 120, label: "Contact's name")
        let telephone = check.optional("contactTelephone", self["contactTelephone"], max: 40, label: "Telephone")
        if let telephone, !ContactRules.isTelephone(telephone) { check.fail("contactTelephone", ReportMessages.contactTelephone) }
        let jobTitle = check.optional("contactJobTitle", self["contactJobTitle"], max: 150, label: "Job title")
        let email = check.optional("contactEmail", self["contactEmail"], max: 254, label: "Email address")
        if let email, !ContactRules.isEmail(email) { check.fail("contactEmail", ReportMessages.contactEmail) }

        var sections: [String: String] = [:]
        for section in template.sections where !ReportTemplate.structuredKeys.contains(section.key) {
            let field = ReportForm.sectionField(section.key)
            if let text = check.optional(field, self[field], max: 50_000, label: section.label) { sections[section.key] = text }
        }
        let plainField = ReportForm.sectionField(Report.plainSummaryKey)
        if let text = check.optional(plainField, self[plainField], max: 3_000, label: "Summary for children, young people and families") {
            sections[Report.plainSummaryKey] = text
        }
        var implications: [Implication] = []
        for (index, heading) in template.implications.enumerated() {
            let field = ReportForm.implicationField(index)
            if let text = check.optional(field, self[field], max: 20_000, label: heading) {
                implications.append(Implication(heading: heading, text: text))
            }
        }
        var papers: [BackgroundPaper] = []
        for row in 0..<paperRows(0) {
            let name = ReportForm.paperField(row, "name")
            let paper = check.optional(name, self[name], max: 300, label: "Paper \(row + 1)")
            let date = check.optional(ReportForm.paperField(row, "date"), self[ReportForm.paperField(row, "date")], max: 60,
                                      label: "Date of paper \(row + 1)")
            let contact = check.optional(ReportForm.paperField(row, "contact"), self[ReportForm.paperField(row, "contact")],
                                         max: 200, label: "Contact for paper \(row + 1)")
            if let paper {
                papers.append(BackgroundPaper(paper: paper, date: date ?? "", contact: contact ?? ""))
            } else if date != nil || contact != nil {
                check.fail(name, ReportMessages.paperName(row: row))
            }
        }

        var exemption: Exemption?
        let paragraphText = self["exemptionParagraph"].trimmedOrNil
        let publicInterest = check.optional("publicInterest", self["publicInterest"], max: 8000, label: "Public interest reason")
        if part == .partII {
            let paragraph = paragraphText.flatMap(Int.init).flatMap(Schedule12A.init(rawValue:))
            if paragraph == nil {
                check.fail("exemptionParagraph", ReportMessages.exemptionParagraph)
            }
            if publicInterest == nil {
                check.fail("publicInterest", ReportMessages.publicInterest)
            }
            if let paragraph, let publicInterest { exemption = Exemption(paragraph: paragraph, publicInterest: publicInterest) }
        } else if part == .partI && (paragraphText != nil || publicInterest != nil) {
            check.fail("exemptionParagraph", ReportMessages.partOneNotExempt)
        }

        var keyDecision: KeyDecision?
        switch self["keyDecision"] {
        case "yes":
            let notice = check.date("notice", noticeParts, label: "Forward plan notice date", required: false)
            keyDecision = KeyDecision(noticeGiven: notice)
        case "no": break
        default: check.fail("keyDecision", ReportMessages.keyDecision)
        }
        let correction = check.optional("correction", self["correction"], max: 4000, label: "What changed")

        return check.result {
            guard let body, let meeting, let reportOf, let part, let areasValue, let title, let contactName else { return nil }
            return Valid(body: body, meetingDate: meeting, reportOf: reportOf, part: part, areas: areasValue, title: title,
                         contact: ReportContact(name: contactName, telephone: telephone, jobTitle: jobTitle, email: email),
                         sections: sections, implications: implications, backgroundPapers: papers, exemption: exemption,
                         keyDecision: keyDecision, correction: correction)
        }
    }
}
