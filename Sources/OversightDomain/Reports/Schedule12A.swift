/// The paragraphs of Schedule 12A to the Local Government Act 1972 (England) under which a report
/// may be exempt (Part II). Exempt only where the public interest in withholding the information
/// outweighs the public interest in disclosing it, so a Part II report names both.
public enum Schedule12A: Int, CaseIterable, Sendable, Codable {
    case individual = 1, identity, financialAffairs, labourRelations, legalPrivilege, notices, crime

    public var paragraph: Int { rawValue }

    public var description: String {
        switch self {
        case .individual: "Information relating to any individual"
        case .identity: "Information which is likely to reveal the identity of an individual"
        case .financialAffairs: "Information relating to the financial or business affairs of any particular person (including the authority holding that information)"
        case .labourRelations: "Information relating to any consultations or negotiations, or contemplated consultations or negotiations, in connection with any labour relations matter arising between the authority or a Minister of the Crown and employees of, or office holders under, the authority"
        case .legalPrivilege: "Information in respect of which a claim to legal professional privilege could be maintained in legal proceedings"
        case .notices: "Information which reveals that the authority proposes to give under any enactment a notice under or by virtue of which requirements are imposed on a person, or to make an order or direction under any enactment"
        case .crime: "Information relating to any action taken or to be taken in connection with the prevention, investigation or prosecution of crime"
        }
    }

    /// "Paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972"
    public var citation: String { "Paragraph \(rawValue) of Part 1 of Schedule 12A to the Local Government Act 1972" }
}
