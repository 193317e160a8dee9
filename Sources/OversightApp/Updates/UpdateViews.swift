import OversightDocuments
import OversightDomain
import OversightStore
import Plot

enum UpdateViews {
    /// The actions that need the board's attention, each with its reasons in words.
    static func exceptions(_ model: PlanPageModel, page: Int = 1, council: CouncilContext, context: ViewContext) -> String {
        let plan = model.record.plan
        let cid = Parameter.value(council.id), pid = Parameter.value(plan.id)
        let rows = model.record.actions.compactMap { action -> [BodyNode]? in
            let reasons = model.exceptions(action)
            guard !reasons.isEmpty else { return nil }
            return [
                link(action.reference, to: .action(cid, pid, .value(action.id))),
                .text(action.what),
                .group(orNotGiven(model.name(action.leadID))),
                .text(action.currentDueDate.ukLong),
                model.latestRating(action.id).map(ratingTag) ?? .group(orNotGiven(nil)),
                .group(reasons.map { el("span", [("class", "ov-block")], text: $0.label) }),
            ]
        }
        let paging = Paging(page: page, perPage: ActionListQuery.perPage, total: rows.count)
        return Layout.render(Page(title: "Exceptions", council: council, section: .plans,
                                  breadcrumbs: [("Plans", .plans(cid)), (plan.title, .plan(cid, pid))], context: context,
                                  content: [
            heading(1, "Exceptions", size: .l, caption: plan.title),
            paragraph("Actions rated red or amber, past their due date, rated green while past it, with a due date revised more than once, or without an update in the open period."
                      + (model.openPeriod.map { " The open period is \($0.label)." } ?? " No period is open.")),
            paragraph([fileLink("Download the exceptions (Excel)", to: .exceptionsXLSX(cid, pid)), .text(" or "),
                       fileLink("as CSV", to: .exceptionsCSV(cid, pid))]),
            paragraph([link("Filter and sort the actions that need attention", to: .actions(cid, pid),
                            query: [("exceptions", "yes")])]),
            rows.isEmpty ? paragraph("No action needs attention.") : dataTable(
                caption: "\(counted(rows.count, "action")) \(rows.count == 1 ? "needs" : "need") attention" + (paging.pages > 1 ? ", page \(paging.current) of \(paging.pages)" : ""),
                captionSize: .s, head: ["Ref", "Action", "Lead", "Due", "Rating", "Why"], rows: Array(paging.slice(rows))),
            pagination(paging, label: "Pages of exceptions", of: .exceptions(cid, pid)),
        ]))
    }

    /// One period: who has updated, who has not, and the updates waiting for review.
    /// Updates shown on one page of a period: each is a card with its narrative, so fewer than a table.
    static let updatesPerPage = 25

    static func period(_ period: UpdatePeriod, model: PlanPageModel, page: Int = 1, council: CouncilContext,
                       context: ViewContext) -> String {
        let plan = model.record.plan
        let cid = Parameter.value(council.id), pid = Parameter.value(plan.id)
        let missing = model.record.actions.filter { !$0.isFinished && !model.hasUpdate($0.id, in: period.id) }
        // Those waiting for review first (the programme manager's work), then the newest.
        let newestFirst = Array(model.updates.filter { $0.periodID == period.id }.reversed())
        let inPeriod = newestFirst.filter { $0.state == .submitted } + newestFirst.filter { $0.state != .submitted }
        let paging = Paging(page: page, perPage: Self.updatesPerPage, total: inPeriod.count)
        let references = Dictionary(uniqueKeysWithValues: model.record.actions.map { ($0.id, $0.reference) })
        let waiting = inPeriod.filter { $0.state == .submitted }.count
        return Layout.render(Page(title: period.label, council: council, section: .plans,
                                  breadcrumbs: [("Plans", .plans(cid)), (plan.title, .plan(cid, pid))], context: context,
                                  content: [
            heading(1, "Updates for \(period.label)", size: .l, caption: plan.title),
            paragraph(period.isOpen ? "Open: updates are due by \(period.deadline.ukLong)." : "Closed."),
            heading(2, "Not yet updated", size: .m),
            missing.isEmpty ? paragraph("Every unfinished action has an update.") : dataTable(
                caption: "\(counted(missing.count, "action")) without an update", captionSize: .s, head: ["Ref", "Action", "Lead"],
                rows: missing.map { action in
                    [link(action.reference, to: .action(cid, pid, .value(action.id))), .text(action.what),
                     .group(orNotGiven(model.name(action.leadID)))]
                }),
            heading(2, "Updates", size: .m),
            inPeriod.isEmpty ? paragraph("None yet.") : paragraph(
                paging.summary("updates") + (waiting == 0 ? "." : ", those waiting for review (\(waiting)) first.")),
            .group(paging.slice(inPeriod).map { update in
                updateCard(update, title: "Action \(references[update.actionID] ?? "")", model: model, council: council,
                           context: context)
            }),
            pagination(paging, label: "Pages of updates", of: .period(cid, pid, .value(period.id))),
        ]))
    }

