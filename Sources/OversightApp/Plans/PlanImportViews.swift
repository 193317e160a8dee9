import Foundation
import OversightDocuments
import OversightDomain

/// The steps of importing a plan in the browser: upload, the sheet, the columns, the preview.
enum PlanImportViews {
    /// What every step after the upload shows and links back to.
    struct Context {
        var council: CouncilContext
        var pending: UUID
        var fileName: String
        var context: ViewContext

        var cid: Parameter<Council.ID> { .value(council.id) }
        var url: SiteURL { .importPlanFile(cid, .value(pending)) }

        func address(_ pairs: [(String, String)]) -> String { pairs.isEmpty ? url.path : url.path + "?" + formQuery(pairs) }
    }

    /// Rows shown of the sheet, so the user can see which column is which.
    static let sampleRows = 6
    /// Actions listed in the preview; a larger plan is summarised beyond these.
    static let actionsListed = 300
    /// Problems listed at once; beyond these the count is given.
    static let problemsListed = 200

    static func upload(council: CouncilContext, errors: [FieldError], context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        return Layout.render(Page(title: "Import a plan", council: council, section: .plans, back: .plans(cid),
                                  errors: errors, context: context, content: [
            heading(1, "Import a plan from a spreadsheet", size: .l, caption: "Plans"),
            paragraph("Bring in the improvement plan you already keep in Excel or another spreadsheet. Oversight reads your own columns: you say which holds what (it guesses from the headings), see what it would create and every problem it found, and only then create the plan."),
            bulletList([
                .text("An Excel workbook (.xlsx) or a CSV file saved as \"CSV UTF-8\", up to \(EvidenceRules.sizeLabel(OversightAdmin.maxPlanFileBytes))."),
                .text("One row for each action, under a row of headings such as Ref, Action, Lead, Due date, RAG and Update."),
                .text("Priorities in a column of their own, or as a row with only the priority's title above its actions."),
                .text("The plan arrives as a draft, with its ratings and updates as the first month's accepted updates."),
            ]),
            postForm(to: .importPlan(cid), csrf: context.csrfToken, [
                fileUpload("file", label: "Your plan's spreadsheet",
                           hint: errors.isEmpty ? "A workbook (.xlsx) or CSV file" : "Choose the file again",
                           accept: ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv",
                           multiple: false, errors: FormErrors(errors)),
                submitButton("Upload and continue"),
            ], multipart: true),
            heading(2, "Try it with the sample tracker", size: .m),
            paragraph([
                .text("The sample is shaped like a council's own tracker: a title, a row of headings, a row for each priority, and dates and ratings written in the ways people write them. Its lead officers are the demo council's people. "),
                fileLink("Download the sample tracker (Excel)", to: .sampleTracker(cid)),
                .text(" to see it, or import it straight away."),
            ]),
            postForm(to: .importPlan(cid), csrf: context.csrfToken, [
                voidElement("input", [("type", "hidden"), ("name", "sample"), ("value", "yes")]),
                el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary"), ("data-module", "ov-button")],
                   text: "Import the sample tracker"),
            ], multipart: true),
        ]))
    }

    static func sheets(_ page: Context, model: PlanImportSheets.Model, errors: [FieldError]) -> String {
        Layout.render(Page(title: "Choose the sheet", council: page.council, section: .plans, back: .importPlan(page.cid),
                           errors: errors, context: page.context, content: [
            heading(1, "Choose the sheet", size: .l, caption: page.fileName),
            getForm(to: page.url, [
                hiddenField("step", "sheet"),
                radios("sheet", legend: "Which sheet holds the plan?", hint: "The file has \(counted(model.sheetCount, "sheet")) with something in them",
                       options: model.sheets.map { (value: $0.name, label: "\($0.name) (\(counted($0.rowCount, "row")))") },
                       selected: model.likely, errors: FormErrors(errors)),
                model.hidden.isEmpty ? .empty : paragraph("Hidden sheets are left out: \(model.hidden.joined(separator: ", ")). Unhide a sheet in your spreadsheet and upload the file again to import it."),
                submitButton("Continue"),
            ]),
        ]))
    }

    static func columns(_ page: Context, model: PlanImportColumns.Model, errors: [FieldError]) -> String {
        let errs = FormErrors(errors)
        return Layout.render(Page(title: "Say which column holds what", council: page.council, section: .plans,
                                  back: model.canChangeSheet ? .importPlanFile(page.cid, .value(page.pending)) : .importPlan(page.cid),
                                  errors: errors, context: page.context, content: [
            heading(1, "Say which column holds what", size: .l, caption: "\(page.fileName): \(model.sheetName)"),
            paragraph(model.hasGuess
                      ? "Oversight has guessed from the headings. Check each choice against the start of the sheet below, and change any that are wrong."
                      : "Oversight could not find a row of headings it knows. Give the row with your headings, and the column of each field."),
            el("div", [("class", "ov-table-scroll"), ("role", "region"), ("tabindex", "0"), ("aria-label", "The start of the sheet")], [
                dataTable(caption: "The start of \(model.sheetName), from row \(model.headerRow)", captionSize: .s,
                          head: ["Row"] + model.sampleColumns,
                          rows: model.sampleRows.map { row in
                              [.text(String(row.number))] + row.cells.map { BodyNode.text($0) }
                          }, firstCellIsHeader: true),
            ]),
            getForm(to: page.url, model.carried.map { hiddenField($0.0, $0.1) } + [
                hiddenField("step", "preview"),
                textInput("header-row", label: "Row with the headings", hint: "The row number the spreadsheet shows",
                          value: model.headerRowValue, errors: errs, width: .w3, inputmode: "numeric"),
            ] + model.fields.map { choice in
                selectField("column-\(choice.field.rawValue)", label: choice.field.label, hint: hint(choice.field),
                            options: model.columnOptions, selected: choice.selected, placeholder: "Not in this file", errors: errs)
            } + [submitButton("Preview the plan")]),
        ]))
    }

    private static func hint(_ field: PlanImport.Field) -> String? {
        switch field {
        case .action: "Required: every row with an action becomes one"
        case .priority: "Leave as \"Not in this file\" when priorities are rows of their own above their actions"
        case .dueDate: "Required: every action needs one. UK dates, such as 12/10/2017 or 12 Oct 2017"
        case .lead: "Matched to the people directory by name or email address"
        case .rating: "Red, Amber, Green or Blue, as words or initials"
        case .reference: "Kept as Oversight's numbers when every action has one such as 2.3"
        default: nil
        }
    }

    static func preview(_ page: Context, model: PlanImportPreview.Model, errors: [FieldError]) -> String {
        let errs = FormErrors(errors)
        let summary = "\(counted(model.priorityCount, "priority", "priorities")) and \(counted(model.actionCount, "action"))"
        let settling: [BodyNode] = !model.needsSettling ? [] : [
            heading(2, "Settle the leads and ratings", size: .m),
            getForm(to: page.url, model.mappingOnly.map { hiddenField($0.0, $0.1) }
                + personChoices(model.people, directory: model.directory, canAddPeople: model.canAddPeople, errors: errs)
                + ratingChoices(model.ratings, errors: errs)
                + [el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary"), ("data-module", "ov-button")],
                      text: "Check again")]),
        ]
        let problems: [BodyNode] = model.problemCount == 0 ? [] : [
            heading(2, "What to put right", size: .m, id: "problems"),
            paragraph(!model.needsSettling
                      ? "Correct these in your spreadsheet, then upload it again. Nothing has been imported."
                      : "Settle leads and ratings below; correct anything else in your spreadsheet and upload it again. Nothing has been imported."),
            dataTable(caption: model.areProblemsCut
                      ? "The first \(problemsListed) of \(model.problemCount) problems" : counted(model.problemCount, "problem"),
                      captionSize: .s, head: ["Sheet", "Row", "Column", "Problem"],
                      rows: model.problems.map { problem in
                          [.text(problem.sheet), .text(problem.row.map(String.init) ?? "Whole sheet"), .text(problem.column ?? ""),
                           .text(problem.message)]
                      }),
        ]
        let plan: [BodyNode] = model.sections.map { section in
            el("div", [], [
                dataTable(caption: "\(section.number). \(section.title)" + (section.isCut ? " (\(counted(section.shownCount, "action")) of \(section.actionCount) shown)" : ""),
                          captionSize: .s,
                          head: ["Ref"] + (model.numberedFromFile ? [] : ["In the file"]) + ["Action", "Lead", "Due", "Rating", "Row"],
                          rows: section.rows.map { action in
                              [.text(action.reference)]
                                  + (model.numberedFromFile ? [] : [.text(action.fileReference)])
                                  + [.text(action.what), .text(action.leadName), .text(action.dueDate.ukLong),
                                     .text(action.rating), .text(String(action.row))]
                          }),
            ])
        }
        let rated = model.ratedCount
        return Layout.render(Page(title: model.isReady ? "Check the plan before importing" : "Put the file right before importing",
                                  council: page.council, section: .plans, back: .importPlan(page.cid), errors: errors,
                                  context: page.context, content: [
            heading(1, model.isReady ? "Check the plan before importing" : "Put the file right before importing", size: .l,
                    caption: "\(page.fileName): \(model.sheetName)"),
            paragraph(model.isReady
                      ? "The sheet \"\(model.sheetName)\" gives \(summary), with no problems. Nothing has been imported yet."
                      : "The sheet \"\(model.sheetName)\" gives \(summary) so far, and \(counted(model.problemCount, "problem")). Nothing can be imported until none is left."),
            paragraph([el("a", [("class", "ov-link"), ("href", page.address(model.columnsStep))], text: "Change the sheet's columns")]),
            !model.explainsNumbering ? .empty
                : paragraph("Your references are not all numbers such as 2.3 that agree with the priorities, so Oversight numbers each action by its priority and place; your references are shown beside them."),
            !model.notesUnratedUpdates ? .empty
                : paragraph("\(counted(model.updatesWithoutRating, "action")) \(model.updatesWithoutRating == 1 ? "has" : "have") an update but no rating. An update needs a rating, so \(model.updatesWithoutRating == 1 ? "that update is" : "those updates are") not recorded."),
        ] + problems + settling + [
            model.actionCount == 0 ? .empty : heading(2, "What will be created", size: .m),
        ] + plan + (model.areActionsCut
                    ? [paragraph("The first \(actionsListed) of \(model.actionCount) actions are listed.")] : [])
          + (model.isReady ? [
            heading(2, "Create the plan", size: .m),
            postForm(to: page.url, csrf: page.context.csrfToken, model.allChoices.map { hiddenField($0.0, $0.1) } + [
                textInput("title", label: "Plan title", value: model.title, errors: errs),
                rated == 0 ? hiddenField("ratings-month", PlanImportChoices.noMonth)
                    : selectField("ratings-month", label: "Month the ratings were reported",
                                  hint: "\(counted(rated, "rating")) and \(rated == 1 ? "its update are" : "their updates are") recorded as that month's accepted updates, so the plan starts with the tracker's history",
                                  options: model.months.map { (value: String($0.iso.prefix(7)), label: UKDateFormat.monthAndYear($0)) }
                                      + [(value: PlanImportChoices.noMonth, label: "Do not record the ratings")],
                                  selected: model.ratingsMonth, errors: errs),
                submitButton("Create the draft plan"),
            ]),
        ] : [])))
    }

    private static func personChoices(_ people: [PlanImportPreview.Model.Settling], directory: [(value: String, label: String)],
                                      canAddPeople: Bool, errors: FormErrors) -> [BodyNode] {
        people.enumerated().flatMap { index, person -> [BodyNode] in
            let name = person.written
            let add: [(value: String, label: String)] = canAddPeople
                ? [(value: PlanImportChoices.newPerson, label: "Add \(name) to the people directory")] : []
            return [hiddenField("person-text-\(index + 1)", name),
                    selectField("person-\(index + 1)", label: "Who is \"\(name)\"?",
                                hint: "Not found in the people directory by name or email address",
                                options: add + directory, selected: person.selected, placeholder: "Choose someone", errors: errors)]
        }
    }

    private static func ratingChoices(_ ratings: [PlanImportPreview.Model.Settling], errors: FormErrors) -> [BodyNode] {
        let options: [(value: String, label: String)] = Rating.allCases.reversed().map { (value: $0.rawValue, label: $0.label) }
            + [(value: PlanImportChoices.noRating, label: "No rating")]
        return ratings.enumerated().flatMap { index, rating -> [BodyNode] in
            let written = rating.written
            return [hiddenField("rating-text-\(index + 1)", written),
                    selectField("rating-\(index + 1)", label: "What does the rating \"\(written)\" mean?",
                                hint: "A split rating, or a word Oversight does not know. It applies to every action rated \"\(written)\"",
                                options: options, selected: rating.selected, placeholder: "Choose a rating", errors: errors)]
        }
    }
}

/// A GET form: choosing and previewing change nothing, so their steps are addresses that the
/// browser's back button and a bookmark keep.
func getForm(to url: SiteURL, _ children: [BodyNode]) -> BodyNode {
    el("form", [("method", "get"), ("action", url.path), ("novalidate", "")], children)
}

func hiddenField(_ name: String, _ value: String) -> BodyNode {
    voidElement("input", [("type", "hidden"), ("name", name), ("value", value)])
}
