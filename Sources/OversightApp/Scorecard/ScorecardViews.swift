import OversightDocuments
import OversightDomain
import OversightStore

/// The scorecard, by theme, and one indicator's page.
enum ScorecardViews {
    static func ragTag(_ rag: RAG?) -> BodyNode {
        written { ragTag(rag, into: &$0) }
    }

    /// The colour and, in words, how far from target: members distrust a bare colour.
    static func rating(_ rag: RAG?, distance: String?) -> BodyNode {
        written { rating(rag, distance: distance, into: &$0) }
    }

    static func direction(_ direction: Direction?, _ polarity: Polarity) -> BodyNode {
        written { self.direction(direction, polarity, into: &$0) }
    }

    // The same, written straight into a page: the scorecard has a row of them for every indicator.

    static func ragTag(_ rag: RAG?, into writer: inout HTMLWriter) {
        guard let rag else { return writer.span(class: "ov-hint", text: "No target") }
        let colour: TagColour = switch rag {
        case .green: .green
        case .amber: .orange
        case .red: .red
        }
        writer.element("strong", class: "ov-tag ov-tag--\(colour.rawValue)", text: rag.word)
    }

    static func rating(_ rag: RAG?, distance: String?, into writer: inout HTMLWriter) {
        ragTag(rag, into: &writer)
        if let distance { writer.span(class: "ov-hint ov-block", text: distance) }
    }

    static func direction(_ direction: Direction?, _ polarity: Polarity, into writer: inout HTMLWriter) {
        guard let direction else { return writer.span(class: "ov-hint", text: "No figure to compare") }
        writer.open("span", class: "ov-direction ov-direction--\(direction.rawValue)")
        writer.start("span")
        writer.attribute("aria-hidden", "true")
        writer.startDone()
        writer.text(direction.arrow(polarity) + " ")
        writer.close("span")
        writer.text(direction.label)
        writer.close("span")
    }

    /// A benchmark figure and, in words, how the council compares with it.
    static func comparison(_ figure: Double?, _ comparison: Comparison?, _ unit: IndicatorUnit) -> BodyNode {
        written { self.comparison(figure, comparison, unit, into: &$0) }
    }

    static func comparison(_ figure: Double?, _ comparison: Comparison?, _ unit: IndicatorUnit, into writer: inout HTMLWriter) {
        guard let figure else { return writer.span(class: "ov-hint", text: "Not available") }
        writer.text(unit.format(figure))
        if let comparison { writer.span(class: "ov-hint ov-block", text: "We are \(comparison.label.lowercased())") }
    }

    static func scorecard(_ model: Scorecard.Model, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        let trendMonths = Scorecard.trendMonths
        var content: [BodyNode] = [
            heading(1, "Scorecard", size: .l),
            paragraph("Each indicator's latest figure against its target, and which way it has moved since the period before and since the same period last year. Ratings are green on or better than target, amber within the tolerance, red beyond it."),
            buttonGroup([
                context.scorecard.enterFigures.isAllowed ? buttonLink("Import figures", to: .importValues(cid)) : .empty,
                context.scorecard.manage.isAllowed ? buttonLink("Add from the catalogue", to: .indicatorCatalogue(cid), secondary: true) : .empty,
                context.scorecard.manage.isAllowed ? buttonLink("Add an indicator of your own", to: .newIndicator(cid), secondary: true) : .empty,
            ]),
            IndicatorFormViews.neighboursNote(model.comparators, council: council, canChange: context.scorecard.manage.isAllowed),
            paragraph([fileLink("Download the scorecard (Excel: latest figures and every figure)", to: .scorecardXLSX(cid)),
                       .text(" or "), fileLink("every figure as CSV, in the import's columns", to: .scorecardCSV(cid))]),
        ]
        if !model.hasIndicators { content.append(paragraph("No indicators have been added yet.")) }
        for theme in model.themes {
            content.append(heading(2, theme.name, size: .m))
            content.append(latestFigures(theme, cid: cid))
            content.append(el("details", [("class", "ov-details")], [
                el("summary", [("class", "ov-details__summary")], text: "The figures behind the \(theme.name.lowercased()) trend lines"),
                // A wide table scrolls sideways; the region takes keyboard focus so it can be scrolled without a mouse.
                el("div", [("class", "ov-details__text ov-table-scroll"), ("role", "region"), ("tabindex", "0"),
                           ("aria-label", "\(theme.name): the last \(trendMonths) periods")], [
                    figuresTable(theme.figures, caption: "\(theme.name): the last \(trendMonths) periods"),
                ]),
            ]))
        }
        return Layout.render(Page(title: "Scorecard", council: council, section: .scorecard, context: context, content: content))
    }