    /// An update as the history shows it, with accept and return buttons while it waits.
    static func updateCard(_ update: ActionUpdate, title: String, model: PlanPageModel, council: CouncilContext,
                           context: ViewContext) -> BodyNode {
        let cid = Parameter.value(council.id), pid = Parameter.value(model.record.plan.id)
        let period = model.periods.first { $0.id == update.periodID }
        return el("div", [("class", "ov-card")], [
            heading(3, "\(title), \(period?.label ?? "")", size: .s),
            paragraph([ratingTag(update.rating), .text(" " + update.definitions.meaning(of: update.rating))]),
            el("div", [("class", "ov-body ov-narrative")], [.raw(Narrative.html(update.narrative))]),
            update.evidenceLinks.isEmpty && model.evidence(of: update.id).isEmpty ? .empty : el("ul", [("class", "ov-list")], update.evidenceLinks.map { url in
                el("li", [], [el("a", [("class", "ov-link"), ("href", url), ("rel", "noopener noreferrer")],
                                 text: "Evidence: \(url)")])
            } + model.evidence(of: update.id).map { file in
                el("li", [], [
                    el("a", [("class", "ov-link"), ("href", SiteURL.evidence(cid, pid, .value(file.id)).path), ("download", "")],
                       text: "Evidence: \(file.fileName)"),
                    el("span", [("class", "ov-secondary-text")],
                       text: " (\(file.kind.label), \(file.sizeLabel), SHA-256 \(file.sha256.prefix(12))…)"),
                ])
            }),
            paragraph("By \(update.submittedBy). \(update.state.label)." + (update.reviewComment.map { " Comment: \($0)" } ?? "")
                      + (update.correctsID == nil ? "" : " This corrects an earlier update for the same month."),
                      classes: "ov-body-s ov-secondary-text"),
            update.state == .accepted
                && (model.record.actions.first { $0.id == update.actionID }.map { context.plans.writeUpdate(for: $0, in: model.record.plan).isAllowed } ?? false)
                ? paragraph([el("a", [("class", "ov-link"),
                                      ("href", SiteURL.newUpdate(cid, pid, .value(update.actionID)).path(query: [("corrects", update.id.description)]))],
                                [.text("Correct this update"), visuallyHidden(" (\(title), \(period?.label ?? ""))")])],
                            classes: "ov-body-s")
                : .empty,
            update.state == .submitted && context.plans.edit.isAllowed
                ? postForm(to: .reviewUpdate(cid, pid, .value(update.id)), csrf: context.csrfToken, [
                    textArea("comment-\(update.id)", label: "Comment (needed to return it)", value: nil,
                             errors: FormErrors(), rows: 2),
                    buttonGroup([
                        el("button", [("type", "submit"), ("name", "decision"), ("value", "accept"), ("class", "ov-button")],
                           [.text("Accept"), visuallyHidden(" \(title)")]),
                        el("button", [("type", "submit"), ("name", "decision"), ("value", "return"),
                                      ("class", "ov-button ov-button--secondary")],
                           [.text("Return"), visuallyHidden(" \(title)")]),
                    ]),
                ])
                : .empty,
        ])
    }

    static func myActions(_ sections: [(PlanPageModel, CouncilContext, [PlanAction])], context: ViewContext) -> String {
        var content: [BodyNode] = [heading(1, "My actions", size: .l)]
        if sections.isEmpty {
            content.append(paragraph("You do not lead any plan action. If you should, ask the programme manager to name you as the action's lead officer, and your administrator to link your account to your entry in People."))
        }
        for (model, council, actions) in sections {
            let cid = Parameter.value(council.id), pid = Parameter.value(model.record.plan.id)
            let due = model.openPeriod.map { period in actions.filter { !$0.isFinished && !model.hasUpdate($0.id, in: period.id) } } ?? []
            content.append(heading(2, model.record.plan.title, size: .m, caption: council.name))
            if let period = model.openPeriod {
                content.append(paragraph(due.isEmpty ? "Your updates for \(period.label) are all in."
                                         : "\(counted(due.count, "update")) for \(period.label) \(due.count == 1 ? "is" : "are") due by \(period.deadline.ukLong)."))
            }
            content.append(dataTable(
                caption: "Actions you lead", captionSize: .s, head: ["Ref", "Action", "Due", "Rating", "This month"],
                rows: actions.map { action in
                    [link(action.reference, to: .action(cid, pid, .value(action.id))), .text(action.what),
                     .text(action.currentDueDate.ukLong), model.latestRating(action.id).map(ratingTag) ?? .group(orNotGiven(nil)),
                     due.contains(action)
                        ? link("Submit an update", to: .newUpdate(cid, pid, .value(action.id)))
                        : .text(action.isFinished ? "Finished" : "Done")]
                }))
        }
        return Layout.render(Page(title: "My actions", council: nil, section: .account, context: context, content: content))
    }

    static func history(_ action: PlanAction, model: PlanPageModel, council: CouncilContext,
                        context: ViewContext) -> BodyNode {
        let updates = model.updates(of: action.id).reversed()
        let cid = Parameter.value(council.id), pid = Parameter.value(model.record.plan.id)
        return .group([
            heading(2, "Monthly updates", size: .m),
            model.openPeriod != nil && context.plans.writeUpdate(for: action, in: model.record.plan).isAllowed
                ? buttonLink("Submit an update for \(model.openPeriod?.label ?? "")", to: .newUpdate(cid, pid, .value(action.id)))
                : .empty,
            updates.isEmpty ? paragraph("No updates yet.") : .group(updates.map {
                updateCard($0, title: "Action \(action.reference)", model: model, council: council, context: context)
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
