/// Whom a council compares itself with: its region and its ten statistical neighbours (the
/// DfE's list of the authorities most like it), named so a reader knows whose average
/// "neighbours" is.
public struct Comparators: Hashable, Sendable, Codable {
    public static let neighbourCount = 10

    public var region: String?
    /// In the council's order; none until the council sets them, then exactly ten.
    public var neighbours: [String]
    public var version: Int

    public init(region: String?, neighbours: [String], version: Int) {
        self.region = region
        self.neighbours = neighbours
        self.version = version
    }

    public static let none = Comparators(region: nil, neighbours: [], version: 0)

    /// The problem with a list of neighbours, or nil when it is right: none, or ten different names.
    public static func problem(with neighbours: [String], council: String) -> String? {
        guard !neighbours.isEmpty else { return nil }
        if let long = neighbours.first(where: { $0.count > 100 }) {
            return "\"\(long.prefix(40))…\" is too long for a council's name: 100 characters at most"
        }
        var seen = Set<String>()
        for name in neighbours {
            if name.lowercased() == council.lowercased() { return "\(name) is this council; list the ten councils most like it" }
            if !seen.insert(name.lowercased()).inserted { return "\(name) is listed twice; each neighbour once" }
        }
        guard neighbours.count == neighbourCount else {
            return "Enter \(neighbourCount) statistical neighbours, one on each line; you entered \(neighbours.count)"
        }
        return nil
    }
}
