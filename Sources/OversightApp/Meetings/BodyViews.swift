import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

enum BodyViews {
    static func list(_ model: BodyList.Model, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        return Layout.render(Page(title: "Boards and committees", council: council, section: .meetings, context: context, content: [
            heading(1, "Boards and committees", size: .l),
            paragraph("The Improvement Board and the committees that receive reports: their members, meetings, minutes and decisions."),
            buttonGroup([
                context.meetings.manage.isAllowed ? buttonLink("Add a board or committee", to: .newBody(cid)) : .empty,
                context.meetings.read.isAllowed ? buttonLink("Action log", to: .boardActions(cid), secondary: true) : .empty,
                buttonLink("Calendar", to: .calendar(cid), secondary: true),
                buttonLink("Decisions", to: .decisions(cid), secondary: true),
                buttonLink("Forward plan", to: .forwardPlan(cid), secondary: true),
            ]),
            model.rows.isEmpty ? paragraph("No boards or committees have been added yet.") :
                dataTable(caption: counted(model.bodyCount, "board or committee", "boards and committees"), captionSize: .s,
                          head: ["Name", "Kind", "Next meeting"],
                          rows: model.rows.map { body in
                              [link(body.name, to: .body(cid, .value(body.id))), .text(body.kind),
                               body.next.map { link($0.when, to: .meeting(cid, .value($0.id))) } ?? .text("None scheduled")]
                          }),
        ]))
    }

    static func detail(_ model: BodyDetail.Model, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        let manage = context.meetings.manage.isAllowed
        func memberRows(_ members: [BodyDetail.Model.Member], ended: Bool) -> [[BodyNode]] {
            members.map { member in
                var cells: [BodyNode] = [.text(member.name), .text(member.role), .text(member.from.ukLong)]
                if ended { cells.append(.text(member.until?.ukLong ?? "")) }
                if manage && !ended {
                    cells.append(link("End membership", to: .endMembership(cid, .value(model.id), .value(member.id))))
                }
                return cells
            }
        }
        return Layout.render(Page(
            title: model.name, council: council, section: .meetings, breadcrumbs: [("Boards and committees", .bodies(cid))],
            context: context, content: [
                heading(1, model.name, size: .l, caption: model.kind),
                summaryList([
                    SummaryRow("Kind", model.kind, change: manage ? (.editBody(cid, .value(model.id)), "kind") : nil),
                    SummaryRow("Quorum", counted(model.quorum, "voting member"),
                               change: manage ? (.editBody(cid, .value(model.id)), "quorum") : nil),
                ] + (manage ? [SummaryRow("Report template", model.reportTemplate, change: (.editBody(cid, .value(model.id)), "report template"))] : [])),
                context.reports.edit.isAllowed
                    ? buttonLink("Draft a report to \(model.name)", to: .newReport(cid),
                                 query: [("body", model.id.description)], secondary: true) : .empty,
                heading(2, "Terms of reference", size: .m),
                model.termsOfReference.isEmpty ? paragraph("Not written yet.")
                    : el("div", [("class", "ov-body ov-narrative")], [.raw(Narrative.html(model.termsOfReference))]),
                heading(2, "Members", size: .m),
                manage ? buttonLink("Add a member", to: .bodyMembers(cid, .value(model.id)), secondary: true) : .empty,
                model.currentMembers.isEmpty ? paragraph("No current members.") :
                    dataTable(caption: "Current members", captionSize: .s,
                              head: ["Name", "Role", "Member since"] + (manage ? ["Change"] : []),
                              rows: memberRows(model.currentMembers, ended: false)),
                model.formerMembers.isEmpty ? .empty :
                    dataTable(caption: "Former members", captionSize: .s, head: ["Name", "Role", "From", "Until"],
                              rows: memberRows(model.formerMembers, ended: true)),
                heading(2, "Meetings", size: .m),
                manage ? buttonLink("Schedule a meeting", to: .newMeeting(cid), query: [("body", model.id.description)], secondary: true)
                    : .empty,
                meetingTable("Upcoming meetings", model.upcomingMeetings, cid: cid, empty: "No meetings are scheduled."),
                meetingTable("Past meetings", model.pastMeetings, cid: cid, empty: "No meetings have been held yet."),
                paragraph([.text("Add these meetings to Outlook or another calendar: "),
                           link("\(model.name) calendar (iCalendar)", to: .bodyCalendarFeed(cid, .value(model.id))),
                           .text(". The "), link("calendar", to: .calendar(cid)), .text(" page explains how to subscribe.")]),
                paragraph([.text("Follow its new agendas, published reports and decisions in a feed reader: "),
                           link("\(model.name) news (Atom feed)", to: .bodyFeed(cid, .value(model.id))), .text(".")]),
            ]))
    }

