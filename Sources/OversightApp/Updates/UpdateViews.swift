import OversightDocuments
import OversightDomain
import OversightStore

enum UpdateViews {
    /// The actions that need the board's attention, each with its reasons in words.
    static func exceptions(_ model: ExceptionList.Model, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id), pid = Parameter.value(model.planID)
        let paging = model.paging
        let rows = model.rows.map { row -> [BodyNode] in
            [
                link(row.reference, to: .action(cid, pid, .value(row.actionID))),
                .text(row.what),
                .group(orNotGiven(row.leadName)),
                .text(row.dueDate.ukLong),
                row.rating.map(ratingTag) ?? .group(orNotGiven(nil)),
                .group(row.reasons.map { el("span", [("class", "ov-block")], text: $0.label) }),
            ]
        }
        return Layout.render(Page(title: "Exceptions", council: council, section: .plans,
                                  breadcrumbs: [("Plans", .plans(cid)), (model.planTitle, .plan(cid, pid))], context: context,
                                  content: [
            heading(1, "Exceptions", size: .l, caption: model.planTitle),
            paragraph("Actions rated red or amber, past their due date, rated green while past it, with a due date revised more than once, or without an update in the open period."
                      + (model.openPeriodLabel.map { " The open period is \($0)." } ?? " No period is open.")),
            paragraph([fileLink("Download the exceptions (Excel)", to: .exceptionsXLSX(cid, pid)), .text(" or "),
                       fileLink("as CSV", to: .exceptionsCSV(cid, pid))]),
            paragraph([link("Filter and sort the actions that need attention", to: .actions(cid, pid),
                            query: [("exceptions", "yes")])]),
            paging.total == 0 ? paragraph("No action needs attention.") : dataTable(
                caption: "\(counted(paging.total, "action")) \(paging.total == 1 ? "needs" : "need") attention" + (paging.pages > 1 ? ", page \(paging.current) of \(paging.pages)" : ""),
                captionSize: .s, head: ["Ref", "Action", "Lead", "Due", "Rating", "Why"], rows: rows),
            pagination(paging, label: "Pages of exceptions", of: .exceptions(cid, pid)),
        ]))
    }

    /// One period: who has updated, who has not, and the updates waiting for review.
    static func period(_ model: PeriodUpdates.Model, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id), pid = Parameter.value(model.planID)
        let paging = model.paging
        return Layout.render(Page(title: model.periodLabel, council: council, section: .plans,
                                  breadcrumbs: [("Plans", .plans(cid)), (model.planTitle, .plan(cid, pid))], context: context,
                                  content: [
            heading(1, "Updates for \(model.periodLabel)", size: .l, caption: model.planTitle),
            paragraph(model.isOpen ? "Open: updates are due by \(model.deadline.ukLong)." : "Closed."),
            heading(2, "Not yet updated", size: .m),
            model.missing.isEmpty ? paragraph("Every unfinished action has an update.") : dataTable(
                caption: "\(counted(model.missing.count, "action")) without an update", captionSize: .s, head: ["Ref", "Action", "Lead"],
                rows: model.missing.map { row in
                    [link(row.reference, to: .action(cid, pid, .value(row.actionID))), .text(row.what),
                     .group(orNotGiven(row.leadName))]
                }),
            heading(2, "Updates", size: .m),
            paging.total == 0 ? paragraph("None yet.") : paragraph(
                paging.summary("updates") + (model.waiting == 0 ? "." : ", those waiting for review (\(model.waiting)) first.")),
            .group(model.cards.map { card in updateCard(card, council: council, context: context) }),
            pagination(paging, label: "Pages of updates", of: .period(cid, pid, .value(model.periodID))),
        ]))
    }

    /// An update as the history shows it, with accept and return buttons while it waits.
    static func updateCard(_ card: UpdateCard.Model, council: CouncilContext, context: ViewContext) -> BodyNode {
        let cid = Parameter.value(council.id), pid = Parameter.value(card.plan.id)
        return el("div", [("class", "ov-card")], [
            heading(3, "\(card.title), \(card.periodLabel)", size: .s),
            paragraph([ratingTag(card.rating), .text(" " + card.ratingMeaning)]),
            el("div", [("class", "ov-body ov-narrative")], [.raw(Narrative.html(card.narrative))]),
            !card.hasEvidence ? .empty : el("ul", [("class", "ov-list")], card.evidenceLinks.map { url in
                el("li", [], [el("a", [("class", "ov-link"), ("href", url), ("rel", "noopener noreferrer")],
                                 text: "Evidence: \(url)")])
            } + card.files.map { file in
                el("li", [], [
                    el("a", [("class", "ov-link"), ("href", SiteURL.evidence(cid, pid, .value(file.id)).path), ("download", "")],
                       text: "Evidence: \(file.fileName)"),
                    el("span", [("class", "ov-secondary-text")],
                       text: " (\(file.kindLabel), \(file.sizeLabel), SHA-256 \(file.checksumPrefix)…)"),
                ])
            }),
            paragraph("By \(card.submittedBy). \(card.stateLabel)." + (card.reviewComment.map { " Comment: \($0)" } ?? "")
                      + (card.isCorrection ? " This corrects an earlier update for the same month." : ""),
                      classes: "ov-body-s ov-secondary-text"),
            card.isAccepted
                && (card.action.map { context.plans.writeUpdate(for: $0, in: card.plan).isAllowed } ?? false)
                ? paragraph([el("a", [("class", "ov-link"),
                                      ("href", SiteURL.newUpdate(cid, pid, .value(card.actionID)).path(query: [("corrects", card.id.description)]))],
                                [.text("Correct this update"), visuallyHidden(" (\(card.title), \(card.periodLabel))")])],
                            classes: "ov-body-s")
                : .empty,
            card.isWaitingForReview && context.plans.edit.isAllowed
                ? postForm(to: .reviewUpdate(cid, pid, .value(card.id)), csrf: context.csrfToken, [
                    textArea("comment-\(card.id)", label: "Comment (needed to return it)", value: nil,
                             errors: FormErrors(), rows: 2),
                    buttonGroup([
                        el("button", [("type", "submit"), ("name", "decision"), ("value", "accept"), ("class", "ov-button")],
                           [.text("Accept"), visuallyHidden(" \(card.title)")]),
                        el("button", [("type", "submit"), ("name", "decision"), ("value", "return"),
                                      ("class", "ov-button ov-button--secondary")],
                           [.text("Return"), visuallyHidden(" \(card.title)")]),
                    ]),
                ])
                : .empty,
        ])
    }

    static func myActions(_ model: MyActions.Model, context: ViewContext) -> String {
        var content: [BodyNode] = [heading(1, "My actions", size: .l)]
        if model.sections.isEmpty {
            content.append(paragraph("You do not lead any plan action. If you should, ask the programme manager to name you as the action's lead officer, and your administrator to link your account to your entry in People."))
        }
        for section in model.sections {
            let cid = Parameter.value(section.council.id), pid = Parameter.value(section.planID)
            content.append(heading(2, section.planTitle, size: .m, caption: section.council.name))
            if let period = section.openPeriod {
                content.append(paragraph(section.dueCount == 0 ? "Your updates for \(period.label) are all in."
                                         : "\(counted(section.dueCount, "update")) for \(period.label) \(section.dueCount == 1 ? "is" : "are") due by \(period.deadline.ukLong)."))
            }
            content.append(dataTable(
                caption: "Actions you lead", captionSize: .s, head: ["Ref", "Action", "Due", "Rating", "This month"],
                rows: section.rows.map { row in
                    [link(row.reference, to: .action(cid, pid, .value(row.actionID))), .text(row.what),
                     .text(row.dueDate.ukLong), row.rating.map(ratingTag) ?? .group(orNotGiven(nil)),
                     row.isDue
                        ? link("Submit an update", to: .newUpdate(cid, pid, .value(row.actionID)))
                        : .text(row.isFinished ? "Finished" : "Done")]
                }))
        }
        return Layout.render(Page(title: "My actions", council: nil, section: .account, context: context, content: content))
    }

    /// An action's updates, newest first, with the way to submit one while a period is open.
    static func history(_ model: UpdateHistory.Model, council: CouncilContext, context: ViewContext) -> BodyNode {
        let cid = Parameter.value(council.id), pid = Parameter.value(model.plan.id)
        return .group([
            heading(2, "Monthly updates", size: .m),
            model.openPeriodLabel != nil && context.plans.writeUpdate(for: model.action, in: model.plan).isAllowed
                ? buttonLink("Submit an update for \(model.openPeriodLabel ?? "")", to: .newUpdate(cid, pid, .value(model.action.id)))
                : .empty,
            model.cards.isEmpty ? paragraph("No updates yet.") : .group(model.cards.map {
                updateCard($0, council: council, context: context)
            }),
        ])
    }

    static func form(_ form: UpdateForm, action: PlanAction, period: UpdatePeriod, model: PlanPageModel,
                     council: CouncilContext, errors: [FieldError], correcting: ActionUpdate? = nil,
                     context: ViewContext) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id), pid = Parameter.value(model.record.plan.id)
        let correction: [BodyNode] = correcting.map { original in [
            voidElement("input", [("type", "hidden"), ("name", "corrects"), ("value", original.id.description)]),
            inset([paragraph("You are correcting the accepted update for \(period.label) by \(original.submittedBy). It stays as it was; this correction is added beside it, says what it corrects, and goes to the programme manager for review.")]),
        ] } ?? []
        return FormPage(
            context: context, title: correcting == nil ? "Update for \(period.label)" : "Correct the update for \(period.label)",
            caption: "Action \(action.reference): \(action.what)",
            council: council, section: .plans, back: .action(cid, pid, .value(action.id)),
            action: .newUpdate(cid, pid, .value(action.id)), version: nil, errors: errors, conflict: nil,
            submit: "Submit the update", multipart: true,
            fields: correction + [
                radios("rating", legend: "Rating", hint: "What each colour means at this council",
                       options: Rating.allCases.map { ($0.rawValue, "\($0.word): \(RatingDefinitions.standard.meaning(of: $0))") },
                       selected: form.rating, errors: errs),
                textArea("narrative", label: "Progress this month",
                         hint: "What was done, what changed for children, and what happens next. You can use Markdown: **bold**, lists, links.",
                         value: form.narrative, errors: errs, rows: 8),
                textArea("evidence", label: "Evidence links (optional)",
                         hint: "Web addresses of documents that show the progress, one on each line", value: form.evidence,
                         errors: errs, rows: 3),
                fileUpload("evidenceFiles", label: "Evidence files (optional)",
                           hint: "Up to \(EvidenceRules.maxFiles) files of \(EvidenceRules.sizeLabel(EvidenceRules.maxBytes)) or less each: PDF, Word, Excel, PowerPoint, PNG, JPEG, CSV or text."
                               + (errors.isEmpty ? "" : " If you chose files before, choose them again."),
                           accept: EvidenceKind.allCases.flatMap(\.extensions).map { ".\($0)" }.joined(separator: ","),
                           multiple: true, errors: errs),
            ]
        ).render()
    }
}
