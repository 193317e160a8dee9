import OversightDomain
import OversightStore
import Plot

/// An indicator with what its scorecard row and page show.
struct IndicatorPageModel {
    var summary: IndicatorSummary
    /// Oldest first.
    var values: [IndicatorValue]
    var targets: [IndicatorTarget]
    var benchmarks: [IndicatorBenchmark] = []

    var indicator: Indicator { summary.indicator }

    func target(for period: ReportingPeriod) -> IndicatorTarget? {
        targets.first { $0.period == period } ?? targets.first { $0.period == period.financialYear }
    }
}

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

    static func scorecard(_ models: [IndicatorPageModel], council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        var themes: [String] = []
        for model in models where !themes.contains(model.indicator.theme) { themes.append(model.indicator.theme) }
        var content: [BodyNode] = [
            heading(1, "Scorecard", size: .l),
            paragraph("Each indicator's latest figure against its target, and which way it has moved since the period before and since the same period last year. Ratings are green on or better than target, amber within the tolerance, red beyond it."),
            buttonGroup([
                context.can(.importIndicators) ? buttonLink("Import figures", to: .importValues(cid)) : .empty,
                context.can(.manageIndicators) ? buttonLink("Add from the catalogue", to: .indicatorCatalogue(cid), secondary: true) : .empty,
            ]),
            paragraph([el("a", [("class", "ov-link"), ("href", SiteURL.scorecardCSV(cid).path), ("download", "")],
                          text: "Download every figure (CSV, in the import's columns)")]),
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
                    ragTag(summary.rag),
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
                el("div", [("class", "ov-details__text ov-table-scroll")], [
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

    static func indicator(_ model: IndicatorPageModel, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        let indicator = model.indicator, unit = indicator.unit
        let content: [BodyNode] = [
            heading(1, indicator.title, size: .l, caption: "\(indicator.theme), \(indicator.code)"),
            summaryList([
                SummaryRow("Latest", model.summary.latest.map { "\(unit.format($0.value)), \($0.period.label) (\($0.status.label.lowercased()))" } ?? "No figures yet"),
                SummaryRow("Target", model.summary.target.map { "\(unit.format($0.value)), amber within \(unit.format($0.tolerance).replacingOccurrences(of: "%", with: " percentage points"))" } ?? "None set"),
                SummaryRow("Rating", nodes: [ragTag(model.summary.rag)]),
                SummaryRow("Since the period before", nodes: [direction(model.summary.sincePrevious, indicator.polarity)]),
                SummaryRow("Since a year before", nodes: [direction(model.summary.sinceYearBefore, indicator.polarity)]),
                SummaryRow("England", nodes: [comparison(model.summary.benchmark?.england, model.summary.againstEngland, unit)]),
                SummaryRow("Statistical neighbours", nodes: [comparison(model.summary.benchmark?.neighbours, model.summary.againstNeighbours, unit)]),
                SummaryRow("What it measures", indicator.description),
                SummaryRow("Numerator", nodes: orNotGiven(indicator.numerator)),
                SummaryRow("Denominator", nodes: orNotGiven(indicator.denominator)),
                SummaryRow("Unit", unit.label),
                SummaryRow("Better", indicator.polarity.label),
                SummaryRow("Reported", indicator.frequency.label),
                SummaryRow("Source", nodes: orNotGiven(indicator.source)),
                SummaryRow("Data quality", nodes: orNotGiven(indicator.dataQualityNote)),
            ]),
            heading(2, "Trend", size: .m),
            trendChart(model.values, unit: unit, target: model.summary.target?.value, title: indicator.title),
            dataTable(caption: "Every figure, newest first", captionSize: .s,
                      head: ["Period", "Numerator", "Denominator", "Value", "Status", "Target", "Rating", "Comment"],
                      rows: model.values.reversed().map { value in
                          let target = model.target(for: value.period)
                          let rag = target.map { RAG.evaluate(value.value, target: $0.value, tolerance: $0.tolerance, polarity: indicator.polarity) }
                          return [.text(value.period.label), .text(value.numerator.map(IndicatorValueImport.format) ?? ""),
                                  .text(value.denominator.map(IndicatorValueImport.format) ?? ""), .text(unit.format(value.value)),
                                  .text(value.status.label), .text(target.map { unit.format($0.value) } ?? ""), ragTag(rag),
                                  .text(value.comment ?? "")]
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
