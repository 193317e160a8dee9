import OversightDocuments
import OversightDomain
import OversightStore

/// An inspection and its findings as a document, for download and (later) report appendices.
enum InspectionSummaryDocument {
    static func make(_ record: InspectionRecord, council: Council) -> Document {
        let inspection = record.inspection
        var blocks: [Block] = [
            .heading(level: 1, text: "\(council.name): \(inspection.title)"),
            .summary([
                ("Kind", [.text(inspection.kind.label)]),
                ("Inspectorate", [.text(inspection.inspectorate)]),
                ("Framework", [.text(inspection.framework.label)]),
                ("Dates", [.text(inspection.startDate.ukLong + (inspection.endDate.map { " to \($0.ukLong)" } ?? ""))]),
                ("Report published", [.text(inspection.publishedDate?.ukLong ?? "Not given")]),
            ] + (inspection.reportURL.map { [("Published report", [Inline.link(text: $0, url: $0)])] } ?? [])),
        ]
        if !record.judgements.isEmpty {
            blocks.append(.heading(level: 2, text: "Judgements"))
            blocks.append(.table(Table(
                header: ["Inspected body", "Judgement area", "Grade"],
                rows: record.judgements.map { [Cell($0.body), Cell($0.area.label), Cell($0.grade.label, fill: fill($0.grade))] }
            )))
        }
        blocks.append(.heading(level: 2, text: "Recommendations"))
        if record.recommendations.isEmpty {
            blocks.append(.paragraph("No recommendations recorded."))
        } else {
            for recommendation in record.recommendations {
                var inlines: [Inline] = [.strong("\(recommendation.number). ")]
                if recommendation.isPriorityAction { inlines.append(.strong("Area for priority action: ")) }
                inlines.append(.text(recommendation.text))
                blocks.append(.paragraph(inlines))
            }
        }
        return Document(title: inspection.title, blocks: blocks)
    }

    static func fill(_ grade: Grade) -> Fill? {
        switch grade {
        case .outstanding: .blue
        case .good: .green
        case .requiresImprovement: .amber
        case .inadequate: .red
        case .notGraded: nil
        }
    }
}
