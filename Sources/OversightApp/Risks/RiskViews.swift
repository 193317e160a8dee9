import OversightDocuments
import OversightDomain
import OversightStore

enum RiskViews {
    /// The risks an action mitigates, on the action's own page (and a board action's, and the
    /// overview's "Your risks"): the link runs both ways.
    static func mitigated(_ model: MitigatedRisks.Model, cid: Parameter<Council.ID>, title: String = "Risks it mitigates",
                          intro: String? = nil) -> BodyNode {
        guard !model.rows.isEmpty else { return .empty }
        return .group([
            heading(2, title, size: .m),
            intro.map { paragraph($0) } ?? .empty,
            dataTable(caption: "From the risk register", captionSize: .s, head: ["Ref", "Risk", "Current", "Target", "Next review"],
                      rows: model.rows.map { risk -> [BodyNode] in
                          [.text(risk.reference), link(risk.title, to: .risk(cid, .value(risk.id))), riskTag(risk.current, scale: model.scale),
                           riskTag(risk.target, scale: model.scale),
                           .group([.text(UKDateFormat.long(risk.reviewDue)),
                                   risk.isReviewOverdue ? el("span", [("class", "ov-block")], [tag("Review overdue", .red)]) : .empty])]
                      }),
        ])
    }

    static func register(_ model: RiskRegister.Model, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        let bands = model.bandCounts.map { "\($0.count) \($0.name.lowercased())" }.joined(separator: ", ")
        return Layout.render(Page(title: "Risk register", council: council, section: .risks, context: context, content: [
            heading(1, "Risk register", size: .l),
            paragraph("\(counted(model.liveCount, "open risk")) by current score: \(bands). "
                + "\(counted(model.overdueCount, "review")) overdue; \(counted(model.troubledCount, "risk")) with mitigating actions red or overdue."),
            buttonGroup([
                context.risks.manage.isAllowed ? buttonLink("Add a risk", to: .newRisk(cid)) : .empty,
                context.risks.manage.isAllowed ? buttonLink("Import risks", to: .importRisks(cid), secondary: true) : .empty,
                buttonLink("Download as Excel", to: .risksXLSX(cid), secondary: true),
                buttonLink("Download as CSV", to: .risksCSV(cid), secondary: true),
                buttonLink("Scoring scale and bands", to: .riskScale(cid), secondary: true),
            ]),
            filterForm(model.filter, cid: cid),
            el("div", [("class", "ov-heat-maps")], [
                heatMap(model.currentScores, scale: model.scale, title: "Current risk", id: "heat-current"),
                heatMap(model.targetScores, scale: model.scale, title: "Target risk", id: "heat-target"),
            ]),
            model.rows.isEmpty ? paragraph("No risks match.") : dataTable(
                caption: model.paging.pages > 1
                    ? "Risks, highest current score first: \(model.paging.summary("risks").lowercased())"
                    : "\(counted(model.rowCount, "risk")), highest current score first", captionSize: .s,
                head: ["Ref", "Risk", "Owner", "Inherent", "Current", "Target", "Since the last review", "Next review"],
                rows: model.rows, capacity: model.rows.count * 1_000) { writer, row in
                    writer.cell(text: row.reference)
                    writer.cell { writer in
                        writer.link(row.title, to: .risk(cid, .value(row.id)))
                        writer.span(class: "ov-hint ov-block", text: row.categoryAndStatus)
                        if row.actionsNeedAttention {
                            writer.open("span", class: "ov-block")
                            writer.tag("Actions need attention", .orange)
                            writer.close("span")
                        }
                    }
                    writer.cell(text: row.ownerName)
                    writer.cell { $0.riskTag(row.inherent, scale: model.scale) }
                    writer.cell { $0.riskTag(row.current, scale: model.scale) }
                    writer.cell { $0.riskTag(row.target, scale: model.scale) }
                    writer.cell(text: row.movement)
                    writer.cell { writer in
                        writer.text(UKDateFormat.long(row.reviewDue))
                        if row.isReviewOverdue {
                            writer.open("span", class: "ov-block")
                            writer.tag("Review overdue", .red)
                            writer.close("span")
                        }
                    }
                },
            pagination(model.paging, label: "Risk register pages") { page in
                SiteURL.risks(cid).path(query: model.filter.query + [("page", page == 1 ? nil : String(page))])
            },
        ]))
    }

