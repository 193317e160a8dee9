/// A closed set of choices that has a stored code and a label a person reads.
///
/// The code is what the database and the API hold; it never changes once shipped.
/// The label is what the interface shows and may be reworded.
public protocol Labelled: CaseIterable, Hashable, Sendable, Codable, RawRepresentable where RawValue == String {
    var label: String { get }
}

public extension Labelled {
    /// The case for a stored or submitted code, nil for anything else.
    static func from(code: String?) -> Self? {
        guard let code else { return nil }
        return Self(rawValue: code)
    }
}
