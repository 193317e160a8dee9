import Foundation

/// A typed identifier, so that a person's id cannot be passed where an inspection's is wanted.
public struct Identifier<Owner>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    LosslessStringConvertible
{
    public let rawValue: UUID

    public init(_ rawValue: UUID) { self.rawValue = rawValue }

    /// Reads the canonical text form; nil for anything that is not a UUID.
    public init?(_ description: String) {
        guard let uuid = UUIDCoding.parse(description) else { return nil }
        self.rawValue = uuid
    }

    public var description: String { UUIDCoding.lowercase(rawValue) }

    /// The order of the lower-case text, found from the bytes: fixed-width hexadecimal sorts as
    /// its bytes do, so nothing is printed to compare.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        withUnsafeBytes(of: lhs.rawValue.uuid) { left in
            withUnsafeBytes(of: rhs.rawValue.uuid) { right in left.lexicographicallyPrecedes(right) }
        }
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(UUID.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
