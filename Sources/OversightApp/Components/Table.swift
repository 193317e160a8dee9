import OversightDocuments

/// A GOV.UK table. The caption names it for screen readers; header cells have scope.
func dataTable(caption: String, captionSize: HeadingSize = .m, head: [String], rows: [[BodyNode]],
               firstCellIsHeader: Bool = false) -> BodyNode {
    el("table", [("class", "ov-table")], [
        el("caption", [("class", "ov-table__caption ov-table__caption--\(captionSize.rawValue)")], text: caption),
        el("thead", [("class", "ov-table__head")], [
            el("tr", [("class", "ov-table__row")], head.map {
                el("th", [("scope", "col"), ("class", "ov-table__header")], text: $0)
            }),
        ]),
        el("tbody", [("class", "ov-table__body")], rows.map { cells in
            el("tr", [("class", "ov-table__row")], cells.enumerated().map { index, cell in
                index == 0 && firstCellIsHeader
                    ? el("th", [("scope", "row"), ("class", "ov-table__header")], [cell])
                    : el("td", [("class", "ov-table__cell")], [cell])
            })
        }),
    ])
}
