import OversightDomain

/// A decision of the register in the API: an exempt one carries its number, date, meeting, body
/// and paragraph, and nothing of what was decided.
struct DecisionRecordDTO: Codable, Equatable, Sendable {
    var number: String
    var date: String
    var meetingId: String
    var body: MeetingDTO.BodyRef
    var exempt: Bool
    var exemptionParagraph: Int?
    var item: String?
    var text: String?
    var reasons: String?
    var alternatives: String?
    var votes: Votes?
    var declarations: [String]?

    init(_ row: DecisionRegister.Row) {
        number = row.number
        date = row.date.iso
        meetingId = row.meetingID.description
        body = MeetingDTO.BodyRef(id: row.bodyID.description, name: row.body, kind: CodeAndLabel(row.bodyKind))
        exempt = row.partTwo
        exemptionParagraph = row.paragraph?.rawValue
        guard !row.hidden else { return }
        item = row.item
        text = row.text
        reasons = row.reasons
        alternatives = row.alternatives
        votes = row.tally
        declarations = row.declarations
    }
}
