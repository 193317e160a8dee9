import OversightDocuments

/// A GOV.UK table. The caption names it for screen readers; header cells have scope.
func dataTable(caption: String, captionSize: HeadingSize = .m, head: [String], rows: [[BodyNode]],
               firstCellIsHeader: Bool = false) -> BodyNode {
    dataTable(caption: caption, captionSize: captionSize, head: head, rows: rows) { writer, cells in
        for (index, cell) in cells.enumerated() {
            if index == 0 && firstCellIsHeader {
                writer.write(el("th", [("scope", "row"), ("class", "ov-table__header")], [cell]))
            } else if cell.carriesAttributes {
                // An attribute among a cell's nodes belongs to its `<td>`, as it always has.
                writer.write(el("td", [("class", "ov-table__cell")], [cell]))
            } else {
                writer.cell { $0.write(cell) }
            }
        }
    }
}

/// A GOV.UK table whose rows are written straight (see `HTMLWriter`): `cells` writes one row's
/// cells, each with `HTMLWriter.cell`. For long tables, where a node for every cell costs more
/// than its bytes.
func dataTable<Rows: Sequence>(caption: String, captionSize: HeadingSize = .m, head: [String], rows: Rows,
                               capacity: Int = 4 * 1024, cells: (inout HTMLWriter, Rows.Element) -> Void) -> BodyNode {
    written(capacity: capacity) { writer in
        writer.open("table", class: "ov-table")
        writer.element("caption", class: "ov-table__caption ov-table__caption--\(captionSize.rawValue)", text: caption)
        writer.open("thead", class: "ov-table__head")
        writer.open("tr", class: "ov-table__row")
        for name in head {
            writer.start("th")
            writer.attribute("scope", "col")
            writer.attribute("class", "ov-table__header")
            writer.startDone()
            writer.text(name)
            writer.close("th")
        }
        writer.close("tr")
        writer.close("thead")
        writer.open("tbody", class: "ov-table__body")
        for row in rows {
            writer.open("tr", class: "ov-table__row")
            cells(&writer, row)
            writer.close("tr")
        }
        writer.close("tbody")
        writer.close("table")
    }
}
