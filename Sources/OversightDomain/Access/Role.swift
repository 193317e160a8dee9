/// The roles of PRODUCT.md. A user may hold several; what they may do is the union.
/// Public visitors are not signed in and hold none.
public enum Role: String, Labelled {
    case administrator
    case programmeManager = "programme-manager"
    case contributor
    case performanceOfficer = "performance-officer"
    case boardMember = "board-member"
    case seniorLeader = "senior-leader"
    case democraticServices = "democratic-services"
    case viewer

    public var label: String {
        switch self {
        case .administrator: "Administrator"
        case .programmeManager: "Programme manager"
        case .contributor: "Contributor (action owner or lead officer)"
        case .performanceOfficer: "Performance officer"
        case .boardMember: "Board member"
        case .seniorLeader: "Senior leader"
        case .democraticServices: "Democratic services officer"
        case .viewer: "Viewer"
        }
    }

    /// Reads "administrator,viewer" as stored; unknown codes are dropped, never guessed.
    public static func set(from stored: String) -> Set<Role> {
        Set(stored.split(separator: ",").compactMap { Role(rawValue: String($0).trimmingWhitespace) })
    }

    /// The stored form, in a fixed order so that equal sets store equally.
    public static func stored(_ roles: Set<Role>) -> String {
        allCases.filter(roles.contains).map(\.rawValue).joined(separator: ",")
    }
}
