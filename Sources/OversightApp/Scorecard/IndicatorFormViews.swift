import OversightDocuments
import OversightDomain
import OversightStore

/// The forms that change the scorecard: an indicator's definition, a figure, its targets and
/// benchmarks, the actions that aim to move it, and the council's comparators.
enum IndicatorFormViews {
    static func definition(_ form: IndicatorForm, indicator: Indicator?, people: [Person], council: CouncilContext,
                           errors: [FieldError], conflict: Indicator? = nil, context: ViewContext) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id)
        return FormPage(
            context: context, title: indicator == nil ? "Add an indicator" : "Change the indicator's definition",
            caption: indicator.map { "\($0.code): \($0.title)" } ?? "Scorecard", council: council, section: .scorecard,
            back: indicator.map { .indicator(cid, .value($0.id)) } ?? .scorecard(cid),
            action: indicator.map { .editIndicator(cid, .value($0.id)) } ?? .newIndicator(cid),
            version: indicator == nil ? nil : Int(form.version ?? "") ?? 0, errors: errors,
            conflict: conflict.map(definitionRows), submit: "Save indicator",
            fields: [
                textInput("code", label: "Code", hint: "Short and stable: it is how an import names the indicator, like CIN-REREF",
                          value: form.code, errors: errs, width: .w20, spellcheck: false),
                textInput("title", label: "Title", value: form.title, errors: errs),
                textArea("description", label: "What it measures", value: form.description, errors: errs, rows: 3),
                textInput("numerator", label: "Numerator (optional)", hint: "What is counted, like Referrals within 12 months of a previous referral",
                          value: form.numerator, errors: errs),
                textInput("denominator", label: "Denominator (optional)", hint: "What it is counted out of, like Referrals in the period",
                          value: form.denominator, errors: errs),
                radios("unit", legend: "Unit", hint: indicator == nil ? nil : "It cannot change once figures are recorded",
                       options: IndicatorUnit.options, selected: form.unit, errors: errs),
                radios("polarity", legend: "Which way is better", options: Polarity.options, selected: form.polarity, errors: errs,
                       inline: true),
                radios("frequency", legend: "Reported", hint: indicator == nil ? nil : "It cannot change once figures are recorded",
                       options: Frequency.options, selected: form.frequency, errors: errs, inline: true),
                textInput("theme", label: "Theme", hint: "The scorecard groups indicators by theme, like Help and protection",
                          value: form.theme, errors: errs, width: .w20),
                textInput("source", label: "Source (optional)", hint: "Where the figures come from, like the children's social care record",
                          value: form.source, errors: errs),
                selectField("owner", label: "Owner (optional)", hint: "The officer who answers for it",
                            options: people.map { ($0.id.description, $0.name) }, selected: form.owner,
                            placeholder: "No owner", errors: errs),
                textArea("dataQualityNote", label: "Data quality note (optional)", value: form.dataQualityNote, errors: errs, rows: 3),
                checkbox("countsChildren", legend: "Small numbers",
                         label: "Its figures count children: show counts of 1 to 5 as \"c\" on Part I reports",
                         checked: form.countsChildren == "yes", errors: errs),
            ]
        ).render()
    }

    static func definitionRows(_ indicator: Indicator) -> [SummaryRow] {
        [SummaryRow("Code", indicator.code), SummaryRow("Title", indicator.title), SummaryRow("What it measures", indicator.description),
         SummaryRow("Numerator", nodes: orNotGiven(indicator.numerator)), SummaryRow("Denominator", nodes: orNotGiven(indicator.denominator)),
         SummaryRow("Unit", indicator.unit.label), SummaryRow("Better", indicator.polarity.label),
         SummaryRow("Reported", indicator.frequency.label), SummaryRow("Theme", indicator.theme),
         SummaryRow("Source", nodes: orNotGiven(indicator.source)),
         SummaryRow("Data quality", nodes: orNotGiven(indicator.dataQualityNote))]
    }

    static func value(_ form: IndicatorValueForm, indicator: Indicator, editing: Bool, council: CouncilContext,
                      errors: [FieldError], conflict: IndicatorValue? = nil, context: ViewContext) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id), iid = Parameter.value(indicator.id)
        let example = switch indicator.frequency {
        case .monthly: "2017-10 for October 2017"
        case .quarterly: "2017-Q1 for April to June 2017"
        case .annual: "2017-18"
        }
        return FormPage(
            context: context, title: editing ? "Correct a figure" : "Add a figure", caption: "\(indicator.code): \(indicator.title)",
            council: council, section: .scorecard, back: .indicator(cid, iid), action: .indicatorValue(cid, iid),
            version: Int(form.version ?? "") ?? 0, errors: errors,
            conflict: conflict.map { value in
                [SummaryRow("Period", value.period.label), SummaryRow("Value", indicator.unit.format(value.value)),
                 SummaryRow("Status", value.status.label), SummaryRow("Comment", nodes: orNotGiven(value.comment))]
            },
            submit: "Save figure",
            fields: [
                editing ? voidElement("input", [("type", "hidden"), ("name", "period"), ("value", form.period ?? "")])
                    : textInput("period", label: "Period", hint: "For example, \(example)", value: form.period, errors: errs,
                                width: .w10, spellcheck: false),
                editing ? paragraph("Period: \(ReportingPeriod(form.period ?? "")?.label ?? form.period ?? "")") : .empty,
                textInput("numerator", label: "Numerator (optional)", hint: indicator.numerator, value: form.numerator, errors: errs,
                          width: .w10, inputmode: "decimal"),
                textInput("denominator", label: "Denominator (optional)", hint: indicator.denominator, value: form.denominator,
                          errors: errs, width: .w10, inputmode: "decimal"),
                textInput("value", label: "Value (\(indicator.unit.label.lowercased()))",
                          hint: "Leave it empty to work it out from the numerator and denominator", value: form.value, errors: errs,
                          width: .w10, inputmode: "decimal"),
                radios("status", legend: "Status", hint: "A validated figure is final: an import cannot replace it",
                       options: ValueStatus.options, selected: form.status ?? ValueStatus.provisional.rawValue, errors: errs, inline: true),
                textArea("comment", label: "Comment (optional)", hint: editing ? "Say why, when correcting a validated figure" : nil,
                         value: form.comment, errors: errs, rows: 3),
            ]
        ).render()
    }

    static func targets(_ model: IndicatorTargets.Model, form: TargetForm, council: CouncilContext, errors: [FieldError],
                        context: ViewContext) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id), iid = Parameter.value(model.indicator.id), unit = model.indicator.unit
        return Layout.render(Page(title: "Targets", council: council, section: .scorecard, back: .indicator(cid, iid),
                                  errors: errors, context: context, content: [
            heading(1, "Targets", size: .l, caption: "\(model.indicator.code): \(model.indicator.title)"),
            paragraph("A figure on or better than its target is green, within the tolerance amber, beyond it red. A financial year's target covers its months and quarters; a target for one period overrides it."),
            model.targets.isEmpty ? paragraph("No targets are set.") : dataTable(
                caption: "Targets set", captionSize: .s, head: ["Period", "Target", "Amber within", "Remove"],
                rows: model.targets.map { target in
                    [.text(target.period.label), .text(unit.format(target.value)), .text(unit.format(target.tolerance)),
                     removeButton(to: .indicatorTargets(cid, iid), field: "remove", value: target.period.code,
                                  hidden: " the target for \(target.period.label)", csrf: context.csrfToken)]
                }),
            heading(2, "Set a target", size: .m),
            postForm(to: .indicatorTargets(cid, iid), csrf: context.csrfToken, [
                textInput("period", label: "Period", hint: "A financial year like 2017-18, or one period like 2017-10",
                          value: form.period, errors: errs, width: .w10, spellcheck: false),
                textInput("value", label: "Target (\(unit.label.lowercased()))", value: form.value, errors: errs, width: .w10,
                          inputmode: "decimal"),
                textInput("tolerance", label: "Tolerance", hint: "How far short of the target is amber rather than red, in the same unit",
                          value: form.tolerance, errors: errs, width: .w10, inputmode: "decimal"),
                submitButton("Set target"),
            ]),
        ]))
    }

    static func benchmarks(_ model: IndicatorBenchmarks.Model, form: BenchmarkForm, council: CouncilContext,
                           errors: [FieldError], context: ViewContext) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id), iid = Parameter.value(model.indicator.id), unit = model.indicator.unit
        return Layout.render(Page(title: "Benchmarks", council: council, section: .scorecard, back: .indicator(cid, iid),
                                  errors: errors, context: context, content: [
            heading(1, "Benchmarks", size: .l, caption: "\(model.indicator.code): \(model.indicator.title)"),
            paragraph("England, the average of the council's statistical neighbours and the region, for each financial year. Many years at once can be imported from a CSV file on the import page."),
            neighboursNote(model.comparators, council: council, canChange: context.scorecard.manage.isAllowed),
            model.rows.isEmpty ? paragraph("No benchmarks are recorded.") : dataTable(
                caption: "Benchmarks recorded", captionSize: .s,
                head: ["Year", "England", "Neighbours", model.regionName, "Source", "Remove"],
                rows: model.rows.map { b in
                    [.text(b.yearCode), .text(b.england.map(unit.format) ?? "x"),
                     .text(b.neighbours.map(unit.format) ?? "x"), .text(b.region.map(unit.format) ?? "x"), .text(b.source ?? ""),
                     removeButton(to: .indicatorBenchmarks(cid, iid), field: "remove", value: String(b.year),
                                  hidden: " the benchmarks for \(b.yearCode)", csrf: context.csrfToken)]
                }),
            heading(2, "Record a year's benchmarks", size: .m),
            postForm(to: .indicatorBenchmarks(cid, iid), csrf: context.csrfToken, [
                textInput("year", label: "Financial year", hint: "For example, 2016-17. A year already recorded is replaced",
                          value: form.year, errors: errs, width: .w10, spellcheck: false),
                textInput("england", label: "England (optional)", value: form.england, errors: errs, width: .w10, inputmode: "decimal"),
                textInput("neighbours", label: "Statistical neighbours' average (optional)", value: form.neighbours, errors: errs,
                          width: .w10, inputmode: "decimal"),
                textInput("region", label: "\(model.regionName) (optional)", value: form.region, errors: errs, width: .w10,
                          inputmode: "decimal"),
                textInput("source", label: "Source (optional)", hint: "For example, DfE children in need statistics 2016-17",
                          value: form.source, errors: errs),
                submitButton("Save benchmarks"),
            ]),
        ]))
    }

    /// Whose average "neighbours" is, in a details element, with the link to change the list beside it.
    static func neighboursNote(_ comparators: Comparators, council: CouncilContext, canChange: Bool) -> BodyNode {
        let change: BodyNode = canChange ? paragraph([link("Change the region and statistical neighbours", to: .comparators(.value(council.id)))]) : .empty
        guard !comparators.neighbours.isEmpty else {
            return .group([paragraph("The council's statistical neighbours have not been listed yet."), change])
        }
        return .group([
            el("details", [("class", "ov-details")], [
                el("summary", [("class", "ov-details__summary")], text: "Who the statistical neighbours are"),
                el("div", [("class", "ov-details__text")], [
                    paragraph("The neighbours' figure is the average of \(council.name)'s ten statistical neighbours:"),
                    el("ol", [("class", "ov-list ov-list--number")], comparators.neighbours.map { el("li", text: $0) }),
                    comparators.region.map { paragraph("The regional figure is for the \($0).") } ?? .empty,
                ]),
            ]),
            change,
        ])
    }

    static func actions(_ model: IndicatorActions.Model, council: CouncilContext, errors: [FieldError],
                        context: ViewContext) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id), iid = Parameter.value(model.indicator.id)
        return Layout.render(Page(title: "Actions that aim to move it", council: council, section: .scorecard,
                                  back: .indicator(cid, iid), errors: errors, context: context, content: [
            heading(1, "Actions that aim to move it", size: .l, caption: "\(model.indicator.code): \(model.indicator.title)"),
            paragraph("Link the plan actions meant to change this indicator, so a board can see whether the work is moving the numbers."),
            model.linked.isEmpty ? paragraph("No actions are linked yet.") : dataTable(
                caption: "Linked actions", captionSize: .s, head: ["Action", "Plan", "Status", "Remove"],
                rows: model.linked.map { action in
                    [link("\(action.reference) \(action.what)", to: .action(cid, .value(action.planID), .value(action.actionID))),
                     .text(action.planTitle), .text(action.status.label),
                     removeButton(to: .indicatorActions(cid, iid), field: "remove", value: action.actionID.description,
                                  hidden: " the link to action \(action.reference)", csrf: context.csrfToken)]
                }),
            heading(2, "Link an action", size: .m),
            model.options.isEmpty ? paragraph("Every action of the council's plans is linked already, or there are no plans yet.") :
                postForm(to: .indicatorActions(cid, iid), csrf: context.csrfToken, [
                    selectField("action", label: "Action", options: model.options, selected: nil, placeholder: "Choose an action", errors: errs),
                    submitButton("Link action"),
                ]),
        ]))
    }

    static func comparators(_ form: ComparatorsForm, council: CouncilContext, errors: [FieldError], conflict: Comparators? = nil,
                            context: ViewContext) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id)
        return FormPage(
            context: context, title: "Region and statistical neighbours", caption: "Scorecard", council: council,
            section: .scorecard, back: .scorecard(cid), action: .comparators(cid), version: Int(form.version ?? "") ?? 0,
            errors: errors,
            conflict: conflict.map { [SummaryRow("Region", nodes: orNotGiven($0.region)),
                                      SummaryRow("Statistical neighbours", $0.neighbours.joined(separator: ", "))] },
            submit: "Save comparators",
            fields: [
                textInput("region", label: "Region (optional)", hint: "For example, North West", value: form.region, errors: errs,
                          width: .w20),
                textArea("neighbours", label: "Statistical neighbours",
                         hint: "The ten councils most like this one, from the DfE's children's services statistical neighbour benchmarking tool, one on each line",
                         value: form.neighbours, errors: errs, rows: 11),
            ]
        ).render()
    }

    /// A small secondary button that posts one value, such as the period of a target to remove.
    static func removeButton(to url: SiteURL, field: String, value: String, hidden: String, csrf: String) -> BodyNode {
        postForm(to: url, csrf: csrf, [
            voidElement("input", [("type", "hidden"), ("name", field), ("value", value)]),
            el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary ov-button--small")],
               [.text("Remove"), visuallyHidden(hidden)]),
        ])
    }
}
