import Fluent
import OversightDocuments
import OversightDomain
import OversightStore

/// The content of each appendix: generated ones from the plan as it stands (until the report is
/// published and they are frozen), uploaded ones as a link to the file.
enum AppendixContent {
    /// `stored` are the report's appendices when the caller has them already (its page lists them).
    static func appendices(of report: Report, stored: [ReportAppendix]? = nil, council: Council, today: CalendarDate,
                           on db: any Database) async throws -> [ReportDocument.Appendix] {
        let appendices = if let stored { stored } else { try await ReportAppendixStore.appendices(of: report.id, on: db) }
        var result: [ReportDocument.Appendix] = []
        for (index, appendix) in appendices.enumerated() {
            result.append(ReportDocument.Appendix(
                letter: ReportTemplate.letter(index), title: appendix.title,
                blocks: try await blocks(appendix, report: report, council: council, today: today, on: db),
                exemption: appendix.exemption))
        }
        return result
    }

    static func blocks(_ appendix: ReportAppendix, report: Report, council: Council, today: CalendarDate,
                       on db: any Database) async throws -> [Block] {
        switch appendix.source {
        case let .uploaded(fileName, kind, size):
            let url = SiteURL.appendixFile(.value(council.id), .value(report.id), .value(appendix.id)).path
            return [.paragraph([.text("This appendix is a separate document: "),
                                .link(text: "\(fileName) (\(kind.label), \(EvidenceRules.sizeLabel(size)))", url: url)])]
        case .generated(.risks):
            return try await RiskAppendix.blocks(council: council, today: today, on: db)
        case let .generated(.selfAssessment(id)):
            guard let assessment = try await SelfAssessmentStore.find(id, in: council.id, on: db) else {
                return [.paragraph("The self-assessment this appendix was made from is no longer available.")]
            }
            return SelfAssessmentDocument.appendixBlocks(try await SelfAssessmentDocument.current(assessment, council: council, today: today, on: db))
        case let .generated(.scorecard(through)):
            return try await ScorecardAppendix.blocks(through: through, council: council, suppress: !report.isExempt, on: db)
        case let .generated(.plan(planID)):
            // The plan as it stands needs its priorities, actions, recommendations and people, and
            // none of the periods, updates, summary or records a plan page also loads.
            guard let record = try await PlanStore.find(planID, in: council.id, on: db) else { return [Self.planGone] }
            let (inspection, others) = try await record.plan.inspections(on: db)
            let people = try await PersonStore.all(in: council.id, on: db)
            return plan(PlanSnapshot(record, inspection: inspection, others: others,
                                     people: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) })),
                        status: record.plan.status, today: today)
        case let .generated(source):
            guard let planID = source.planID else { return [] }
            let scope: UpdateScope = if case let .progress(_, period) = source { .period(period) } else { .summaryOnly }
            guard let model = try await PlanPageModel.load(planID, in: council, today: today, updates: scope,
                                                           on: db) else {
                return [Self.planGone]
            }
            return generated(source, model: model, today: today)
        }
    }

    static let planGone = Block.paragraph("The plan this appendix was made from is no longer available.")

    /// The plan as it stood on `today`: its priorities and their actions.
    static func plan(_ snapshot: PlanSnapshot, status: PlanStatus, today: CalendarDate) -> [Block] {
        [.paragraph([.strong(snapshot.title), .text(
            ": \(snapshot.kind.label), \(status.label.lowercased()), \(counted(snapshot.actionCount, "action")), as it stood on \(today.ukLong).")])]
            + PlanVersionDocument.priorities(snapshot, level: 3)
    }

    static func generated(_ source: GeneratedAppendix, model: PlanPageModel, today: CalendarDate) -> [Block] {
        let plan = model.record.plan
        switch source {
        case .plan:
            return Self.plan(PlanSnapshot(model.record, inspection: model.inspection, others: model.otherInspections,
                                          people: model.people), status: plan.status, today: today)
        case let .progress(_, periodID):
            let period = model.periods.first { $0.id == periodID }
            var blocks: [Block] = [.paragraph([.strong(plan.title), .text(
                ": progress reported for \(period?.label ?? "a period no longer open"), by priority.")])]
            // Each action's newest update that was not returned, found once rather than by a
            // search of the period's updates for each of 480 actions.
            var newest: [PlanAction.ID: ActionUpdate] = [:]
            for update in model.updates where update.state != .returned { newest[update.actionID] = update }
            for priority in model.record.priorities {
                blocks.append(.heading(level: 3, text: "Priority \(priority.number): \(priority.title)"))
                let rows: [[Cell]] = model.record.actions(in: priority.id).map { action in
                    let update = newest[action.id]
                    return [Cell(action.reference), Cell(action.what), Cell(model.name(action.leadID) ?? "Not given"),
                            Cell(action.currentDueDate.ukLong),
                            update.map { Cell($0.rating.word, fill: fill($0.rating)) } ?? Cell("No update"),
                            Cell(update?.narrative ?? "No update for \(period?.label ?? "this period").")]
                }
                blocks.append(.table(Table(caption: "Actions of priority \(priority.number)",
                                           header: ["Ref", "Action", "Lead", "Due", "Rating", "Latest update"], rows: rows)))
            }
            return blocks
        case .exceptions:
            let rows: [[Cell]] = model.record.actions.compactMap { action in
                let reasons = model.exceptions(action)
                guard !reasons.isEmpty else { return nil }
                let rating = model.latestRating(action.id)
                return [Cell(action.reference), Cell(action.what), Cell(model.name(action.leadID) ?? "Not given"),
                        Cell(action.currentDueDate.ukLong),
                        rating.map { Cell($0.word, fill: fill($0)) } ?? Cell("No rating"),
                        Cell(reasons.map(\.label).joined(separator: "; "))]
            }
            let intro = Block.paragraph([.strong(plan.title), .text(
                ": actions that needed attention on \(today.ukLong)" + (model.openPeriod.map { ", in the period \($0.label)" } ?? "") + ".")])
            guard !rows.isEmpty else { return [intro, .paragraph("No action needed attention.")] }
            return [intro, .table(Table(caption: "\(counted(rows.count, "action")) needing attention",
                                        header: ["Ref", "Action", "Lead", "Due", "Rating", "Why"], rows: rows))]
        case .coverage:
            var blocks: [Block] = []
            for record in [model.inspection].compactMap({ $0 }) + model.otherInspections where !record.recommendations.isEmpty {
                blocks.append(.heading(level: 3, text: record.inspection.title))
                blocks.append(.table(Table(
                    caption: "Recommendations and the actions that answer them",
                    header: ["No.", "Recommendation", "Actions"],
                    rows: record.recommendations.map { recommendation in
                        let answering = model.record.actions.filter { $0.recommendationIDs.contains(recommendation.id) }
                        return [Cell(String(recommendation.number)), Cell(recommendation.text),
                                answering.isEmpty ? Cell("No action", fill: .red)
                                    : Cell(answering.map { "\($0.reference) (\($0.status.label.lowercased()))" }.joined(separator: "; "))]
                    })))
            }
            return blocks.isEmpty ? [.paragraph("\(plan.title) is not linked to an inspection with recommendations.")] : blocks
        case .scorecard, .risks, .selfAssessment:
            return []
        }
    }

    static func fill(_ rating: Rating) -> Fill {
        switch rating {
        case .blue: .blue
        case .green: .green
        case .amber: .amber
        case .red: .red
        }
    }
}

extension ReportDocument {
    /// A report that is not frozen yet, as a document from the data as it stands, with the
    /// report it corrects: what its page shows while a draft, and what publishing freezes.
    static func live(_ report: Report, template: ReportTemplate, council: Council, today: CalendarDate,
                     appendices stored: [ReportAppendix]? = nil, on db: any Database) async throws -> (document: Document, corrects: Report?) {
        var corrects: Report?
        var supersedes: (title: String, publishedOn: CalendarDate?)?
        if let id = report.supersedesID, let (original, _) = try await ReportStore.find(id, in: council.id, on: db) {
            corrects = original
            supersedes = (original.title, try await ReportPublicationStore.find(id, on: db)?.publication.publishedOn)
        }
        let appendices = try await AppendixContent.appendices(of: report, stored: stored, council: council, today: today, on: db)
        return (make(report, template: template, council: council, appendices: appendices, supersedes: supersedes), corrects)
    }
}