    static func meetingTable(_ caption: String, _ meetings: [BodyDetail.Model.MeetingRow], cid: Parameter<Council.ID>,
                             empty: String) -> BodyNode {
        guard !meetings.isEmpty else { return .group([heading(3, caption, size: .s), paragraph(empty)]) }
        return dataTable(caption: caption, captionSize: .s, head: ["Date", "Place", "Status"], rows: meetings.map { meeting in
            [link(meeting.when, to: .meeting(cid, .value(meeting.id))), .text(meeting.place), MeetingViews.statusTag(meeting.status)]
        })
    }

    static func form(_ form: BodyForm, bodyID: GoverningBody.ID?, templates: [(family: UUID, name: String)], council: CouncilContext,
                     context: ViewContext, errors: [FieldError], conflict: GoverningBody? = nil) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id)
        return FormPage(
            context: context, title: bodyID == nil ? "Add a board or committee" : "Change the board or committee", caption: nil,
            council: council, section: .meetings, back: bodyID.map { .body(cid, .value($0)) } ?? .bodies(cid),
            action: bodyID.map { .editBody(cid, .value($0)) } ?? .newBody(cid),
            version: bodyID == nil ? nil : Int(form.version ?? "") ?? 0, errors: errors,
            conflict: conflict.map { [SummaryRow("Name", $0.name), SummaryRow("Kind", $0.kind.label),
                                      SummaryRow("Quorum", String($0.quorum)), SummaryRow("Terms of reference", $0.termsOfReference)] },
            submit: "Save", fields: [
                textInput("name", label: "Name", hint: "As agendas print it, for example \"Children's Services Improvement Board\"",
                          value: form.name, errors: errs),
                radios("kind", legend: "What kind of body is it?", options: BodyKind.options, selected: form.kind, errors: errs),
                textInput("quorum", label: "Quorum", hint: "How many voting members must be present for the meeting to decide",
                          value: form.quorum, errors: errs, width: .w3, inputmode: "numeric"),
                selectField("reportTemplate", label: "Report template", hint: "New reports to this body start from it; a report can still choose another",
                            options: templates.map { ($0.family.uuidString, $0.name) },
                            selected: form.reportTemplate, placeholder: "The standard template", errors: errs),
                textArea("termsOfReference", label: "Terms of reference (optional)",
                         hint: "Its purpose, powers and membership. You can use Markdown: a line starting \"- \" is a bullet",
                         value: form.termsOfReference, errors: errs, rows: 10),
            ]).render()
    }

    static func memberForm(_ form: MemberForm, body: GoverningBody, people: [Person], council: CouncilContext, context: ViewContext,
                           errors: [FieldError]) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id)
        return FormPage(
            context: context, title: "Add a member", caption: body.name, council: council, section: .meetings,
            back: .body(cid, .value(body.id)), action: .bodyMembers(cid, .value(body.id)), version: nil, errors: errors,
            conflict: nil, submit: "Add the member", fields: [
                selectField("person", label: "Person", hint: "Someone not listed can be added under People first",
                            options: people.map { ($0.id.description, $0.name + ($0.jobTitle.map { ", \($0)" } ?? "")) },
                            selected: form.person, placeholder: "Choose a person", errors: errs),
                radios("role", legend: "Role on the body", hint: "Advisers and officers in attendance do not vote or count towards the quorum",
                       options: MemberRole.options, selected: form.role, errors: errs),
                dateInput("from", legend: "Date they joined", parts: DateParts(day: form.fromDay, month: form.fromMonth, year: form.fromYear),
                          errors: errs),
            ]).render()
    }

    static func endMemberForm(_ form: EndMemberForm, membership: Membership, person: Person?, body: GoverningBody,
                              council: CouncilContext, context: ViewContext, errors: [FieldError]) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id)
        return FormPage(
            context: context, title: "End \(person?.name ?? "this person")'s membership", caption: body.name, council: council,
            section: .meetings, back: .body(cid, .value(body.id)), action: .endMembership(cid, .value(body.id), .value(membership.id)),
            version: nil, errors: errors, conflict: nil, submit: "End the membership", fields: [
                paragraph("Their membership stays in the body's history with the dates they served."),
                dateInput("until", legend: "Last day as a member",
                          parts: DateParts(day: form.untilDay, month: form.untilMonth, year: form.untilYear), errors: errs),
            ]).render()
    }
}
