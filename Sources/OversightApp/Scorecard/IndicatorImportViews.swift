import Foundation
import OversightDocuments
import OversightDomain

/// The import form with the problems of a refused file, and the preview of a good one.
enum IndicatorImportViews {
    static func form(council: CouncilContext, errors: [FieldError], problems: [ImportProblem], sheet: String? = nil,
                     context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        let errs = FormErrors(errors)
        return Layout.render(Page(title: "Import figures", council: council, section: .scorecard, back: .scorecard(cid),
                                  errors: errors, context: context, content: [
            heading(1, "Import figures", size: .l, caption: "Scorecard"),
            paragraph("Upload a CSV file or an Excel workbook with one figure a line. The first line (in a workbook, a row of headings near the top of a sheet) names the columns:"),
            el("pre", [("class", "ov-code ov-block")], text: IndicatorValueImport.columns.joined(separator: ",")),
            bulletList([
                .text("Periods are months (2017-10), financial quarters (2017-Q1 is April to June 2017) or financial years (2017-18)."),
                .text("Give the value, or the numerator and denominator and Oversight works the value out."),
                .text("Status is provisional (the default) or validated. A validated figure is final."),
                .text("From Excel, upload the workbook as it is, or save it as \"CSV UTF-8 (Comma delimited)\". A cell formatted as a percentage is read as it is shown: 22.5% as 22.5."),
            ]),
            paragraph("England, statistical neighbours' and regional figures are imported here too, from a file whose first line is:"),
            el("pre", [("class", "ov-code ov-block")], text: BenchmarkImport.columns.joined(separator: ",")),
            paragraph("Years are financial years (2016-17). A year's figures replace any the indicator had for that year."),
            paragraph("Every line is checked first and you see what will be imported before anything is. If any line has a problem, nothing is imported."),
            importProblems(problems, sheet: sheet),
            postForm(to: .importValues(cid), csrf: context.csrfToken, [
                importFileUpload(errors: errs),
                submitButton("Check the file"),
            ], multipart: true),
        ]))
    }

    static func preview(_ model: IndicatorImportPreview.Model, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        let summary: BodyNode
        switch model.summary {
        case let .values(rows):
            summary = dataTable(caption: "What will be imported", captionSize: .s,
                                head: ["Indicator", "Figures", "Periods", "Validated"],
                                rows: rows.map { row in
                                    [.text(row.indicator), .text(String(row.figures)), .text(row.periods), .text(String(row.validated))]
                                })
        case let .benchmarks(rows):
            summary = dataTable(caption: "What will be imported", captionSize: .s,
                                head: ["Indicator", "Year", "England", "Neighbours", "Region", "Source"],
                                rows: rows.map { row in
                                    [.text(row.indicator), .text(row.year),
                                     .text(row.england.map(row.unit.format) ?? "x"), .text(row.neighbours.map(row.unit.format) ?? "x"),
                                     .text(row.region.map(row.unit.format) ?? "x"), .text(row.source ?? "")]
                                })
        }
        return Layout.render(Page(title: "Check the figures before importing", council: council, section: .scorecard,
                                  back: .importValues(cid), context: context, content: [
            heading(1, "Check the figures before importing", size: .l, caption: model.fileName),
            paragraph("\(model.fileName) has \(model.described) for \(counted(model.indicatorCount, "indicator")), and no problems. Nothing has been imported yet."),
            summary,
            postForm(to: .confirmImport(cid, .value(model.pending)), csrf: context.csrfToken, [
                buttonGroup([submitButton("Import \(model.described)"), link("Cancel", to: .scorecard(cid))]),
            ]),
        ]))
    }
}

/// The problems of a refused import, by line of a CSV file or row of a workbook's sheet.
func importProblems(_ problems: [ImportProblem], sheet: String?) -> BodyNode {
    problems.isEmpty ? .empty : dataTable(
        caption: sheet.map { "What to put right in the sheet \"\($0)\"" } ?? "What to put right", captionSize: .m,
        head: [sheet == nil ? "Line" : "Row", "Column", "Problem"],
        rows: problems.map { problem in
            [.text(problem.line.map(String.init) ?? "Whole file"), .text(problem.column ?? ""), .text(problem.message)]
        })
}

/// The file field of an import with fixed columns: a CSV file or a workbook.
func importFileUpload(errors: FormErrors) -> BodyNode {
    fileUpload("file", label: "CSV file or Excel workbook",
               hint: errors.isEmpty ? "Up to 50 MB" : "Choose the file again once it is put right",
               accept: ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               multiple: false, errors: errors)
}
