import OversightDomain
import OversightStore
import Vapor

struct TemplateCopyForm: Content {
    var from: String?
    var name: String?
}

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
    }

    /// The rows the form shows: the base template's sections, any it lacks that the form carries,
    /// and the blank rows.
    func rows(base: ReportTemplate) -> Int {
        let typed = (1...60).last { values["section-\($0)-label"].trimmedOrNil != nil } ?? 0
        return max(base.sections.count + TemplateForm.blankRows, typed)
    }

    func validate(base: ReportTemplate) -> Validated<ReportTemplate> {
        var check = Validator()
        let name = check.required("name", values["name"], "Enter the template's name", max: 120, label: "Name")
        var labels: [String: String] = [:]
        var header: [(position: Int, order: Int, field: ReportTemplate.HeaderField)] = []
        for (order, field) in base.headerFields.enumerated() {
            let key = "header-\(field.rawValue)"
            if let label = check.required(key, values[key], "Enter the label for \(field.label.lowercased())", max: 200,
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
                check.fail("\(key)-position", "Enter the position of \(field.label.lowercased()) as a whole number from 1 to 20")
            }
        }
        var chosen: [(position: Int, order: Int, section: ReportTemplate.Section)] = []
        var keys = Set<String>()
        for row in 1...rows(base: base) {
            let prefix = "section-\(row)"
            guard let label = check.optional("\(prefix)-label", values["\(prefix)-label"], max: 200, label: "Section \(row)") else {
                if values["\(prefix)-key"].trimmedOrNil == ReportTemplate.partTwoKey {
                    check.fail("\(prefix)-label", "Enter a label for the reason for inclusion in Part II: the law requires it")
                }
                continue
            }
            let include = values["\(prefix)-include"] == "yes"
            let key = values["\(prefix)-key"].trimmedOrNil ?? ReportTemplate.key(for: label)
            if key == ReportTemplate.partTwoKey && !include {
                check.fail("\(prefix)-include", "Keep the reason for inclusion in Part II: the law requires it")
            }
            guard include else { continue }
            if key.isEmpty || !keys.insert(key).inserted {
                check.fail("\(prefix)-label", "Section \(row) has the same name as another section: give it a different label")
                continue
            }
            let positionText = values["\(prefix)-position"].trimmedOrNil
            guard let position = positionText.flatMap(Int.init), (1...99).contains(position) else {
                check.fail("\(prefix)-position", "Enter the position of section \(row) as a whole number from 1 to 99")
                continue
            }
            let help = check.optional("\(prefix)-help", values["\(prefix)-help"], max: 500, label: "Help for section \(row)") ?? ""
            chosen.append((position, row, ReportTemplate.Section(key: key, label: label, help: help,
                                                               required: values["\(prefix)-required"] == "yes")))
        }
        if chosen.isEmpty { check.fail("section-1-label", "Include at least one section") }
        let implications = (values["implications"] ?? "").split(whereSeparator: \.isNewline)
            .map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        if implications.count > 30 { check.fail("implications", "List 30 implication headings or fewer") }
        if let long = implications.firstIndex(where: { $0.count > 100 }) {
            check.fail("implications", "The heading on line \(long + 1) must be 100 characters or fewer")
        }
        let intro = check.required("implicationsIntro", values["implicationsIntro"],
                                   "Enter the sentence printed before the implications", max: 300, label: "Introduction")
        return check.result {
            guard let name, let intro else { return nil }
            return ReportTemplate(name: name, version: base.version + 1,
                                  headerFields: header.sorted { ($0.position, $0.order) < ($1.position, $1.order) }.map(\.field),
                                  headerLabels: labels,
                                  sections: chosen.sorted { ($0.position, $0.order) < ($1.position, $1.order) }.map(\.section),
                                  implications: implications, implicationsIntro: intro)
        }
    }
}

/// Adding a bank holiday, taking one away, or undoing an earlier change.
struct BankHolidayForm: Content {
    var action: String?
    var title: String?
    var date: String?
    var day: String?, month: String?, year: String?

    enum CodingKeys: String, CodingKey {
        case action, title, date
        case day = "holiday-day", month = "holiday-month", year = "holiday-year"
    }

    init() {}

    var parts: DateParts { DateParts(day: day, month: month, year: year) }

    enum Change {
        case add(CalendarDate, String)
        case remove(CalendarDate, String)
        case undo(CalendarDate)

        var code: String {
            switch self {
            case .add: "add"
            case .remove: "remove"
            case .undo: "undo"
            }
        }

        var date: CalendarDate {
            switch self {
            case let .add(date, _), let .remove(date, _), let .undo(date): date
            }
        }
    }

    func validate(holidays: BankHolidays) -> Validated<Change> {
        var check = Validator()
        switch action {
        case "add":
            let date = check.date("holiday", parts, label: "Date of the bank holiday", required: true)
            let title = check.required("title", title, "Enter the bank holiday's name, such as Coronation bank holiday",
                                       max: 120, label: "Name")
            if let date, holidays.contains(date) { check.fail("holiday", "\(date.ukLong) is already a bank holiday") }
            if let date, date.weekday.isWeekend {
                check.fail("holiday", "\(UKDateFormat.withWeekday(date)) is a weekend: deadlines already skip it")
            }
            return check.result { date.flatMap { d in title.map { .add(d, $0) } } }
        case "remove", "undo":
            guard let date = date.flatMap({ CalendarDate(iso: $0) }) else {
                check.fail("holiday", "The date could not be read. Go back, reload the page and try again.")
                return check.result { nil }
            }
            if action == "undo" { return .valid(.undo(date)) }
            guard let holiday = holidays.holidays.first(where: { $0.date == date }) else {
                check.fail("holiday", "\(date.ukLong) is not a bank holiday")
                return check.result { nil }
            }
            return .valid(.remove(date, holiday.title))
        default:
            check.fail("holiday", "Choose to add or remove a bank holiday")
            return check.result { nil }
        }
    }
}

/// A form read as raw text by field name, for forms whose fields follow data (a template's
/// sections) rather than a fixed list. Repeated "name[]" fields are read as lists.
struct RawFormFields: Codable {
    var values: [String: String] = [:]
    var lists: [String: [String]] = [:]

    init(values: [String: String], lists: [String: [String]] = [:]) {
        self.values = values
        self.lists = lists
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        for key in container.allKeys {
            // A field sent several times is a list; one sent once is both a value and a list of one.
            if let list = try? container.decode([String].self, forKey: key), list.count > 1 {
                lists[key.stringValue] = list
            } else if let text = try? container.decode(String.self, forKey: key) {
                values[key.stringValue] = text
                lists[key.stringValue] = [text]
            } else if let list = try? container.decode([String].self, forKey: key) {
                lists[key.stringValue] = list
            }
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        for (key, value) in values { try container.encode(value, forKey: AnyKey(stringValue: key)) }
        for (key, list) in lists { try container.encode(list, forKey: AnyKey(stringValue: key)) }
    }
}
