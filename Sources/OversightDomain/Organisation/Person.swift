import Foundation

/// Someone the programme names: a lead officer, a report's contact, a board member.
/// A person is not a user account; many never sign in.
public struct Person: Hashable, Sendable, Codable {
    public typealias ID = Identifier<Person>

    public var id: ID
    public var councilID: Council.ID
    public var name: String
    public var jobTitle: String?
    public var telephone: String?
    public var email: String?
    public var version: Int

    public init(id: ID, councilID: Council.ID, name: String, jobTitle: String?, telephone: String?,
                email: String?, version: Int) {
        self.id = id
        self.councilID = councilID
        self.name = name
        self.jobTitle = jobTitle
        self.telephone = telephone
        self.email = email
        self.version = version
    }
}

/// Rules for contact details, shared by every form that asks for them.
public enum ContactRules {
    /// A plausible email address: one @, something before it, a dot in the domain, no spaces.
    public static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        guard let dot = domain.lastIndex(of: "."), dot != domain.startIndex,
              domain.index(after: dot) != domain.endIndex else { return false }
        return !domain.contains("..")
    }

    /// A UK telephone number as people write it: "(01772) 531980", "01772 532602",
    /// "+44 1772 532602", optionally with an extension ("ext 1234").
    public static func isTelephone(_ text: String) -> Bool {
        var main = Substring(text.lowercased())
        if let ext = main.range(of: "ext") {
            let tail = main[ext.upperBound...].filter { $0 != "." && $0 != " " }
            guard !tail.isEmpty, tail.allSatisfy(\.isASCIIDigit) else { return false }
            main = main[..<ext.lowerBound]
        }
        let allowed = main.allSatisfy { $0.isASCIIDigit || " ()-+".contains($0) }
        let digits = main.filter(\.isASCIIDigit).count
        return allowed && (10...13).contains(digits)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