    /// A theme's indicators, one row each: where each stands, and its trend line. Written
    /// straight (see `HTMLWriter`): the scorecard has 250 of these rows at `--scale 10`.
    static func latestFigures(_ theme: Scorecard.Model.Theme, cid: Parameter<Council.ID>) -> BodyNode {
        dataTable(caption: "\(theme.name): latest figures", captionSize: .s,
                  head: ["Indicator", "Latest", "Target", "Rating", "Since the period before", "Since a year before",
                         "England", "Neighbours", "Trend"],
                  rows: theme.rows, capacity: theme.rows.count * 2_400) { writer, row in
            let unit = row.unit
            writer.cell { $0.link(row.title, to: .indicator(cid, .value(row.indicatorID))) }
            writer.cell { writer in
                guard let latest = row.latest else { return writer.text("No figures yet") }
                writer.text(unit.format(latest.value))
                writer.span(class: "ov-hint ov-block", text: latest.period)
            }
            writer.cell(text: row.target.map { unit.format($0) } ?? "None set")
            writer.cell { rating(row.standing.rag, distance: row.standing.distance, into: &$0) }
            writer.cell { direction(row.standing.sincePrevious, row.polarity, into: &$0) }
            writer.cell { direction(row.standing.sinceYearBefore, row.polarity, into: &$0) }
            writer.cell { comparison(row.standing.england, row.standing.againstEngland, unit, into: &$0) }
            writer.cell { comparison(row.standing.neighbours, row.standing.againstNeighbours, unit, into: &$0) }
            writer.cell { $0.trendChart(row.trend, unit: unit, target: row.target, title: row.title, width: 120, height: 36, compact: true) }
        }
    }

    /// Indicators down, periods across: the trend lines as numbers.
    static func figuresTable(_ figures: Scorecard.Model.Figures, caption: String) -> BodyNode {
        dataTable(caption: caption, captionSize: .s, head: ["Indicator"] + figures.periods, rows: figures.rows,
                  capacity: figures.rows.count * (figures.periods.count + 1) * 40) { writer, row in
            writer.cell(text: row.code)
            for value in row.values { writer.cell(text: value.map(row.unit.format) ?? "x") }
        }
    }