    /// A GET form: the filters are in the address, so a filtered register can be bookmarked.
    static func filterForm(_ filter: RiskFilter, cid: Parameter<Council.ID>) -> BodyNode {
        el("form", [("method", "get"), ("action", SiteURL.risks(cid).path), ("class", "ov-filter-form")], [
            el("div", [("class", "ov-filter-form__fields")], [
                selectField("status", label: "Status", options: RiskFilter.Status.allCases.map { ($0.rawValue, $0.label) },
                            selected: filter.status.rawValue, errors: FormErrors([])),
                selectField("category", label: "Category", options: RiskCategory.options, selected: filter.category?.rawValue,
                            placeholder: "All categories", errors: FormErrors([])),
                selectField("show", label: "Show", options: RiskFilter.Show.allCases.map { ($0.rawValue, $0.label) },
                            selected: filter.show.rawValue, errors: FormErrors([])),
            ]),
            el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary")], text: "Show risks"),
        ])
    }

    static func detail(_ model: RiskDetail.Model, council: CouncilContext, context: ViewContext) -> String {
        let risk = model.risk
        let cid = Parameter.value(council.id), rid = Parameter.value(risk.id)
        let scale = model.scale
        let canReview = context.risks.review(risk).isAllowed
        return Layout.render(Page(
            title: "\(risk.reference): \(risk.title)", council: council, section: .risks, breadcrumbs: [("Risk register", .risks(cid))],
            context: context, content: [
                heading(1, risk.title, size: .l, caption: "Risk \(risk.reference)"),
                buttonGroup([
                    canReview ? buttonLink("Record a review", to: .riskReviews(cid, rid)) : .empty,
                    context.risks.manage.isAllowed ? buttonLink("Change the risk", to: .editRisk(cid, rid), secondary: true) : .empty,
                ]),
                summaryList([
                    SummaryRow("Cause", risk.cause), SummaryRow("Event", risk.event), SummaryRow("Consequence", risk.consequence),
                    SummaryRow("Category", risk.category.label), SummaryRow("Owner", model.ownerName),
                    SummaryRow("Raised", UKDateFormat.long(risk.raisedOn)), SummaryRow("Status", risk.status.label),
                    SummaryRow("When it could happen", risk.proximity.label),
                    SummaryRow("Reviews", nodes: [
                        .text("\(risk.reviewFrequency.label). Last reviewed \(risk.lastReviewedOn.map(UKDateFormat.long) ?? "never"); next due \(UKDateFormat.long(model.reviewDue)). "),
                        model.isReviewOverdue ? tag("Review overdue", .red) : .empty,
                    ]),
                ]),
                dataTable(caption: "Scores", captionSize: .m, head: ["Position", "Likelihood", "Impact", "Score"], rows: model.scores.map { row -> [BodyNode] in
                    [.text(row.position), .text(row.likelihood), .text(row.impact), riskTag(row.score, scale: scale)]
                }, firstCellIsHeader: true),
                risk.targetReason.map { paragraph("Why the target is above the inherent score: \($0)") } ?? .empty,
                heading(2, "Controls in place", size: .m),
                risk.controls.isEmpty ? paragraph("None recorded.")
                    : el("div", [("class", "ov-body ov-narrative")], [.raw(Narrative.html(risk.controls))]),
                heading(2, "Mitigating actions", size: .m),
                model.hasActions ? .empty : paragraph("No actions are linked to this risk."),
                model.planActions.isEmpty ? .empty : dataTable(caption: "Improvement plan actions", captionSize: .s,
                                                               head: ["Ref", "Action", "Plan", "Latest rating", "Needs attention"],
                                                               rows: model.planActions.map { action -> [BodyNode] in
                    [link(action.reference, to: .action(cid, .value(action.planID), .value(action.id))), .text(action.what),
                     .text(action.planTitle), action.rating.map(ratingTag) ?? .text("No update"), .text(action.needsAttention)]
                }),
                model.boardActions.rows.isEmpty ? .empty : BoardActionViews.table(model.boardActions, cid: cid, caption: "Board actions"),
                context.risks.manage.isAllowed ? paragraph([link("Change the mitigating actions", to: .riskActions(cid, rid))]) : .empty,
                heading(2, "History", size: .m),
                riskTrend(model.reviews, scale: scale, title: "Current score at each review"),
                model.reviewsLatestFirst.isEmpty ? paragraph("No reviews yet.") : dataTable(
                    caption: "Reviews, latest first", captionSize: .s, head: ["Date", "Current", "Target", "Commentary", "Reviewer"],
                    rows: model.reviewsLatestFirst.map { review -> [BodyNode] in
                        [.text(UKDateFormat.long(review.date)), riskTag(review.current, scale: scale), riskTag(review.target, scale: scale),
                         .text(review.commentary), .text(review.reviewer)]
                    }),
            ]))
    }

