import OversightDomain
import OversightStore
import Plot

/// The scorecard, by theme, and one indicator's page.
enum ScorecardViews {
    static let trendMonths = 13

    static func ragTag(_ rag: RAG?) -> BodyNode {
        guard let rag else { return el("span", [("class", "ov-hint")], text: "No target") }
        let colour: TagColour = switch rag {
        case .green: .green
        case .amber: .orange
        case .red: .red
        }
        return tag(rag.word, colour)
    }

    /// How far the latest figure is from its target and the band that set the colour: members
    /// distrust a bare colour.
    static func distance(_ summary: IndicatorSummary) -> String? {
        guard let latest = summary.latest, let target = summary.target else { return nil }
        let unit = summary.indicator.unit
        let gain = summary.indicator.polarity.gain(latest.value, over: target.value)
        if abs(gain) < 0.05 { return "On target" }
        if gain > 0 { return "\(unit.formatDifference(gain)) better than target" }
        return "\(unit.formatDifference(-gain)) short of target; amber within \(unit.formatDifference(target.tolerance))"
    }

    static func rating(_ summary: IndicatorSummary) -> BodyNode {
        .group([ragTag(summary.rag), distance(summary).map { el("span", [("class", "ov-hint ov-block")], text: $0) } ?? .empty])
    }

    static func direction(_ direction: Direction?, _ polarity: Polarity) -> BodyNode {
        guard let direction else { return el("span", [("class", "ov-hint")], text: "No figure to compare") }
        return el("span", [("class", "ov-direction ov-direction--\(direction.rawValue)")], [
            el("span", [("aria-hidden", "true")], text: direction.arrow(polarity) + " "), .text(direction.label),
        ])
    }

    /// A benchmark figure and, in words, how the council compares with it.
    static func comparison(_ figure: Double?, _ comparison: Comparison?, _ unit: IndicatorUnit) -> BodyNode {
        guard let figure else { return el("span", [("class", "ov-hint")], text: "Not available") }
        return .group([.text(unit.format(figure)),
                       comparison.map { el("span", [("class", "ov-hint ov-block")], text: "We are \($0.label.lowercased())") } ?? .empty])
    }

    static func scorecard(_ models: [IndicatorPageModel], comparators: Comparators, council: CouncilContext,
                          context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        var themes: [String] = []
        for model in models where !themes.contains(model.indicator.theme) { themes.append(model.indicator.theme) }
        var content: [BodyNode] = [
            heading(1, "Scorecard", size: .l),
            paragraph("Each indicator's latest figure against its target, and which way it has moved since the period before and since the same period last year. Ratings are green on or better than target, amber within the tolerance, red beyond it."),
            buttonGroup([
                context.scorecard.enterFigures.isAllowed ? buttonLink("Import figures", to: .importValues(cid)) : .empty,
                context.scorecard.manage.isAllowed ? buttonLink("Add from the catalogue", to: .indicatorCatalogue(cid), secondary: true) : .empty,
                context.scorecard.manage.isAllowed ? buttonLink("Add an indicator of your own", to: .newIndicator(cid), secondary: true) : .empty,
            ]),
            IndicatorFormViews.neighboursNote(comparators, council: council, canChange: context.scorecard.manage.isAllowed),
            paragraph([fileLink("Download the scorecard (Excel: latest figures and every figure)", to: .scorecardXLSX(cid)),
                       .text(" or "), fileLink("every figure as CSV, in the import's columns", to: .scorecardCSV(cid))]),
        ]
        if models.isEmpty { content.append(paragraph("No indicators have been added yet.")) }
        for theme in themes {
            let rows = models.filter { $0.indicator.theme == theme }
            content.append(heading(2, theme, size: .m))
            content.append(dataTable(caption: "\(theme): latest figures", captionSize: .s,
                                     head: ["Indicator", "Latest", "Target", "Rating", "Since the period before", "Since a year before",
                                            "England", "Neighbours", "Trend"],
                                     rows: rows.map { model in
                let summary = model.summary, unit = model.indicator.unit
                return [
                    link(model.indicator.title, to: .indicator(cid, .value(model.indicator.id))),
                    summary.latest.map { latest in
                        .group([.text(unit.format(latest.value)),
                                el("span", [("class", "ov-hint ov-block")],
                                   text: latest.period.label + (latest.status == .provisional ? " (provisional)" : ""))])
                    } ?? .text("No figures yet"),
                    .text(summary.target.map { unit.format($0.value) } ?? "None set"),
                    rating(summary),
                    direction(summary.sincePrevious, model.indicator.polarity),
                    direction(summary.sinceYearBefore, model.indicator.polarity),
                    comparison(summary.benchmark?.england, summary.againstEngland, unit),
                    comparison(summary.benchmark?.neighbours, summary.againstNeighbours, unit),
                    trendChart(Array(model.values.suffix(trendMonths)), unit: unit, target: summary.target?.value,
                               title: model.indicator.title, width: 120, height: 36, compact: true),
                ]
            }))
            content.append(el("details", [("class", "ov-details")], [
                el("summary", [("class", "ov-details__summary")], text: "The figures behind the \(theme.lowercased()) trend lines"),
                // A wide table scrolls sideways; the region takes keyboard focus so it can be scrolled without a mouse.
                el("div", [("class", "ov-details__text ov-table-scroll"), ("role", "region"), ("tabindex", "0"),
                           ("aria-label", "\(theme): the last \(trendMonths) periods")], [
                    figuresTable(rows, caption: "\(theme): the last \(trendMonths) periods"),
                ]),
            ]))
        }
        return Layout.render(Page(title: "Scorecard", council: council, section: .scorecard, context: context, content: content))
    }

