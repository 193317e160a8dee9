import OversightDocuments
import OversightDomain
import OversightStore

/// The forward plan of key decisions: what the regulations ask a notice to say, entry by entry,
/// and for democratic services the deadlines each entry still has to meet.
enum ForwardPlanViews {
    static func page(_ model: ForwardPlan.Model, context: ViewContext) -> String {
        let cid = Parameter.value(model.council.id)
        let manage = context.meetings.manage.isAllowed
        return Layout.render(Page(
            title: "Forward plan of key decisions", council: model.council,
            section: context.viewer == nil ? .forwardPlan : .meetings, context: context, content: [
                heading(1, "Forward plan of key decisions", size: .l, caption: model.council.name),
                paragraph("The key decisions the council's executive intends to take: what is to be decided, by whom and when, the documents "
                    + "the decision maker will consider and whom to ask for them. A key decision is published here at least 28 clear days "
                    + "before it is taken. When that is impracticable, the chair of the scrutiny committee is told and a notice is published "
                    + "at least 5 clear days before (the general exception), or, in a case of special urgency, the chair agrees that the "
                    + "decision cannot reasonably be deferred. A decision to be taken in private says why, and anyone may make "
                    + "representations about why that meeting should be open to the public."),
                paragraph("The Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012, "
                    + "regulations 5, 9, 10 and 11.", classes: "ov-body-s ov-secondary-text"),
                manage ? buttonLink("Add a key decision", to: .newKeyDecision(cid)) : .empty,
                model.attention.isEmpty ? .empty : attention(model.attention, cid: cid),
                heading(2, "Decisions to come", size: .m),
                model.upcoming.isEmpty ? paragraph("No key decisions are planned.") : .group(model.upcoming.map { entry($0, cid: cid, manage: manage) }),
                heading(2, "Earlier and withdrawn decisions", size: .m),
                model.earlier.isEmpty ? paragraph("None yet.") : .group(model.earlier.map { entry($0, cid: cid, manage: manage) }),
                paragraph([.text("The decisions once taken are in the "), link("decisions register", to: .decisions(cid)),
                           .text("; the meetings that take them are in the "), link("calendar", to: .calendar(cid)), .text(".")]),
            ]))
    }

    /// Democratic services' warning: each deadline near or missed, nearest first.
    private static func attention(_ items: [ForwardPlan.Attention], cid: Parameter<Council.ID>) -> BodyNode {
        el("div", [("class", "ov-notification-banner"), ("role", "region"), ("aria-labelledby", "ov-deadlines-title")], [
            el("div", [("class", "ov-notification-banner__header")], [
                el("h2", [("class", "ov-notification-banner__title"), ("id", "ov-deadlines-title")], text: "Deadlines"),
            ]),
            el("div", [("class", "ov-notification-banner__content")], [
                el("p", [("class", "ov-notification-banner__heading")],
                   text: counted(items.count, "deadline needs", "deadlines need") + " your attention"),
                el("ul", [("class", "ov-list ov-list--spaced")], items.map { item in
                    el("li", [], [
                        link("\(item.reference): \(item.matter)", to: .editKeyDecision(cid, .value(item.entryID))), .text(". "),
                        .text(item.deadline.what + ": "), stateTag(item.state), .text(" "),
                        .text(item.deadline.due.map { "(due by \($0.ukLong))" } ?? ""),
                    ])
                }),
            ]),
        ])
    }

