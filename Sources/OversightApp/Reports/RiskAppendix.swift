import Fluent
import OversightDocuments
import OversightDomain
import OversightStore

/// The risk register as a document section: for a report's appendix and the board pack. The grid
/// as a table (counts of risks by likelihood and impact, each cell with its score and band), then
/// every open or escalated risk, highest current score first.
enum RiskAppendix {
    static func blocks(council: Council, today: CalendarDate, on db: any Database) async throws -> [Block] {
        // A report's appendix may be published: never with board actions taken in private.
        blocks(try await RiskRegisterModel.load(council, today: today, partTwo: false, on: db))
    }

    static func blocks(_ model: RiskRegisterModel) -> [Block] {
        let live = model.risks.filter { $0.status != .closed }
            .sorted { ($0.current.value, $0.current.impact, $1.reference) > ($1.current.value, $1.current.impact, $0.reference) }
        let scale = model.scale
        guard !live.isEmpty else { return [.paragraph("The register has no open risks on \(UKDateFormat.long(model.today)).")] }
        let overdue = live.filter { $0.isReviewOverdue(on: model.today) }.count
        var blocks: [Block] = [.paragraph([.strong("\(counted(live.count, "open risk")) on \(UKDateFormat.long(model.today))"),
                                           .text(": \(counted(overdue, "review")) overdue; the grid counts the risks by their current likelihood and impact.")])]
        var counts: [RiskScore: Int] = [:]
        for risk in live { counts[risk.current, default: 0] += 1 }
        blocks.append(.table(Table(
            caption: "Current risk: number of risks by likelihood and impact",
            header: ["Likelihood"] + RiskScore.levels.map { "Impact \($0): \(scale.impactName($0))" },
            rows: RiskScore.levels.reversed().map { likelihood in
                [Cell("\(likelihood): \(scale.likelihoodName(likelihood))")] + RiskScore.levels.map { impact in
                    let score = RiskScore(likelihood: likelihood, impact: impact)!
                    return Cell("\(counts[score] ?? 0) (\(score.value) \(scale.band(score).name))", fill: fill(scale.band(score)))
                }
            })))
        blocks.append(.table(Table(
            caption: "Open and escalated risks, highest current score first",
            header: ["Ref", "Risk", "Owner", "Inherent", "Current", "Target", "Since the last review", "Mitigating actions needing attention"],
            rows: live.map { risk in
                func cell(_ score: RiskScore) -> Cell { Cell("\(score.label), \(scale.band(score).name)", fill: fill(scale.band(score))) }
                let troubles = model.troubles(risk)
                return [Cell(risk.reference), Cell(risk.title + (risk.status == .escalated ? " (escalated)" : "")),
                        Cell(model.name(risk.ownerID)), cell(risk.inherent), cell(risk.current), cell(risk.target),
                        Cell(model.movement(risk).label + (risk.isReviewOverdue(on: model.today) ? "; review overdue" : "")),
                        Cell(troubles.isEmpty ? "None" : troubles.joined(separator: "; "))]
            })))
        return blocks
    }

    static func fill(_ band: RiskBand) -> Fill {
        switch band.colour {
        case .green: .green
        case .amber: .amber
        case .red: .red
        }
    }
}
