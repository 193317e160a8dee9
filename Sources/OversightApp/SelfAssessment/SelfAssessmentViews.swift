import OversightDocuments
import OversightDomain
import OversightStore

enum SelfAssessmentViews {
    static func statusTag(_ status: AssessmentStatus) -> BodyNode {
        switch status {
        case .draft: tag(status.label, .grey)
        case .agreed: tag(status.label, .blue)
        case .submitted: tag(status.label, .green)
        }
    }

    static func list(_ model: SelfAssessmentList.Model, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        return Layout.render(Page(title: "Self-assessments", council: council, section: .selfAssessment, context: context, content: [
            heading(1, "Self-assessments", size: .l),
            paragraph("What the council knows about the quality and impact of its practice, how it knows it and what it will do, written against the plan, the scorecard, the risks, the board's decisions and the practice audits. A self-assessment is frozen when it is submitted."),
            buttonGroup([
                context.selfAssessments.manage.isAllowed ? buttonLink("Start a self-assessment", to: .newSelfAssessment(cid)) : .empty,
                buttonLink("Practice audits", to: .practiceAudits(cid), secondary: true),
            ]),
            model.rows.isEmpty ? paragraph("No self-assessments yet.") : dataTable(
                caption: counted(model.count, "self-assessment"), captionSize: .s, head: ["Title", "Purpose", "Period covered", "Status"],
                rows: model.rows.map { assessment -> [BodyNode] in
                    [link(assessment.title, to: .selfAssessment(cid, .value(assessment.id))), .text(assessment.purpose),
                     .text(assessment.period), statusTag(assessment.status)]
                }),
        ]))
    }