    private static func entry(_ row: ForwardPlan.Entry, cid: Parameter<Council.ID>, manage: Bool) -> BodyNode {
        let entry = row.entry
        var facts = [SummaryRow("Decision maker", row.decisionMaker), SummaryRow("Date of decision", entry.decisionDate.ukLong)]
        if !entry.summary.isEmpty {
            facts.append(SummaryRow("What is proposed", nodes: [el("div", [("class", "ov-narrative")], [.raw(Narrative.html(entry.summary))])]))
        }
        var documents: [BodyNode] = entry.documents.map { el("li", [], text: $0) }
        if let report = row.report { documents.insert(el("li", [], [link(report.title, to: .report(cid, .value(report.id)))]), at: 0) }
        facts.append(documents.isEmpty ? SummaryRow("Documents", "None listed yet")
            : SummaryRow("Documents", nodes: [el("ul", [("class", "ov-list")], documents)]))
        facts.append(SummaryRow("Contact for the documents", entry.contact))
        facts.append(SummaryRow("Notice published", entry.published?.ukLong ?? "Not yet: a draft, seen only by democratic services"))
        facts.append(SummaryRow("How notice was given", routeText(entry.route)))
        if let notice = entry.privateMeeting {
            facts.append(SummaryRow("Open to the public", "No: to be taken in private. \(notice.paragraph.citation): \(notice.paragraph.description)."))
            facts.append(SummaryRow("Why in private", notice.reasons))
            if let first = notice.firstNotice { facts.append(SummaryRow("Notice of intention published", first.ukLong)) }
            facts.append(SummaryRow("Representations received", notice.representations.isEmpty ? "None" : notice.representations))
            if !notice.response.isEmpty { facts.append(SummaryRow("Response to the representations", notice.response)) }
            if let final = notice.finalNotice { facts.append(SummaryRow("Further notice published", final.ukLong)) }
        } else {
            facts.append(SummaryRow("Open to the public", "Yes"))
        }
        if let withdrawn = entry.withdrawn { facts.append(SummaryRow("Withdrawn", withdrawn)) }
        let title = "\(entry.reference): \(entry.matter)"
        return el("div", [("class", "ov-card"), ("id", "kd-\(entry.id)")], [
            el("h3", [("class", "ov-heading-s")], text: title),
            entry.isPublished ? .empty : tag("Draft", .grey),
            summaryList(facts),
            row.deadlines.isEmpty ? .empty : deadlines(row.deadlines, title: title),
            manage ? paragraph([link("Change", to: .editKeyDecision(cid, .value(entry.id))), visuallyHidden(" " + title)]) : .empty,
        ])
    }

    static func routeText(_ route: KeyDecisionRoute) -> String {
        switch route {
        case .notice: return "In the forward plan at least 28 clear days before the decision (regulation 9)"
        case let .generalException(exception):
            return "General exception (regulation 10): \(exception.reason) \(exception.chairInformed) was informed on \(exception.informedOn.ukLong)."
        case let .specialUrgency(urgency):
            return "Special urgency (regulation 11): \(urgency.reason) \(urgency.agreedBy) agreed on \(urgency.agreedOn.ukLong) "
                + "that the decision is urgent and cannot reasonably be deferred."
        }
    }

    private static func deadlines(_ list: [(deadline: ForwardPlanDeadline, state: ForwardPlanDeadline.State)], title: String) -> BodyNode {
        dataTable(caption: "Deadlines", captionSize: .s, head: ["What", "Due by", "Done", "State"], rows: list.map { deadline, state in
            [.text("\(deadline.what) (\(deadline.regulation))"), .text(deadline.due?.ukLong ?? "As soon as reasonably practicable"),
             .text(deadline.done?.ukLong ?? "Not yet"), stateTag(state)]
        })
    }

    static func stateTag(_ state: ForwardPlanDeadline.State) -> BodyNode {
        switch state {
        case .met: tag("Met", .green)
        case let .late(_, days): tag("Late by \(counted(days, "day"))", .red)
        case let .due(left, warning):
            tag(left == 0 ? "Due today" : "\(counted(left, "day")) left", warning ? .orange : .blue)
        case let .missed(days): tag("Missed \(counted(days, "day")) ago", .red)
        case .waiting: tag("Waiting", .yellow)
        }
    }

