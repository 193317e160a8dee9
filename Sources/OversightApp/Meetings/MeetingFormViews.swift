import OversightDocuments
import OversightDomain
import OversightStore

enum MeetingFormViews {
    static func meetingForm(_ form: MeetingForm, meetingID: Meeting.ID?, bodies: [GoverningBody], council: CouncilContext,
                            context: ViewContext, errors: [FieldError], conflict: Meeting? = nil) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id)
        let back: SiteURL = meetingID.map { .meeting(cid, .value($0)) }
            ?? form.body.flatMap { GoverningBody.ID($0) }.map { .body(cid, .value($0)) } ?? .bodies(cid)
        return FormPage(
            context: context, title: meetingID == nil ? "Schedule a meeting" : "Change the date, time or place", caption: nil,
            council: council, section: .meetings, back: back,
            action: meetingID.map { .editMeeting(cid, .value($0)) } ?? .newMeeting(cid),
            version: meetingID == nil ? nil : Int(form.version ?? "") ?? 0, errors: errors,
            conflict: conflict.map { [SummaryRow("Date and time", $0.when), SummaryRow("Place", $0.place)] },
            submit: meetingID == nil ? "Schedule the meeting" : "Save", fields: [
                meetingID == nil
                    ? selectField("body", label: "Board or committee", options: bodies.map { ($0.id.description, $0.name) },
                                  selected: form.body, placeholder: "Choose a board or committee", errors: errs)
                    : voidElement("input", [("type", "hidden"), ("name", "body"), ("value", form.body ?? "")]),
                dateInput("date", legend: "Date of the meeting", hint: "For example, 12 10 2017",
                          parts: DateParts(day: form.dateDay, month: form.dateMonth, year: form.dateYear), errors: errs),
                textInput("time", label: "Start time", hint: "On the 24-hour clock or with am or pm, for example 10:00 or 2:30pm",
                          value: form.time, errors: errs, width: .w5),
                textInput("place", label: "Place", hint: "The room and building, or \"Online (Microsoft Teams)\"", value: form.place,
                          errors: errs),
            ]).render()
    }

    static func itemForm(_ form: AgendaItemForm, meeting: Meeting, body: GoverningBody, itemID: AgendaItem.ID?, reports: [ReportSummary],
                         council: CouncilContext, context: ViewContext, errors: [FieldError], conflict: AgendaItem? = nil) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id)
        let mid = Parameter.value(meeting.id)
        return FormPage(
            context: context, title: itemID == nil ? "Add an agenda item" : "Change an agenda item", caption: "\(body.name), \(meeting.when)",
            council: council, section: .meetings, back: .meeting(cid, mid),
            action: itemID.map { .editAgendaItem(cid, mid, .value($0)) } ?? .newAgendaItem(cid, mid),
            version: itemID == nil ? nil : Int(form.version ?? "") ?? 0, errors: errors,
            conflict: conflict.map { [SummaryRow("Title", $0.title), SummaryRow("Part", $0.part.label),
                                      SummaryRow("Papers", $0.papers.joined(separator: "; "))] },
            submit: "Save the item", fields: [
                textInput("title", label: "Title", value: form.title, errors: errs),
                radios("part", legend: "Is the item public?",
                       hint: "A Part II item is taken in private; only people with Part II access see it, its papers and its minute",
                       options: [(ReportPart.partI.rawValue, "Part I: public"), (ReportPart.partII.rawValue, "Part II: exempt")],
                       selected: form.part, errors: errs),
                selectField("paragraph", label: "Schedule 12A paragraph (Part II only)",
                            options: Schedule12A.allCases.map { (String($0.rawValue), "\($0.rawValue): \($0.description)") },
                            selected: form.paragraph, placeholder: "Not exempt", errors: errs),
                textArea("publicInterest", label: "Public interest reason (Part II only)",
                         hint: "Why the public interest in withholding the item outweighs the interest in disclosing it",
                         value: form.publicInterest, errors: errs, rows: 3),
                selectField("report", label: "Committee report (optional)", hint: "A report in Oversight that the item considers",
                            options: reports.map { ($0.id.description, "\($0.title) (\($0.body.label), \(UKDateFormat.long($0.meetingDate)))") },
                            selected: form.report, placeholder: "No report", errors: errs),
                textArea("papers", label: "Other papers (optional)", hint: "One title per line, for example \"Performance scorecard, August 2017\"",
                         value: form.papers, errors: errs, rows: 4),
            ]).render()
    }

    static func attendanceForm(_ model: MeetingAttendance.Model, council: CouncilContext, context: ViewContext,
                               errors: [FieldError]) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id)
        return FormPage(
            context: context, title: "Record attendance", caption: "\(model.bodyName), \(model.when)", council: council,
            section: .meetings, back: .meeting(cid, .value(model.meetingID)), action: .attendance(cid, .value(model.meetingID)), version: nil,
            errors: errors, conflict: nil, submit: "Save attendance",
            fields: model.members.isEmpty ? [paragraph("The body had no members on the day of the meeting. Add its members first.")] :
                model.members.map { member in
                    radios("attendance-\(member.personID)", legend: "\(member.name), \(member.role.lowercased())",
                           options: AttendanceStatus.options, selected: member.selected, errors: errs, inline: true)
                }).render()
    }

    /// The page for writing one item's minute: the discussion, then decisions, actions arising and
    /// declarations, each a small form of its own so that a mistake in one keeps the others' text.
    static func itemMinutes(_ model: ItemMinutes.Model, forms: ItemMinuteForms, council: CouncilContext,
                            context: ViewContext, errors: [FieldError], conflict: AgendaItem? = nil) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id)
        let mid = Parameter.value(model.meetingID)
        let iid = Parameter.value(model.itemID)
        // A form whose input was refused stays open, so its messages and the user's text are in view.
        func open(_ fields: [String]) -> String? { errs.any(of: fields) ? "" : nil }
        return Layout.render(Page(
            title: "Item \(model.position): \(model.title)", council: council, section: .meetings, back: .meeting(cid, mid),
            errors: errors, context: context, content: [
                heading(1, "Item \(model.position): \(model.title)", size: .l, caption: "\(model.bodyName), \(model.when)"),
                conflict.map { saved in
                    importantBanner(title: "Important", [
                        el("p", [("class", "ov-notification-banner__heading")], text: Messages.staleEdit),
                        paragraph("This is the minute as saved now. Your text is in the box below: check it, then save again to replace it."),
                        el("div", [("class", "ov-body ov-narrative")], [.raw(Narrative.html(saved.discussion))]),
                    ])
                } ?? .empty,
                heading(2, "Minute", size: .m),
                postForm(to: .itemMinutes(cid, mid, iid), csrf: context.csrfToken, version: model.version, [
                    textArea("discussion", label: "What was discussed", hint: "You can use Markdown: a line starting \"- \" is a bullet",
                             value: forms.minute.discussion ?? model.discussion, errors: errs, rows: 8),
                    submitButton("Save the minute"),
                ]),
                heading(2, "Decisions", size: .m),
                model.decisions.isEmpty ? paragraph("None recorded.") : .group(model.decisions.map { MeetingViews.decisionBlock($0) }),
                el("details", [("class", "ov-details"), ("open", open(["text", "reasons", "alternatives", "votesFor", "votesAgainst", "votesAbstained"]))], [
                    el("summary", [("class", "ov-details__summary")], text: "Record a decision"),
                    el("div", [("class", "ov-details__text")], [
                        postForm(to: .itemDecisions(cid, mid, iid), csrf: context.csrfToken, [
                            textArea("text", label: "Decision", value: forms.decision.text, errors: errs, rows: 3),
                            textArea("reasons", label: "Reasons", value: forms.decision.reasons, errors: errs, rows: 3),
                            textArea("alternatives", label: "Alternatives considered and rejected (optional)", value: forms.decision.alternatives,
                                     errors: errs, rows: 3),
                            textInput("votesFor", label: "Votes for (optional)", hint: "Leave the three vote boxes empty when no vote was taken",
                                      value: forms.decision.votesFor, errors: errs, width: .w3, inputmode: "numeric"),
                            textInput("votesAgainst", label: "Votes against (optional)", value: forms.decision.votesAgainst, errors: errs,
                                      width: .w3, inputmode: "numeric"),
                            textInput("votesAbstained", label: "Abstentions (optional)", value: forms.decision.votesAbstained, errors: errs,
                                      width: .w3, inputmode: "numeric"),
                            submitButton("Record the decision"),
                        ]),
                    ]),
                ]),
                heading(2, "Actions arising", size: .m),
                model.actions.rows.isEmpty ? paragraph("None.") : BoardActionViews.table(model.actions, cid: cid,
                                                                                          caption: "Actions arising from item \(model.position)"),
                el("details", [("class", "ov-details"), ("open", open(["what", "owner", "due"]))], [
                    el("summary", [("class", "ov-details__summary")], text: "Add an action"),
                    el("div", [("class", "ov-details__text")], [
                        postForm(to: .itemActions(cid, mid, iid), csrf: context.csrfToken, [
                            textArea("what", label: "Action", value: forms.action.what, errors: errs, rows: 3),
                            selectField("owner", label: "Owner", options: model.owners.map { ($0.id.description, $0.name) },
                                        selected: forms.action.owner,
                                        placeholder: "Choose the owner", errors: errs),
                            dateInput("due", legend: "Due date",
                                      parts: DateParts(day: forms.action.dueDay, month: forms.action.dueMonth, year: forms.action.dueYear),
                                      errors: errs),
                            submitButton("Add the action"),
                        ]),
                    ]),
                ]),
                heading(2, "Declarations of interest", size: .m),
                model.declarations.isEmpty ? paragraph("None declared.") : bulletList(model.declarations.map {
                    .text("\($0.name): \($0.interest)" + ($0.dispensation.map { " (dispensation: \($0))" } ?? ""))
                }),
                el("details", [("class", "ov-details"), ("open", open(["person", "interest", "dispensation"]))], [
                    el("summary", [("class", "ov-details__summary")], text: "Record a declaration"),
                    el("div", [("class", "ov-details__text")], [
                        postForm(to: .itemDeclarations(cid, mid, iid), csrf: context.csrfToken, [
                            selectField("person", label: "Member", options: model.members.map { ($0.id.description, $0.name) },
                                        selected: forms.declaration.person, placeholder: "Choose the member", errors: errs),
                            textArea("interest", label: "Interest declared", value: forms.declaration.interest, errors: errs, rows: 2),
                            textArea("dispensation", label: "Dispensation (optional)", value: forms.declaration.dispensation, errors: errs, rows: 2),
                            submitButton("Record the declaration"),
                        ]),
                    ]),
                ]),
            ]))
    }
}
