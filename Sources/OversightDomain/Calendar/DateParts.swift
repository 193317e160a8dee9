/// The three boxes of a GOV.UK date input, as typed, and the rule that turns them into a date.
///
/// The problems are named rather than worded: the message catalogue words them with the
/// field's label ("Start date must include a month").
public struct DateParts: Equatable, Sendable {
    public var day: String
    public var month: String
    public var year: String

    public init(day: String?, month: String?, year: String?) {
        self.day = (day ?? "").trimmingWhitespace
        self.month = (month ?? "").trimmingWhitespace
        self.year = (year ?? "").trimmingWhitespace
    }

    public init(_ date: CalendarDate?) {
        if let date {
            self.init(day: String(date.day), month: String(date.month), year: String(date.year))
        } else {
            self.init(day: nil, month: nil, year: nil)
        }
    }

    /// The three boxes' text, for a form that stores them as separate fields.
    public var boxes: (day: String?, month: String?, year: String?) { (day, month, year) }

    public enum Part: String, Sendable, CaseIterable { case day, month, year }

    public enum Problem: Error, Equatable, Sendable {
        /// Nothing entered in a date that is required.
        case missing
        /// Some parts entered, these left empty.
        case incomplete([Part])
        /// Parts that are not whole numbers, or a year without four digits.
        case notNumbers([Part])
        case yearNotFourDigits
        /// A year outside `CalendarDate.acceptedYears`, such as 0001 or 9999.
        case yearOutOfRange
        /// Numbers that do not make a day that exists, such as 31/02/2015.
        case notReal
    }

    public var isEmpty: Bool { day.isEmpty && month.isEmpty && year.isEmpty }

    /// A date, nil for an empty optional date, or the problem to report.
    public func parse(required: Bool) -> Result<CalendarDate?, Problem> {
        if isEmpty { return required ? .failure(.missing) : .success(nil) }
        let values: [(Part, String)] = [(.day, day), (.month, month), (.year, year)]
        let empty = values.filter { $0.1.isEmpty }.map(\.0)
        if !empty.isEmpty { return .failure(.incomplete(empty)) }
        let notNumbers = values.filter { Int($0.1) == nil || $0.1.contains(where: { !$0.isASCII }) }.map(\.0)
        if !notNumbers.isEmpty { return .failure(.notNumbers(notNumbers)) }
        if year.count != 4 { return .failure(.yearNotFourDigits) }
        guard let y = Int(year), let m = Int(month), let d = Int(day) else { return .failure(.notNumbers([.day, .month, .year])) }
        guard CalendarDate.acceptedYears.contains(y) else { return .failure(.yearOutOfRange) }
        guard let date = CalendarDate(year: y, month: m, day: d) else { return .failure(.notReal) }
        return .success(date)
    }
}

extension String {
    /// Leading and trailing spaces, tabs and line breaks removed, without Foundation.
    /// Most text (every field of a 100,000-line import) starts and ends with a visible ASCII
    /// character and is returned as it is after a look at two bytes; asking each Character whether
    /// it is white space was a seventh of the time of checking such a file.
    public var trimmingWhitespace: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last) { return self }
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