    static func indicator(_ model: IndicatorDetail.Model, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id), iid = Parameter.value(model.indicator.id)
        let indicator = model.indicator, unit = indicator.unit
        let manage = context.scorecard.manage.isAllowed, enter = context.scorecard.enterFigures.isAllowed
        func change(_ url: SiteURL, _ what: String) -> (url: SiteURL, hiddenText: String)? { manage ? (url, what) : nil }
        let edit = SiteURL.editIndicator(cid, iid)
        var content: [BodyNode] = [
            heading(1, indicator.title, size: .l, caption: "\(indicator.theme), \(indicator.code)"),
            summaryList([
                SummaryRow("Latest", model.latest.map { "\(unit.format($0.value)), \($0.period.label) (\($0.status.label.lowercased()))" } ?? "No figures yet"),
                SummaryRow("Target", model.target.map { "\(unit.format($0.value)), amber within \(unit.formatDifference($0.tolerance))" } ?? "None set",
                           change: change(.indicatorTargets(cid, iid), "targets")),
                SummaryRow("Rating", nodes: [rating(model.standing.rag, distance: model.standing.distance)]),
                SummaryRow("Since the period before", nodes: [direction(model.standing.sincePrevious, indicator.polarity)]),
                SummaryRow("Since a year before", nodes: [direction(model.standing.sinceYearBefore, indicator.polarity)]),
                SummaryRow("England", nodes: [comparison(model.standing.england, model.standing.againstEngland, unit)],
                           change: change(.indicatorBenchmarks(cid, iid), "benchmarks")),
                SummaryRow("Statistical neighbours", nodes: [comparison(model.standing.neighbours, model.standing.againstNeighbours, unit)]),
                SummaryRow(model.regionName, nodes: [comparison(model.standing.region, model.standing.againstRegion, unit)]),
                SummaryRow("What it measures", indicator.description, change: change(edit, "what it measures")),
                SummaryRow("Numerator", nodes: orNotGiven(indicator.numerator), change: change(edit, "numerator")),
                SummaryRow("Denominator", nodes: orNotGiven(indicator.denominator), change: change(edit, "denominator")),
                SummaryRow("Unit", unit.label),
                SummaryRow("Better", indicator.polarity.label, change: change(edit, "which way is better")),
                SummaryRow("Reported", indicator.frequency.label),
                SummaryRow("Source", nodes: orNotGiven(indicator.source), change: change(edit, "source")),
                SummaryRow("Data quality", nodes: orNotGiven(indicator.dataQualityNote), change: change(edit, "data quality note")),
                SummaryRow("Small numbers", indicator.countsChildren ? "Counts children: 1 to 5 shown as \"c\" on Part I reports" : "Not counts of children",
                           change: change(edit, "small numbers")),
            ]),
            heading(2, "Actions that aim to move it", size: .m),
        ]
        content.append(model.linkedActions.isEmpty ? paragraph("No plan actions are linked to this indicator.") :
            bulletList(model.linkedActions.map { action in
                .group([link("\(action.reference) \(action.what)", to: .action(cid, .value(action.planID), .value(action.actionID))),
                        .text(" (\(action.planTitle), \(action.status.label.lowercased()))")])
            }))
        if manage { content.append(paragraph([link("Link or unlink actions", to: .indicatorActions(cid, iid))])) }
        content += [
            heading(2, "Trend", size: .m),
            trendChart(model.trend, unit: unit, target: model.target?.value, title: indicator.title),
            enter ? buttonGroup([buttonLink("Add a figure", to: .indicatorValue(cid, iid), secondary: true)]) : .empty,
            dataTable(caption: "Every figure, newest first", captionSize: .s,
                      head: ["Period", "Numerator", "Denominator", "Value", "Status", "Target", "Rating", "Comment"] + (enter ? ["Change"] : []),
                      rows: model.figures.map { figure in
                          let correctable = enter && (figure.isProvisional || manage)
                          return [.text(figure.period.label), .text(figure.numerator.map(IndicatorValueImport.format) ?? ""),
                                  .text(figure.denominator.map(IndicatorValueImport.format) ?? ""), .text(unit.format(figure.value)),
                                  .text(figure.status.label), .text(figure.target.map { unit.format($0) } ?? ""), ragTag(figure.rag),
                                  .text(figure.comment ?? "")]
                              + (enter ? [correctable ? el("a", [("href", SiteURL.indicatorValue(cid, iid).path(query: [("period", figure.period.code)])),
                                                                 ("class", "ov-link")],
                                                            [.text("Correct"), visuallyHidden(" the figure for \(figure.period.label)")])
                                    : .text("")] : [])
                      }),
        ]
        return Layout.render(Page(title: indicator.title, council: council, section: .scorecard,
                                  breadcrumbs: [("Scorecard", .scorecard(cid))], context: context, content: content))
    }

    /// The standard indicators the council has not added yet, each with its button.
    static func catalogue(_ model: IndicatorCatalogue.Model, council: CouncilContext, errors: [FieldError],
                          context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        return Layout.render(Page(title: "Add from the catalogue", council: council, section: .scorecard, back: .scorecard(cid),
                                  errors: errors, context: context, content: [
            heading(1, "Add from the catalogue", size: .l, caption: "Scorecard"),
            paragraph("The standard children's services indicators, with their definitions and which way is better. Add those the council reports; figures then come from an import."),
            model.rows.isEmpty ? paragraph("Every standard indicator is on the scorecard already.") : dataTable(
                caption: counted(model.count, "indicator") + " not yet on the scorecard", captionSize: .s,
                head: ["Indicator", "Measured as", "Better", "Add"],
                rows: model.rows.map { row in
                    [.group([.text(row.title), el("span", [("class", "ov-hint ov-block")], text: "\(row.code), \(row.theme)")]),
                     .text("\(row.numerator) / \(row.denominator.lowercased()) (\(row.unit.label.lowercased()))"),
                     .text(row.polarity.label),
                     postForm(to: .indicatorCatalogue(cid), csrf: context.csrfToken, [
                         voidElement("input", [("type", "hidden"), ("name", "code"), ("value", row.code)]),
                         el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary ov-button--small")],
                            [.text("Add"), visuallyHidden(" \(row.title)")]),
                     ])]
                }),
        ]))
    }
}
