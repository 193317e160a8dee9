import Foundation
import OversightDomain

/// What the user has chosen so far in the browser import of a plan: the sheet, the header row,
/// the column of each field, what unrecognised ratings mean and who unknown leads are, then the
/// plan's title and the month its ratings are recorded for. Choosing and previewing only read,
/// so the choices travel in the page's address from step to step; the last step posts them.
struct PlanImportChoices: Equatable {
    /// A choice about something written in the file: a rating or a lead, as written.
    struct Settled: Equatable {
        var written: String
        var choice: String
    }

    var sheet: String?
    var headerRow: String?
    /// Column letters by field; an empty letter means "not in this file". Nil until the user has
    /// seen the columns, when the guess stands in.
    var columns: [PlanImport.Field: String]?
    var ratings: [Settled] = []
    var people: [Settled] = []
    var title: String?
    var ratingsMonth: String?
    /// "sheet" when the sheet's form was sent, "preview" once the columns are chosen.
    var step: String?

    /// The choice that adds someone to the people directory, rather than matching them.
    static let newPerson = "new"
    static let noRating = "none"
    static let noMonth = "none"

    init() {}

    /// Read from a query or a posted form; anything unknown is ignored.
    init(_ fields: [String: String]) {
        func value(_ name: String) -> String? {
            fields[name].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        sheet = fields["sheet"].flatMap { $0.isEmpty ? nil : $0 }
        headerRow = value("header-row")
        if fields.keys.contains(where: { $0.hasPrefix("column-") }) {
            var columns: [PlanImport.Field: String] = [:]
            for field in PlanImport.Field.allCases { columns[field] = value("column-\(field.rawValue)") ?? "" }
            self.columns = columns
        }
        // However many were sent, in their order on the page.
        func settled(_ prefix: String) -> [Settled] {
            fields.keys.compactMap { key -> Int? in key.hasPrefix("\(prefix)-text-") ? Int(key.dropFirst(prefix.count + 6)) : nil }
                .sorted().compactMap { index in
                    guard let written = fields["\(prefix)-text-\(index)"], !written.isEmpty else { return nil }
                    return Settled(written: written, choice: value("\(prefix)-\(index)") ?? "")
                }
        }
        ratings = settled("rating")
        people = settled("person")
        title = value("title")
        ratingsMonth = value("ratings-month")
        step = value("step")
    }

    /// The choices as name and value pairs, for the next step's address or hidden fields. The
    /// title and month belong to the last step only.
    var pairs: [(String, String)] {
        var pairs: [(String, String)] = []
        if let sheet { pairs.append(("sheet", sheet)) }
        if let headerRow { pairs.append(("header-row", headerRow)) }
        for field in PlanImport.Field.allCases {
            if let column = columns?[field] { pairs.append(("column-\(field.rawValue)", column)) }
        }
        for (index, rating) in ratings.enumerated() {
            pairs += [("rating-text-\(index + 1)", rating.written), ("rating-\(index + 1)", rating.choice)]
        }
        for (index, person) in people.enumerated() {
            pairs += [("person-text-\(index + 1)", person.written), ("person-\(index + 1)", person.choice)]
        }
        if let step { pairs.append(("step", step)) }
        return pairs
    }

    /// The choices as they start: the guessed header row and columns.
    static func guessed(_ mapping: PlanImport.Mapping?, sheet: String) -> PlanImportChoices {
        var choices = PlanImportChoices()
        choices.sheet = sheet
        guard let mapping else { return choices }
        choices.headerRow = String(mapping.headerRow)
        choices.columns = Dictionary(uniqueKeysWithValues: PlanImport.Field.allCases.map { field in
            (field, mapping.columns[field].map(ColumnLetters.name) ?? "")
        })
        return choices
    }

    /// The mapping these choices make for a sheet with `columnCount` columns and rows numbered
    /// up to `lastRow`, with people to add to the directory; or each field that is wrong.
    func mapping(columnCount: Int, lastRow: Int, people: [Person], council: Council.ID, newID: () -> UUID)
        -> Validated<(mapping: PlanImport.Mapping, newPeople: [Person])> {
        var errors: [FieldError] = []
        let header = headerRow.flatMap { Int($0) }
        if header == nil || !(1...max(lastRow, 1)).contains(header!) {
            errors.append(FieldError(field: "header-row", message: PlanMessages.importHeaderRow(lastRow: lastRow)))
        }
        var columns: [PlanImport.Field: Int] = [:]
        var chosenFor: [Int: PlanImport.Field] = [:]
        for field in PlanImport.Field.allCases {
            guard let letter = self.columns?[field], !letter.isEmpty else { continue }
            guard let index = (0..<columnCount).first(where: { ColumnLetters.name($0) == letter.uppercased() }) else {
                errors.append(FieldError(field: "column-\(field.rawValue)",
                                         message: PlanMessages.importColumnOutOfRange(field, columnCount: columnCount)))
                continue
            }
            if let other = chosenFor[index] {
                errors.append(FieldError(field: "column-\(field.rawValue)",
                                         message: PlanMessages.importColumnTaken(index, for: other, wanted: field)))
                continue
            }
            chosenFor[index] = field
            columns[field] = index
        }
        if columns[.action] == nil, !errors.contains(where: { $0.field == "column-action" }) {
            errors.append(FieldError(field: "column-action", message: PlanMessages.importActionColumn))
        }
        var ratings: [String: Rating?] = [:]
        for rating in self.ratings where !rating.choice.isEmpty {
            ratings[rating.written] = rating.choice == Self.noRating ? .some(nil) : Rating(rawValue: rating.choice)
        }
        var matched: [String: Person.ID] = [:]
        var added: [Person] = []
        for person in self.people where !person.choice.isEmpty {
            if person.choice == Self.newPerson {
                let email = person.written.contains("@") ? person.written.lowercased() : nil
                added.append(Person(id: .init(newID()), councilID: council, name: person.written, jobTitle: nil, telephone: nil,
                                    email: email, version: 0))
            } else if let id = UUID(uuidString: person.choice).map(Person.ID.init), people.contains(where: { $0.id == id }) {
                matched[person.written] = id
            }
        }
        guard errors.isEmpty, let header else { return .invalid(errors) }
        return .valid((PlanImport.Mapping(headerRow: header, columns: columns, ratings: ratings, people: matched), added))
    }

    /// The title and the ratings month of the last step, or each that is wrong.
    func creation(today: CalendarDate) -> Validated<(title: String, ratingsMonth: CalendarDate?)> {
        var errors: [FieldError] = []
        let title = self.title ?? ""
        if title.isEmpty {
            errors.append(FieldError(field: "title", message: PlanMessages.planTitle))
        } else if title.count > 200 {
            errors.append(FieldError(field: "title", message: PlanMessages.importTitleTooLong))
        }
        var month: CalendarDate?
        if let text = ratingsMonth, text != Self.noMonth {
            month = CalendarDate(iso: text + "-01")
            if month == nil || month! > today {
                errors.append(FieldError(field: "ratings-month", message: PlanMessages.importRatingsMonth))
            }
        }
        return errors.isEmpty ? .valid((title, month)) : .invalid(errors)
    }

    /// A plan title from a file's name: "improvement-plan-tracker.xlsx" gives "Improvement plan tracker".
    static func title(fromFileName name: String) -> String {
        let stem = ((name as NSString).lastPathComponent as NSString).deletingPathExtension
            .replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return stem.prefix(1).uppercased() + stem.dropFirst()
    }
}

/// A form or query body as name and value pairs: `+` is a space, and values are percent-decoded.
func formFields(_ encoded: String?) -> [String: String] {
    var fields: [String: String] = [:]
    for pair in (encoded ?? "").split(separator: "&") {
        let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        func decoded(_ text: Substring) -> String {
            String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
        }
        guard let name = parts.first.map(decoded), !name.isEmpty else { continue }
        fields[name] = parts.count > 1 ? decoded(parts[1]) : ""
    }
    return fields
}

/// Pairs as a query string that `formFields` reads back exactly, `+` and all.
func formQuery(_ pairs: [(String, String)]) -> String {
    let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
    return pairs.map { name, value in
        (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name) + "="
            + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)
    }.joined(separator: "&")
}
