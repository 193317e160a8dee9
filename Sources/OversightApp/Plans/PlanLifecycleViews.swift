import OversightDocuments
import OversightDomain
import OversightStore

/// Consultation, approval and its frozen versions, and succession.
enum PlanLifecycleViews {
    static func consultations(_ model: PlanPageModel, form: ConsultationForm, errors: [FieldError],
                              council: CouncilContext, context: ViewContext) -> BodyNode {
        let plan = model.record.plan
        let canRecord = context.plans.consult(plan).isAllowed
        guard canRecord || !model.consultations.isEmpty else { return .empty }
        let errs = FormErrors(errors)
        return .group([
            heading(2, "Consultation", size: .m),
            model.consultations.isEmpty ? paragraph("No consultation has been recorded yet.") : dataTable(
                caption: "Who was consulted, what they said and how the plan changed", captionSize: .s,
                head: ["Consulted", "Date", "Feedback", "How the plan changed"],
                rows: model.consultations.map { consultation in
                    [.text(consultation.consulted), .text(consultation.date.ukLong), .text(consultation.feedback),
                     .group(orNotGiven(consultation.response))]
                }),
            canRecord ? el("div", [("class", "ov-card")], [
                heading(3, "Record a consultation", size: .s),
                postForm(to: .consultations(.value(council.id), .value(plan.id)), csrf: context.csrfToken, [
                    textInput("consulted", label: "Who was consulted",
                              hint: "For example, staff across children's services, or the Improvement Board",
                              value: form.consulted, errors: errs),
                    dateInput("date", legend: "When", hint: "For example, 14 9 2017", parts: form.dateParts,
                              errors: errs),
                    textArea("feedback", label: "What they said", value: form.feedback, errors: errs, rows: 4),
                    textArea("response", label: "How the plan changed in response (optional)",
                             value: form.response, errors: errs, rows: 3),
                    submitButton("Record the consultation"),
                ]),
            ]) : .empty,
        ])
    }

    static func approvalForm(_ plan: Plan, form: ApprovalForm, errors: [FieldError], council: CouncilContext,
                             context: ViewContext) -> BodyNode {
        let errs = FormErrors(errors)
        return el("div", [("class", "ov-card")], [
            heading(2, "Record the approval", size: .s),
            paragraph("The plan as it stands now is kept as an approved version that never changes.",
                      classes: "ov-body-s"),
            postForm(to: .planApproval(.value(council.id), .value(plan.id)), csrf: context.csrfToken,
                     version: plan.version, [
                textInput("body", label: "Approving body", hint: "For example, Cabinet", value: form.body, errors: errs),
                dateInput("meetingDate", legend: "Meeting date", hint: "For example, 12 10 2017",
                          parts: form.meetingParts, errors: errs),
                textArea("decision", label: "Decision", hint: "As minuted, with the minute number",
                         value: form.decision, errors: errs, rows: 3),
                submitButton("Record the approval"),
            ]),
        ])
    }

    /// A frozen version, shown exactly as approved, with its downloads and checksum.
    static func version(_ version: PlanVersion, plan: Plan, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id), pid = Parameter.value(plan.id), number = Parameter.value(version.number)
        let snapshot = version.snapshot
        var content: [BodyNode] = [
            heading(1, "\(snapshot.title): version \(version.number)", size: .l,
                    caption: "As approved by \(version.approval.body) on \(version.approval.meetingDate.ukLong)"),
            version.isIntact ? .empty : importantBanner(title: "Important", [
                el("p", [("class", "ov-notification-banner__heading")],
                   text: "This version no longer matches its checksum: it has been changed since it was approved. Tell your system administrator."),
            ]),
            summaryList([
                SummaryRow("Approving body", version.approval.body),
                SummaryRow("Meeting date", version.approval.meetingDate.ukLong),
                SummaryRow("Decision", version.approval.decision),
                SummaryRow("Kind", snapshot.kind.label),
                SummaryRow("Answers", nodes: snapshot.inspection == nil && snapshot.alsoAnswers.isEmpty ? orNotGiven(nil)
                    : ([snapshot.inspection].compactMap { $0 } + snapshot.alsoAnswers).map {
                        el("span", [("class", "ov-block")], text: $0)
                    }),
                SummaryRow("Owner", nodes: orNotGiven(snapshot.owner)),
                SummaryRow("Runs", snapshot.startDate.ukLong + (snapshot.endDate.map { " to \($0.ukLong)" } ?? "")),
                SummaryRow("Actions", String(snapshot.actionCount)),
                SummaryRow("Recorded by", version.recordedBy),
                SummaryRow("Checksum (SHA-256)", nodes: [el("code", [("class", "ov-code")], text: version.checksum)]),
            ]),
            paragraph([
                el("a", [("class", "ov-link"), ("href", SiteURL.planVersionMarkdown(cid, pid, number).path), ("download", "")],
                   text: "Download this version (Markdown)"),
                .text(" or "),
                el("a", [("class", "ov-link"), ("href", SiteURL.planVersionJSON(cid, pid, number).path), ("download", "")],
                   text: "as data (JSON)"),
            ]),
        ]
        for priority in snapshot.priorities {
            content.append(heading(2, "Priority \(priority.number): \(priority.title)", size: .m))
            if let outcome = priority.outcome { content.append(paragraph(outcome, classes: "ov-body ov-secondary-text")) }
            content.append(priority.actions.isEmpty ? paragraph("No actions.") : dataTable(
                caption: "Actions of priority \(priority.number) as approved", captionSize: .s,
                head: ["Ref", "Action", "Lead", "Due", "Recommendations"],
                rows: priority.actions.map { action in
                    [.text(action.reference), .text(action.what), .group(orNotGiven(action.lead)),
                     .text(action.dueDate.ukLong),
                     .text(action.recommendations.isEmpty ? "None" : action.recommendations.joined(separator: ", "))]
                }))
        }
        return Layout.render(Page(title: "\(snapshot.title), version \(version.number)", council: council,
                                  section: .plans, breadcrumbs: [("Plans", .plans(cid)), (plan.title, .plan(cid, pid))],
                                  context: context, content: content))
    }

    static func successorForm(_ form: PlanForm, model: NewSuccessor.Model, council: CouncilContext, errors: [FieldError],
                              context: ViewContext) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id), pid = Parameter.value(model.planID)
        let unfinishedCount = model.unfinishedCount
        return FormPage(
            context: context, title: "Start a Continuous Improvement Plan", caption: "To succeed the \(model.planTitle)",
            council: council, section: .plans, back: .plan(cid, pid), action: .successor(cid, pid), version: nil,
            errors: errors, conflict: nil, submit: "Draft the plan",
            fields: [
                inset([paragraph("The new plan starts as a draft. The actions you choose are carried forward into it with their history. This plan keeps running until the new one is made active; then it closes, and any unfinished action not carried forward is withdrawn.")]),
                textInput("title", label: "Title", value: form.title, errors: errs),
            ] + PlanEditViews.commonFields(form, model: model.fields, errors: errs) + [
                unfinishedCount == 0 ? paragraph("Every action of this plan is finished: there is nothing to carry forward.")
                    : checkboxes("carry", legend: "Unfinished actions to carry forward",
                                 hint: "\(counted(unfinishedCount, "action")) \(unfinishedCount == 1 ? "is" : "are") not finished",
                                 options: model.unfinished,
                                 checked: Set(form.carry ?? []), errors: errs),
            ]
        ).render()
    }
}