    /// Indicators down, periods across: the trend lines as numbers.
    static func figuresTable(_ models: [IndicatorPageModel], caption: String) -> BodyNode {
        let periods = Array(Set(models.flatMap { $0.values.suffix(trendMonths).map(\.period) })).sorted()
        return dataTable(caption: caption, captionSize: .s, head: ["Indicator"] + periods.map(\.code),
                         rows: models.map { model in
                             let byPeriod = Dictionary(model.values.map { ($0.period, $0) }, uniquingKeysWith: { a, _ in a })
                             return [.text(model.indicator.code)] + periods.map { period in
                                 .text(byPeriod[period].map { model.indicator.unit.format($0.value) } ?? "x")
                             }
                         })
    }

    static func indicator(_ model: IndicatorPageModel, comparators: Comparators, council: CouncilContext,
                          context: ViewContext) -> String {
        let cid = Parameter.value(council.id), iid = Parameter.value(model.indicator.id)
        let indicator = model.indicator, unit = indicator.unit
        let manage = context.scorecard.manage.isAllowed, enter = context.scorecard.enterFigures.isAllowed
        func change(_ url: SiteURL, _ what: String) -> (url: SiteURL, hiddenText: String)? { manage ? (url, what) : nil }
        let edit = SiteURL.editIndicator(cid, iid)
        var content: [BodyNode] = [
            heading(1, indicator.title, size: .l, caption: "\(indicator.theme), \(indicator.code)"),
            summaryList([
                SummaryRow("Latest", model.summary.latest.map { "\(unit.format($0.value)), \($0.period.label) (\($0.status.label.lowercased()))" } ?? "No figures yet"),
                SummaryRow("Target", model.summary.target.map { "\(unit.format($0.value)), amber within \(unit.formatDifference($0.tolerance))" } ?? "None set",
                           change: change(.indicatorTargets(cid, iid), "targets")),
                SummaryRow("Rating", nodes: [rating(model.summary)]),
                SummaryRow("Since the period before", nodes: [direction(model.summary.sincePrevious, indicator.polarity)]),
                SummaryRow("Since a year before", nodes: [direction(model.summary.sinceYearBefore, indicator.polarity)]),
                SummaryRow("England", nodes: [comparison(model.summary.benchmark?.england, model.summary.againstEngland, unit)],
                           change: change(.indicatorBenchmarks(cid, iid), "benchmarks")),
                SummaryRow("Statistical neighbours", nodes: [comparison(model.summary.benchmark?.neighbours, model.summary.againstNeighbours, unit)]),
                SummaryRow(comparators.region ?? "Region", nodes: [comparison(model.summary.benchmark?.region, model.summary.againstRegion, unit)]),
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
            trendChart(model.values, unit: unit, target: model.summary.target?.value, title: indicator.title),
            enter ? buttonGroup([buttonLink("Add a figure", to: .indicatorValue(cid, iid), secondary: true)]) : .empty,
            dataTable(caption: "Every figure, newest first", captionSize: .s,
                      head: ["Period", "Numerator", "Denominator", "Value", "Status", "Target", "Rating", "Comment"] + (enter ? ["Change"] : []),
                      rows: model.values.reversed().map { value in
                          let target = model.target(for: value.period)
                          let rag = target.map { RAG.evaluate(value.value, target: $0.value, tolerance: $0.tolerance, polarity: indicator.polarity) }
                          let correctable = enter && (value.status == .provisional || manage)
                          return [.text(value.period.label), .text(value.numerator.map(IndicatorValueImport.format) ?? ""),
                                  .text(value.denominator.map(IndicatorValueImport.format) ?? ""), .text(unit.format(value.value)),
                                  .text(value.status.label), .text(target.map { unit.format($0.value) } ?? ""), ragTag(rag),
                                  .text(value.comment ?? "")]
                              + (enter ? [correctable ? el("a", [("href", SiteURL.indicatorValue(cid, iid).path(query: [("period", value.period.code)])),
                                                                 ("class", "ov-link")],
                                                            [.text("Correct"), visuallyHidden(" the figure for \(value.period.label)")])
                                    : .text("")] : [])
                      }),
        ]
        return Layout.render(Page(title: indicator.title, council: council, section: .scorecard,
                                  breadcrumbs: [("Scorecard", .scorecard(cid))], context: context, content: content))
    }

    /// The standard indicators the council has not added yet, each with its button.
    static func catalogue(_ available: [IndicatorDefinition], council: CouncilContext, errors: [FieldError],
                          context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        return Layout.render(Page(title: "Add from the catalogue", council: council, section: .scorecard, back: .scorecard(cid),
                                  errors: errors, context: context, content: [
            heading(1, "Add from the catalogue", size: .l, caption: "Scorecard"),
            paragraph("The standard children's services indicators, with their definitions and which way is better. Add those the council reports; figures then come from an import."),
            available.isEmpty ? paragraph("Every standard indicator is on the scorecard already.") : dataTable(
                caption: counted(available.count, "indicator") + " not yet on the scorecard", captionSize: .s,
                head: ["Indicator", "Measured as", "Better", "Add"],
                rows: available.map { definition in
                    [.group([.text(definition.title), el("span", [("class", "ov-hint ov-block")], text: "\(definition.code), \(definition.theme)")]),
                     .text("\(definition.numerator) / \(definition.denominator.lowercased()) (\(definition.unit.label.lowercased()))"),
                     .text(definition.polarity.label),
                     postForm(to: .indicatorCatalogue(cid), csrf: context.csrfToken, [
                         voidElement("input", [("type", "hidden"), ("name", "code"), ("value", definition.code)]),
                         el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary ov-button--small")],
                            [.text("Add"), visuallyHidden(" \(definition.title)")]),
                     ])]
                }),
        ]))
    }
}