    /// The current score over the reviews, with the bands as background lines; the table below says the same.
    static func riskTrend(_ reviews: [RiskReview], scale: RiskScale, title: String) -> BodyNode {
        guard reviews.count > 1, let first = reviews.first, let last = reviews.last else { return .empty }
        let width = 640.0, height = 200.0, left = 36.0, right = 12.0, top = 10.0, bottom = 28.0
        func x(_ index: Int) -> Double { left + Double(index) / Double(reviews.count - 1) * (width - left - right) }
        func y(_ value: Int) -> Double { top + (25 - Double(value)) / 24 * (height - top - bottom) }
        func number(_ value: Double) -> String { String(Int(value.rounded())) }
        let points = reviews.enumerated().map { "\(number(x($0.offset))),\(number(y($0.element.current.value)))" }.joined(separator: " ")
        let description = "\(title): from \(first.current.value) on \(UKDateFormat.long(first.date)) to \(last.current.value) on \(UKDateFormat.long(last.date))"
        var children: [BodyNode] = [el("title", [], text: description)]
        for band in scale.bands.dropLast() {
            children.append(voidElement("line", [("x1", number(left)), ("x2", number(width - right)), ("y1", number(y(band.upTo))),
                                                  ("y2", number(y(band.upTo))), ("class", "ov-trend__target")]))
            children.append(el("text", [("x", number(width - right)), ("y", number(y(band.upTo) - 4)), ("text-anchor", "end"),
                                        ("class", "ov-chart__label")], text: "\(band.name) up to \(band.upTo)"))
        }
        children.append(voidElement("polyline", [("points", points), ("class", "ov-trend__line")]))
        children += [
            el("text", [("x", number(left)), ("y", number(height - 6)), ("class", "ov-chart__label")], text: UKDateFormat.monthAndYear(first.date)),
            el("text", [("x", number(width - right)), ("y", number(height - 6)), ("text-anchor", "end"), ("class", "ov-chart__label")],
               text: UKDateFormat.monthAndYear(last.date)),
            el("text", [("x", "0"), ("y", number(y(25) + 12)), ("class", "ov-chart__label")], text: "25"),
        ]
        return el("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("class", "ov-trend"), ("role", "img"), ("aria-label", description),
                          ("viewBox", "0 0 \(Int(width)) \(Int(height))"), ("width", String(Int(width))), ("height", String(Int(height)))],
                  children)
    }
}
