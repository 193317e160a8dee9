/// The fixed parts of an `.xlsx` package (SpreadsheetML, ECMA-376 transitional), and the few
/// that only list the sheets. The properties parts are the same as a Word file's.
enum XlsxParts {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The cell styles, by their index in `cellXfs`.
    enum Style: Int {
        case general = 0, header, date, percentage, integer, wrapped
    }

    static func contentTypes(sheets: Int) -> String {
        DocxParts.declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            \((1...max(1, sheets)).map { "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined())\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
            </Types>
            """
    }

    static let packageRelationships = DocxParts.declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="xl/workbook.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="\(relationships)/extended-properties" Target="docProps/app.xml"/>\
        </Relationships>
        """

    /// `filters` are each sheet's filtered range ("$A$1:$I$481"), named as Excel names them.
    static func workbook(names: [String], filters: [String]) -> String {
        let sheets = names.enumerated().map { index, name in
            "<sheet name=\"\(OOXMLPackage.escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        let defined = zip(names, filters).enumerated().map { index, pair in
            "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                + OOXMLPackage.escape("'\(pair.0.replacingOccurrences(of: "'", with: "''"))'!\(pair.1)") + "</definedName>"
        }.joined()
        return DocxParts.declaration + """
            <workbook xmlns="\(main)" xmlns:r="\(relationships)"><bookViews><workbookView/></bookViews>\
            <sheets>\(sheets)</sheets><definedNames>\(defined)</definedNames></workbook>
            """
    }

    static func workbookRelationships(sheets: Int) -> String {
        let sheetLinks = (1...max(1, sheets)).map {
            "<Relationship Id=\"rId\($0)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>"
        }.joined()
        return DocxParts.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(sheetLinks)\
            <Relationship Id="rId\(sheets + 1)" Type="\(relationships)/styles" Target="styles.xml"/>\
            <Relationship Id="rId\(sheets + 2)" Type="\(relationships)/sharedStrings" Target="sharedStrings.xml"/>\
            </Relationships>
            """
    }

    /// Dates as 27/11/2015 (UK), shares as 45.7%, whole numbers as 1,234; headers bold; long text
    /// wraps at the column's width, top-aligned so a row reads across.
    static let styles = DocxParts.declaration + """
        <styleSheet xmlns="\(main)">\
        <numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Arial"/><family val="2"/></font>\
        <font><b/><sz val="11"/><name val="Arial"/><family val="2"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="6">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="top"/></xf>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>\
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>\
        <xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}
