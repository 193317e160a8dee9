import OversightDomain
import OversightStore
import Vapor

/// A template's labels, sections and implications. Sections are rows: the template's own, then
/// two blank rows for new ones; each row has a label, help, a position and whether it is used.
struct TemplateForm: Content {
    var values: [String: String] = [:]

    init() {}

    init(from decoder: any Decoder) throws { values = try RawFormFields(from: decoder).values }
    func encode(to encoder: any Encoder) throws { try RawFormFields(values: values).encode(to: encoder) }

    subscript(_ key: String) -> String? {
        get { values[key] }
        set { values[key] = newValue }
    }

    static let blankRows = 2

    init(_ template: ReportTemplate) {
        values["name"] = template.name
        for field in ReportTemplate.HeaderField.allCases { values["header-\(field.rawValue)"] = template.label(field) }
        for (index, field) in template.headerFields.enumerated() {
            values["header-\(field.rawValue)-position"] = String(index + 1)
        }
        for (index, section) in template.sections.enumerated() {
            values["section-\(index + 1)-key"] = section.key
            values["section-\(index + 1)-label"] = section.label
            values["section-\(index + 1)-help"] = section.help
            values["section-\(index + 1)-position"] = String(index + 1)
            values["section-\(index + 1)-include"] = "yes"
            values["section-\(index + 1)-required"] = section.required ? "yes" : nil
        }
        values["implications"] = template.implications.joined(separator: "\n")
        values["implicationsIntro"] = template.implicationsIntro
        let style = template.headerStyle
        values["style-allAreas"] = style.allAreas ?? ""
        values["style-quotedLetters"] = style.quotedAppendixLetters ? "yes" : nil
        values["style-telephonePrefix"] = style.telephonePrefix
        values["style-jobTitle"] = style.contactJobTitle ? "yes" : nil
    }

    /// The rows the form shows: the base template's sections, any it lacks that the form carries,
    /// and the blank rows.
    func rows(base: ReportTemplate) -> Int {
        let typed = (1...60).last { values["section-\($0)-label"].trimmedOrNil != nil } ?? 0
        return max(base.sections.count + TemplateForm.blankRows, typed)
    }

    func validate(base: ReportTemplate) -> Validated<ReportTemplate> {
        var check = Validator()
        let name = check.required("name", values["name"], ReportMessages.templateName, max: 120, label: "Name")
        var labels: [String: String] = [:]
        var header: [(position: Int, order: Int, field: ReportTemplate.HeaderField)] = []
        for (order, field) in base.headerFields.enumerated() {
            let key = "header-\(field.rawValue)"
            if field == .body {
                // Empty prints the committee's name alone, as the Scrutiny Committee's reports do.
                let label = check.optional(key, values[key], max: 200, label: field.label) ?? ""
                if label != field.label || base.headerLabels[field.rawValue] != nil { labels[field.rawValue] = label }
            } else if let label = check.required(key, values[key], ReportMessages.headerLabel(field), max: 200,
                                                 label: field.label), label != field.label || base.headerLabels[field.rawValue] != nil {
                labels[field.rawValue] = label
            }
            // A missing position keeps the field where it was.
            let positionText = values["\(key)-position"].trimmedOrNil
            if let positionText, let position = Int(positionText), (1...20).contains(position) {
                header.append((position, order, field))
            } else if positionText == nil {
                header.append((order + 1, order, field))
            } else {
                check.fail("\(key)-position", ReportMessages.headerPosition(field))
            }
        }
        var chosen: [(position: Int, order: Int, section: ReportTemplate.Section)] = []
        var keys = Set<String>()
        for row in 1...rows(base: base) {
            let prefix = "section-\(row)"
            guard let label = check.optional("\(prefix)-label", values["\(prefix)-label"], max: 200, label: "Section \(row)") else {
                if values["\(prefix)-key"].trimmedOrNil == ReportTemplate.partTwoKey {
                    check.fail("\(prefix)-label", ReportMessages.partTwoLabel)
                }
                continue
            }
            let include = values["\(prefix)-include"] == "yes"
            let key = values["\(prefix)-key"].trimmedOrNil ?? ReportTemplate.key(for: label)
            if key == ReportTemplate.partTwoKey && !include {
                check.fail("\(prefix)-include", ReportMessages.partTwoKept)
            }
            guard include else { continue }
            if key.isEmpty || !keys.insert(key).inserted {
                check.fail("\(prefix)-label", ReportMessages.sectionRepeated(row))
                continue
            }
            let positionText = values["\(prefix)-position"].trimmedOrNil
            guard let position = positionText.flatMap(Int.init), (1...99).contains(position) else {
                check.fail("\(prefix)-position", ReportMessages.sectionPosition(row))
                continue
            }
            let help = check.optional("\(prefix)-help", values["\(prefix)-help"], max: 500, label: "Help for section \(row)") ?? ""
            chosen.append((position, row, ReportTemplate.Section(key: key, label: label, help: help,
                                                               required: values["\(prefix)-required"] == "yes")))
        }
        if chosen.isEmpty { check.fail("section-1-label", ReportMessages.noSections) }
        let implications = (values["implications"] ?? "").split(whereSeparator: \.isNewline)
            .map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        if implications.count > 30 { check.fail("implications", ReportMessages.tooManyImplications) }
        if let long = implications.firstIndex(where: { $0.count > 100 }) {
            check.fail("implications", ReportMessages.implicationTooLong(long))
        }
        let intro = check.required("implicationsIntro", values["implicationsIntro"], ReportMessages.implicationsIntro, max: 300,
                                   label: "Introduction")
        let allAreas = check.optional("style-allAreas", values["style-allAreas"], max: 100, label: "Words for every area")
        // Kept as typed, so that "Tel: " keeps its space before the number.
        let prefix = values["style-telephonePrefix"] ?? ""
        if prefix.count > 20 { check.fail("style-telephonePrefix", "Before the telephone number must be 20 characters or fewer") }
        let style = HeaderStyle(allAreas: allAreas, quotedAppendixLetters: values["style-quotedLetters"] == "yes",
                                telephonePrefix: prefix.trimmingWhitespace.isEmpty ? "" : prefix.trimmingWhitespace + " ",
                                contactJobTitle: values["style-jobTitle"] == "yes")
        return check.result {
            guard let name, let intro else { return nil }
            return ReportTemplate(name: name, version: base.version + 1,
                                  headerFields: header.sorted { ($0.position, $0.order) < ($1.position, $1.order) }.map(\.field),
                                  headerLabels: labels,
                                  sections: chosen.sorted { ($0.position, $0.order) < ($1.position, $1.order) }.map(\.section),
                                  implications: implications, implicationsIntro: intro,
                                  style: style == .standard ? nil : style)
        }
    }
}