    static func form(_ form: ForwardPlanForm, entryID: ForwardPlanEntry.ID?, bodies: [GoverningBody], reports: [ReportSummary],
                     council: CouncilContext, context: ViewContext, errors: [FieldError], conflict: ForwardPlanEntry? = nil) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id)
        func date(_ field: String, _ legend: String, hint: String? = "For example, 8 9 2017") -> BodyNode {
            dateInput(field, legend: legend, hint: hint, parts: form.parts(field), errors: errs)
        }
        return FormPage(
            context: context, title: entryID == nil ? "Add a key decision" : "Change a key decision", caption: "Forward plan",
            council: council, section: .meetings, back: .forwardPlan(cid),
            action: entryID.map { .editKeyDecision(cid, .value($0)) } ?? .newKeyDecision(cid),
            version: entryID == nil ? nil : Int(form["version"] ?? "") ?? 0, errors: errors,
            conflict: conflict.map { saved in
                [SummaryRow("Reference", saved.reference), SummaryRow("Matter", saved.matter),
                 SummaryRow("Date of decision", saved.decisionDate.ukLong), SummaryRow("Notice published", saved.published?.ukLong ?? "Not yet"),
                 SummaryRow("How notice was given", routeText(saved.route))]
            },
            submit: "Save", fields: [
                textInput("reference", label: "Reference", hint: "The council's number for the decision, for example KD/2017/14",
                          value: form["reference"], errors: errs, width: .w10),
                textInput("matter", label: "Matter for decision", value: form["matter"], errors: errs),
                textArea("summary", label: "What is proposed (optional)",
                         hint: "A few sentences for residents. You can use Markdown: a line starting \"- \" is a bullet",
                         value: form["summary"], errors: errs, rows: 4),
                selectField("body", label: "Decision maker", hint: "The Cabinet, or the board or committee that will take the decision",
                            options: bodies.map { ($0.id.description, $0.name) }, selected: form["body"], placeholder: "Choose a decision maker",
                            errors: errs),
                date("decision", "Date of decision", hint: "The meeting's date, or the first day the decision may be taken. For example, 12 10 2017"),
                textArea("documents", label: "Documents to be submitted (optional)", hint: "One a line, for example \"Report of the Director of Children's Services\"",
                         value: form["documents"], errors: errs, rows: 3),
                selectField("report", label: "Report asking for the decision (optional)", hint: "Shown to the public once the report is published",
                            options: reports.map { ($0.id.description, "\($0.title) (\($0.body.name), \($0.meetingDate.ukLong))") },
                            selected: form["report"], placeholder: "No report yet", errors: errs),
                textInput("contact", label: "Contact for the documents", hint: "Name, job title, and a telephone number or email address",
                          value: form["contact"], errors: errs),
                date("published", "Date the notice was published (optional)",
                     hint: "Leave empty while it is a draft: the public sees the entry once this is given. For example, 8 9 2017"),
                radios("route", legend: "How is notice of the decision given?",
                       hint: "Regulation 9 needs 28 clear days; the general exception 5 clear days with the scrutiny chair told; special urgency the chair's agreement",
                       options: [(KeyDecisionRoute.notice.code, KeyDecisionRoute.notice.label),
                                 ("general-exception", "General exception (regulation 10)"), ("special-urgency", "Special urgency (regulation 11)")],
                       selected: form["route"], errors: errs),
                heading(2, "General exception", size: .s),
                paragraph("Only when the general exception is chosen.", classes: "ov-hint"),
                textArea("exceptionReason", label: "Why 28 clear days' notice was impracticable", value: form["exceptionReason"], errors: errs, rows: 3),
                textInput("chairInformed", label: "Scrutiny chair informed", hint: "For example, Councillor Peter Lowe, Chair of the Children's Services Scrutiny Committee",
                          value: form["chairInformed"], errors: errs),
                date("informed", "Date the chair was informed and the notice published"),
                heading(2, "Special urgency", size: .s),
                paragraph("Only when special urgency is chosen.", classes: "ov-hint"),
                textArea("urgencyReason", label: "Why the decision is urgent and cannot reasonably be deferred", value: form["urgencyReason"],
                         errors: errs, rows: 3),
                textInput("agreedBy", label: "Agreed by", hint: "The chair of the scrutiny committee, or the chair of the council when there is none",
                          value: form["agreedBy"], errors: errs),
                date("agreed", "Date of agreement"),
                heading(2, "Meeting in private", size: .s),
                radios("private", legend: "Will the decision be taken in a meeting closed to the public?",
                       options: [("no", "No"), ("yes", "Yes")], selected: form["private"], errors: errs, inline: true),
                selectField("paragraph", label: "Paragraph of Schedule 12A", options: Schedule12A.allCases.map {
                    (String($0.rawValue), "Paragraph \($0.rawValue): \($0.description)")
                }, selected: form["paragraph"], placeholder: "Choose a paragraph", errors: errs),
                textArea("privateReasons", label: "Why in private", value: form["privateReasons"], errors: errs, rows: 3),
                date("firstNotice", "Date of the notice of intention (optional)", hint: "Due 28 clear days before. For example, 8 9 2017"),
                textArea("representations", label: "Representations received (optional)", hint: "Why the meeting should be open, and from whom; leave empty if none",
                         value: form["representations"], errors: errs, rows: 3),
                textArea("response", label: "Response to the representations (optional)", value: form["response"], errors: errs, rows: 3),
                date("finalNotice", "Date of the further notice (optional)", hint: "Due 5 clear days before. For example, 4 10 2017"),
                heading(2, "Withdrawal", size: .s),
                textArea("withdrawn", label: "Why the decision was withdrawn (optional)", hint: "Only when it is taken off the plan",
                         value: form["withdrawn"], errors: errs, rows: 2),
            ]).render()
    }
}
