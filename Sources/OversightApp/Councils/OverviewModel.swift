import OversightDocuments
import OversightDomain
import OversightStore

/// The council's front page: the programme as it stands, starting from the inspection
/// that it answers.
struct OverviewModel {
    var council: Council
    var inspections: [InspectionRecord]
    var peopleCount: Int
    /// The signed-in person's open board actions, overdue ones first.
    var myBoardActions: [BoardAction] = []
    /// The open risks the viewer owns, with the scale to band them.
    var myRisks: [Risk] = []
    var riskScale: RiskScale = .standard
    var people: [Person.ID: Person] = [:]
    var today = CalendarDate(dayNumber: 0)

    /// The most recent inspection that gave grades: the one the programme answers.
    var governing: InspectionRecord? {
        inspections.first { !$0.judgements.isEmpty } ?? inspections.first
    }
}