    static func form(_ form: SelfAssessmentForm, people: [Person], council: CouncilContext, context: ViewContext, errors: [FieldError]) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id)
        return FormPage(
            context: context, title: "Start a self-assessment", caption: "Self-assessments", council: council, section: .selfAssessment,
            back: .selfAssessments(cid), action: .newSelfAssessment(cid), version: nil, errors: errors, conflict: nil, submit: "Start",
            fields: [
                textInput("title", label: "Title", value: form.title, errors: errs),
                radios("purpose", legend: "What is it for?", options: AssessmentPurpose.options, selected: form.purpose, errors: errs),
                dateInput("from", legend: "Start of the period covered", parts: DateParts(day: form.fromDay, month: form.fromMonth, year: form.fromYear),
                          errors: errs),
                dateInput("to", legend: "End of the period covered", parts: DateParts(day: form.toDay, month: form.toMonth, year: form.toYear),
                          errors: errs),
                selectField("author", label: "Author", options: people.map { ($0.id.description, $0.name + ($0.jobTitle.map { ", \($0)" } ?? "")) },
                            selected: form.author, placeholder: "Choose a person", errors: errs),
                textArea("areas", label: "Areas", hint: "One a line. These are the areas of Ofsted's framework; change them to follow another structure",
                         value: form.areas, errors: errs, rows: 6),
                textArea("questions", label: "Questions each area answers", hint: "One a line. These are Ofsted's three questions",
                         value: form.questions, errors: errs, rows: 4),
            ]).render()
    }

    static func page(_ model: SelfAssessmentPage.Model, council: CouncilContext, context: ViewContext, errors: [FieldError]) -> String {
        let cid = Parameter.value(council.id), aid = Parameter.value(model.id)
        let manage = context.selfAssessments.manage.isAllowed && model.isOpen
        let moves: [BodyNode] = context.selfAssessments.manage.isAllowed ? model.moves.map { move -> BodyNode in
            postForm(to: .selfAssessmentTransition(cid, aid), csrf: context.csrfToken, version: model.version, [
                voidElement("input", [("type", "hidden"), ("name", "event"), ("value", move.event)]),
                el("button", [("type", "submit"), ("class", move.isSecondary ? "ov-button ov-button--secondary" : "ov-button")], text: move.label),
            ])
        } : []
        return Layout.render(Page(
            title: model.title, council: council, section: .selfAssessment, breadcrumbs: [("Self-assessments", .selfAssessments(cid))],
            errors: errors, context: context, content: [
                heading(1, model.title, size: .l, caption: model.purpose),
                summaryList([
                    SummaryRow("Period covered", model.period),
                    SummaryRow("Status", model.status),
                ]),
                model.isOpen
                    ? inset([paragraph("Figures, ratings and scores in the evidence are live: they change as the data does until the self-assessment is submitted, when it is frozen exactly as it reads.")])
                    : inset([paragraph("Submitted and frozen: this is the document as it was submitted, whatever has changed since.")]),
                moves.isEmpty ? .empty : el("div", [("class", "ov-meeting-actions"), ("id", "event")], moves),
                manage ? sectionsTable(model, cid: cid) : .empty,
                downloadLinks([("Word (.docx)", .selfAssessmentDocx(cid, aid)), ("PDF", .selfAssessmentPDF(cid, aid)),
                               ("Markdown", .selfAssessmentMarkdown(cid, aid))]),
                el("article", [("class", "ov-report"), ("aria-label", "The self-assessment")],
                   [.raw(HTMLRenderer.render(model.document, headingOffset: 1))]),
            ]))
    }

    /// Where to write: every area's grade and every answer, with what is done.
    static func sectionsTable(_ model: SelfAssessmentPage.Model, cid: Parameter<Council.ID>) -> BodyNode {
        let aid = Parameter.value(model.id)
        var rows: [[BodyNode]] = []
        for area in model.areas {
            rows.append([.text(area.name), link(area.grade == nil ? "Record our judgement" : "Change our judgement", to: .assessmentArea(cid, aid, .value(area.index))),
                         .text(area.grade.map { "Judged \($0.lowercased())" } ?? "Not judged yet")])
            for answer in area.answers {
                rows.append([.text(""), link(answer.question, to: .assessmentSection(cid, aid, .value(answer.sectionID))),
                             .text((answer.isWritten ? "Written" : "Not written") + ", " + counted(answer.evidenceCount, "piece of evidence", "pieces of evidence"))])
            }
        }
        return .group([
            heading(2, "Write the self-assessment", size: .m),
            dataTable(caption: "Areas, their judgements and their answers", captionSize: .s, head: ["Area", "Part", "Done"], rows: rows),
        ])
    }

    static func sectionPage(_ model: AssessmentSectionPage.Model, form: AssessmentSectionForm, council: CouncilContext, context: ViewContext,
                            errors: [FieldError], conflict: AssessmentSection?) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id), aid = Parameter.value(model.assessmentID), sid = Parameter.value(model.sectionID)
        let groups: [BodyNode] = [el("option", [("value", "")], text: "Choose the evidence")] + model.choiceGroups.map { group -> BodyNode in
            el("optgroup", [("label", group.label)], group.choices.map { choice in
                el("option", [("value", choice.value)], text: choice.label)
            })
        }
        let message = errs.message(for: "evidence")
        return Layout.render(Page(
            title: "\(model.area): \(model.question)", council: council, section: .selfAssessment,
            breadcrumbs: [("Self-assessments", .selfAssessments(cid)), (model.assessmentTitle, .selfAssessment(cid, aid))], errors: errors,
            context: context, content: [
                heading(1, model.question, size: .l, caption: model.area),
                conflict.map { saved in
                    importantBanner(title: "Someone else saved this answer while you were writing", [
                        paragraph("Your text is below, not saved. This is what they saved:"),
                        el("div", [("class", "ov-body ov-narrative")], [.raw(Narrative.html(saved.text))]),
                    ])
                } ?? .empty,
                postForm(to: .assessmentSection(cid, aid, sid), csrf: context.csrfToken, version: Int(form.version ?? "") ?? model.sectionVersion, [
                    textArea("text", label: "Answer", hint: "You can use Markdown: a line starting \"- \" is a bullet, **bold** is bold",
                             value: form.text, errors: errs, rows: 12),
                    submitButton("Save the answer"),
                ]),
                heading(2, "Evidence", size: .m),
                model.evidence.isEmpty ? paragraph("No evidence cited yet.") : dataTable(
                    caption: "Cited in this answer", captionSize: .s, head: ["Kind", "Evidence", "Remove"],
                    rows: model.evidence.map { evidence -> [BodyNode] in
                        [.text(evidence.kind),
                         .text(evidence.text),
                         postForm(to: .assessmentEvidence(cid, aid, sid), csrf: context.csrfToken, [
                             voidElement("input", [("type", "hidden"), ("name", "remove"), ("value", evidence.id.description)]),
                             el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary")],
                                [.text("Remove"), visuallyHidden(" this \(evidence.kind.lowercased())")]),
                         ])]
                    }),
                postForm(to: .assessmentEvidence(cid, aid, sid), csrf: context.csrfToken, [
                    el("div", [("class", message == nil ? "ov-form-group" : "ov-form-group ov-form-group--error")], [
                        el("label", [("class", "ov-label"), ("for", "evidence")], text: "Cite evidence"),
                        el("div", [("id", "evidence-hint"), ("class", "ov-hint")],
                           text: "Indicators, plan actions, risks and the board's Part I decisions, and practice audits. Figures stay live until the self-assessment is submitted"),
                        message.map { el("p", [("id", "evidence-error"), ("class", "ov-error-message")],
                                         [el("span", [("class", "ov-visually-hidden")], text: "Error:"), .text(" " + $0)]) } ?? .empty,
                        el("select", [("class", "ov-select"), ("id", "evidence"), ("name", "evidence"),
                                      ("aria-describedby", message == nil ? "evidence-hint" : "evidence-hint evidence-error")], groups),
                    ]),
                    textInput("note", label: "Note (optional)", hint: "What this evidence shows", value: nil, errors: errs),
                    el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary")], text: "Cite the evidence"),
                ]),
                postForm(to: .assessmentDocuments(cid, aid, sid), csrf: context.csrfToken, [
                    fileUpload("file", label: "Or upload a document",
                               hint: "A report, an audit summary or a letter: PDF, Word, Excel, PowerPoint, an image, CSV or text, up to \(EvidenceRules.sizeLabel(EvidenceRules.maxBytes)). It is cited in this answer",
                               accept: ".pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.csv,.txt", multiple: false, errors: errs),
                    textInput("documentNote", label: "Note on the document (optional)", value: nil, errors: errs),
                    el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary")], text: "Upload and cite"),
                ], multipart: true),
                paragraph([link("Back to the self-assessment", to: .selfAssessment(cid, aid))]),
            ]))
    }

    static func areaForm(_ form: AreaJudgementForm, assessment: SelfAssessment, area: Int, council: CouncilContext, context: ViewContext,
                         errors: [FieldError]) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id), aid = Parameter.value(assessment.id)
        return FormPage(
            context: context, title: "Our judgement", caption: assessment.structure.areas[area], council: council, section: .selfAssessment,
            back: .selfAssessment(cid, aid), action: .assessmentArea(cid, aid, .value(area)), version: nil, errors: errors, conflict: nil,
            submit: "Save the judgement", fields: [
                radios("grade", legend: "The grade we give this area", options: Grade.givenOptions,
                       selected: form.grade, errors: errs),
                textArea("reasons", label: "Reasons", hint: "What the evidence shows, in a few sentences", value: form.reasons, errors: errs, rows: 6),
            ]).render()
    }
}
