import Foundation

/// Reads new risks from a council's own risk log, in the columns of the register's CSV export (so
/// an export edited in a spreadsheet goes back in), and checks every row before anything is
/// written, as the form checks one risk. Only new risks are read: a reference already on the
/// register is a problem, never an overwrite, since a risk's history lives in its reviews.
public enum RiskImport {
    public static let columns = ["reference", "title", "category", "status", "owner", "raised_on", "cause", "event", "consequence",
                                 "inherent_likelihood", "inherent_impact", "current_likelihood", "current_impact",
                                 "target_likelihood", "target_impact", "target_reason", "controls", "proximity", "review_frequency"]
    public static let required = ["title", "category", "owner", "raised_on", "cause", "event", "consequence",
                                  "inherent_likelihood", "inherent_impact", "current_likelihood", "current_impact",
                                  "target_likelihood", "target_impact", "proximity"]
    /// Columns of the export that Oversight works out itself; an edited export keeps them, and
    /// they are passed over rather than refused.
    public static let workedOut = ["inherent_score", "inherent_band", "current_score", "current_band", "target_score", "target_band",
                                   "last_reviewed_on", "next_review_due", "review_overdue", "movement", "mitigating_actions",
                                   "actions_needing_attention"]

    public struct Row: Hashable, Sendable {
        public var line: Int
        public var risk: Risk
    }

    /// `existing` holds the references already on the register; people are matched by name or email.
    public static func parse(_ table: CSVTable, council: Council.ID, people: [Person], existing: [String], today: CalendarDate,
                             newID: () -> UUID) -> (rows: [Row], problems: [ImportProblem]) {
        let missing = required.filter { !table.header.contains($0) }
        guard missing.isEmpty else {
            return ([], [ImportProblem(line: nil, column: nil, message:
                "The headings must name the columns \(columns.joined(separator: ",")); missing: \(missing.joined(separator: ", "))")])
        }
        var problems = table.unknownColumns(columns + workedOut)
        var byName: [String: Person.ID] = [:]
        for person in people {
            byName[person.name.lowercased()] = person.id
            if let email = person.email { byName[email.lowercased()] = person.id }
        }
        var taken = Set(existing)
        var seen: [String: Int] = [:]
        var checked: [(line: Int, reference: String?, risk: Risk)] = []
        for record in table.records {
            let line = record.line, fields = record
            var found: [ImportProblem] = []
            func fail(_ column: String, _ message: String) { found.append(ImportProblem(line: line, column: column, message: message)) }
            func text(_ column: String, max: Int) -> String? {
                guard let value = fields[column], !value.isEmpty else {
                    if required.contains(column) { fail(column, "is empty: every risk needs its \(column.replacingAll("_", with: " "))") }
                    return nil
                }
                if value.count > max { fail(column, "is \(value.count) characters: it must be \(max) or fewer") }
                return value
            }
            func choice<T: Labelled>(_ column: String, _: T.Type, default fallback: T? = nil) -> T? {
                guard let value = fields[column], !value.isEmpty else {
                    if fallback == nil { fail(column, "is empty: choose one of " + T.allCases.map(\.label).joined(separator: ", ")) }
                    return fallback
                }
                let key = value.lowercased()
                if let match = T.allCases.first(where: { $0.rawValue == key || $0.label.lowercased() == key }) { return match }
                fail(column, "\"\(value)\" is not one of " + T.allCases.map(\.label).joined(separator: ", "))
                return nil
            }
            func score(_ name: String) -> RiskScore? {
                let levels = ["likelihood", "impact"].map { part -> Int? in
                    let column = "\(name)_\(part)"
                    guard let value = fields[column], !value.isEmpty else { fail(column, "is empty: give a whole number from 1 to 5"); return nil }
                    guard let level = Int(value), RiskScore.levels.contains(level) else {
                        fail(column, "\"\(value)\" is not a whole number from 1 to 5"); return nil
                    }
                    return level
                }
                guard let likelihood = levels[0], let impact = levels[1] else { return nil }
                return RiskScore(likelihood: likelihood, impact: impact)
            }
            let reference = fields["reference"].flatMap { $0.isEmpty ? nil : $0 }
            if let reference {
                if existing.contains(reference) {
                    fail("reference", "\(reference) is already on the register. To change a risk, edit it or review it on its page")
                } else if let first = seen[reference] {
                    fail("reference", "\(reference) is given above as well (\(first)): give each risk its own reference")
                } else if reference.count > 20 {
                    fail("reference", "is \(reference.count) characters: it must be 20 or fewer")
                }
                seen[reference] = seen[reference] ?? line
            }
            let title = text("title", max: 200), cause = text("cause", max: 2000), event = text("event", max: 2000)
            let consequence = text("consequence", max: 2000)
            let category = choice("category", RiskCategory.self)
            let ownerText = text("owner", max: 200)
            let owner = ownerText.flatMap { byName[$0.lowercased()] }
            if let ownerText, owner == nil {
                fail("owner", "\(ownerText) is not in the people directory. Add them under People, or give someone who is")
            }
            let raisedText = fields["raised_on"] ?? ""
            let raised = ImportDate.read(raisedText)
            if raised == nil, !raisedText.isEmpty {
                fail("raised_on", "\"\(raisedText)\" is not a date. Write it as 12/10/2017 or 12 Oct 2017")
            } else if raisedText.isEmpty {
                fail("raised_on", "is empty: give the day the risk was raised")
            } else if let raised, raised > today {
                fail("raised_on", "\(raised.ukLong) is in the future: a risk is raised on or before today")
            }
            let inherent = score("inherent"), current = score("current"), target = score("target")
            let reason = text("target_reason", max: 1000)
            if let inherent, let current, let target {
                for error in Risk.check(inherent: inherent, current: current, target: target, targetReason: reason) {
                    fail(error == .currentAboveInherent(current: current.value, inherent: inherent.value) ? "current_likelihood" : "target_reason",
                         error.message)
                }
            }
            let controls = text("controls", max: 20_000) ?? ""
            let proximity = choice("proximity", RiskProximity.self)
            let frequency = choice("review_frequency", ReviewFrequency.self, default: .monthly)
            let status = choice("status", RiskStatus.self, default: .open)
            problems += found
            guard found.isEmpty, let title, let cause, let event, let consequence, let category, let owner, let raised,
                  let inherent, let current, let target, let proximity, let frequency, let status else { continue }
            checked.append((line, reference, Risk(
                id: .init(newID()), councilID: council, reference: reference ?? "", title: title, cause: cause, event: event,
                consequence: consequence, category: category, ownerID: owner, raisedOn: raised, inherent: inherent, current: current,
                target: target, targetReason: target.value > inherent.value ? reason : nil, controls: controls, proximity: proximity,
                reviewFrequency: frequency, status: status)))
        }
        if let problem = table.problem { problems.append(problem) }
        if checked.isEmpty && problems.isEmpty {
            problems.append(ImportProblem(line: nil, column: nil, message: "The file has no risks below its headings"))
        }
        guard problems.isEmpty else { return ([], problems) }
        // Risks without a reference get the register's next numbers, in the file's order, worked
        // out once for all of them.
        taken.formUnion(checked.compactMap(\.reference))
        var next = Risk.references(after: Array(taken), count: checked.filter { $0.reference == nil }.count)[...]
        let rows = checked.map { line, reference, risk in
            var risk = risk
            if reference == nil { risk.reference = next.removeFirst() }
            return Row(line: line, risk: risk)
        }
        return (rows, [])
    }
}
