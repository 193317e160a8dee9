import OversightDomain
import Vapor

/// Numbers, months and pages from a request's address, read with their range checked where they
/// are read. Anything else is a 400 that names the parameter, what it takes and what it was
/// given, so that no value from outside ever reaches arithmetic that could trap.
enum QueryParameter {
    /// Far beyond any real list, small enough that `page * perPage` can never overflow.
    static let maxPage = 100_000

    static func refusal(_ name: String, _ expected: String, _ given: String) -> Abort {
        let shown = given.count > 40 ? String(given.prefix(40)) + "…" : given
        return Abort(.badRequest, reason: "\(name) must be \(expected), not \"\(shown)\"")
    }
}

extension Request {
    /// The raw text of a query parameter, or nil when absent or empty.
    func queryText(_ name: String) -> String? {
        guard let text = query[String.self, at: name] else { return nil }
        return text.isEmpty ? nil : text
    }

    /// The filters of a searchable list (the decisions register, search), shared so that each
    /// refuses the same things with the same words. A blank choice is the form's "any": nil.
    func queryWords() throws -> String? {
        guard let text = queryText("q") else { return nil }
        guard text.count <= 200 else { throw QueryParameter.refusal("q", "200 characters or fewer", text) }
        return text.trimmingWhitespace.isEmpty ? nil : text.trimmingWhitespace
    }

    func queryChoice(_ name: String) -> String? {
        queryText(name).flatMap { $0.trimmingWhitespace.isEmpty ? nil : $0.trimmingWhitespace }
    }

    func queryBody() throws -> GoverningBody.ID? {
        try queryChoice("body").map { text in
            guard let id = GoverningBody.ID(text) else {
                throw QueryParameter.refusal("body", "one of the council's boards and committees", text)
            }
            return id
        }
    }

    func queryYear() throws -> Int? {
        try queryChoice("year").map { _ in try queryInt("year", in: CalendarDate.acceptedYears, default: 0) }
    }

    /// Whether the address names the parameter at all: `page=`, `page[x]=1` and `page` count,
    /// though none of them reads as text.
    func queryNames(_ name: String) -> Bool {
        guard let query = url.query else { return false }
        return query.split(separator: "&").contains { pair in
            let key = String(pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            let decoded = key.removingPercentEncoding ?? key
            return decoded == name || decoded.hasPrefix(name + "[")
        }
    }

    /// A whole number in `range`, or `fallback` when the parameter is absent. Present but empty,
    /// or given as a list or object, is a 400 like any other wrong value.
    func queryInt(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws -> Int {
        guard let text = queryText(name) else {
            if queryNames(name) {
                throw QueryParameter.refusal(name, "a whole number from \(range.lowerBound) to \(range.upperBound)", "")
            }
            return fallback
        }
        guard text.count <= 20, text.allSatisfy(\.isASCII), let number = Int(text), range.contains(number) else {
            throw QueryParameter.refusal(name, "a whole number from \(range.lowerBound) to \(range.upperBound)", text)
        }
        return number
    }

    /// The page of a list: 1 when absent, else a whole number from 1 to `QueryParameter.maxPage`.
    func pageNumber(_ name: String = "page") throws -> Int {
        try queryInt(name, in: 1...QueryParameter.maxPage, default: 1)
    }

    /// A month written as YYYY-MM within `CalendarDate.acceptedYears`, as its first day.
    func queryMonth(_ name: String) throws -> CalendarDate? {
        guard let text = queryText(name) else { return nil }
        let years = CalendarDate.acceptedYears
        guard text.count == 7, let month = CalendarDate(iso: text + "-01"), years.contains(month.year) else {
            throw QueryParameter.refusal(name, "a month written as year and month, such as 2017-10, from \(years.lowerBound)-01 to \(years.upperBound)-12", text)
        }
        return month
    }
}
