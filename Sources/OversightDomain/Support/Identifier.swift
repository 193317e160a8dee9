import Foundation

/// A typed identifier, so that a person's id cannot be passed where an inspection's is wanted.
public struct Identifier<Owner>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    LosslessStringConvertible
{
    public let rawValue: UUID

    public init(_ rawValue: UUID) { self.rawValue = rawValue }

    /// Reads the canonical text form; nil for anything that is not a UUID.
    public init?(_ description: String) {
        guard let uuid = UUID(uuidString: description) else { return nil }
        self.rawValue = uuid
    }

    public var description: String { rawValue.uuidString.lowercased() }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(UUID.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
