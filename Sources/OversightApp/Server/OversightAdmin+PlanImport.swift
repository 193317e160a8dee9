import Fluent
import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

extension OversightAdmin {
    /// The largest tracker file the command reads: far beyond any plan, well short of harm.
    static let maxPlanFileBytes = 50 * 1_048_576

    /// `oversight plans import`: reads a tracker (.xlsx or .csv), maps its columns (from a mapping
    /// file, or guessed from the header), previews the plan and, unless `dryRun`, creates it as a
    /// draft. Any problem stops it before anything is written, each named by sheet, row and column.
    public static func importPlan(_ configuration: OversightConfiguration, file: String, mapping mappingPath: String?,
                                  sheet sheetName: String?, title: String?, council name: String?,
                                  ratingsMonth: String? = nil, dryRun: Bool) async throws -> String {
        let today = CalendarDate.inLondon(Dependencies.live.now())
        let month: CalendarDate?
        switch ratingsMonth?.lowercased() {
        case nil: month = ImportPlan.defaultRatingsMonth(today: today)
        case "none": month = nil
        case let text?:
            guard let read = CalendarDate(iso: text + "-01"), read <= today else {
                throw Problem.message("--ratings-month \"\(text)\" is not a month up to this one: write it as 2017-10, or none to record no ratings")
            }
            month = read
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: file)
        if let size = attributes?[.size] as? Int, size > maxPlanFileBytes {
            throw Problem.message("\(file) is larger than \(maxPlanFileBytes / 1_048_576) MB; save the plan's sheet on its own and import that")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw Problem.message("\(file) could not be read: check the path and that you may read it")
        }
        let sheets: [PlanImportSource.Sheet]
        do {
            sheets = try PlanImportSource.sheets(data, fileName: file)
        } catch let problem as WorkbookProblem {
            throw Problem.message("\(file): \(problem.description)")
        }
        let mappingFile = try mappingPath.map(readMapping)
        let wanted = sheetName ?? mappingFile?.sheet
        guard let sheet = wanted.map({ wanted in sheets.first { $0.name == wanted } }) ?? sheets.first(where: { !$0.isHidden }) else {
            throw Problem.message("\(file) has no sheet \(wanted.map { "called \"\($0)\"" } ?? "to read"); its sheets are "
                + sheets.map { "\"\($0.name)\"" }.joined(separator: ", "))
        }
        let mapping: PlanImport.Mapping
        if let mappingFile {
            mapping = try mappingFile.mapping(for: sheet.rows)
        } else if let guessed = PlanImport.guess(sheet.rows) {
            mapping = guessed
        } else {
            throw Problem.message("no header row with an action column was found in the first 20 rows of \"\(sheet.name)\"; "
                + "write a mapping file (see docs/import-guide.md) and give it with --mapping")
        }
        let used = mappingJSON(PlanImportMappingFile(sheet: sheet.name, mapping))
        return try await withDatabase(configuration) { db in
            let council = try await self.council(named: name, on: db)
            let preview = PlanImport.preview(sheet.rows, sheet: sheet.name, mapping: mapping,
                                             people: try await PersonStore.all(in: council.id, on: db))
            guard preview.isReady else {
                throw Problem.message("nothing was imported from \(file); put these right and import it again:\n"
                    + preview.problems.map { "  \($0)" }.joined(separator: "\n")
                    + "\nThe mapping used (save it, change it and give it with --mapping):\n\(used)")
            }
            let summary = "\(counted(preview.priorities.count, "priority", "priorities")) and \(counted(preview.actionCount, "action"))"
            let hidden = sheets.filter(\.isHidden).map { "\"\($0.name)\"" }
            let note = hidden.isEmpty ? "" : " Hidden sheets were left out: \(hidden.joined(separator: ", "))."
            if dryRun {
                return "\(file) is ready: \(summary) from \"\(sheet.name)\" for \(council.name); nothing written (--dry-run).\(note)\nThe mapping used:\n\(used)"
            }
            let planTitle = title ?? ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            _ = try await ImportPlan(dependencies: .live)(preview, title: planTitle, source: (file as NSString).lastPathComponent,
                                                          ratingsMonth: month, in: council.id, by: .commandLine, on: db)
            let rated = preview.ratedCount
            let recorded = month.map { rated > 0 ? " \(counted(rated, "rating")) recorded as accepted updates for \(UKDateFormat.monthAndYear($0))." : "" } ?? ""
            return "Created the draft plan \"\(planTitle)\" in \(council.name): \(summary).\(recorded)\(note)"
        }
    }

    static func readMapping(_ path: String) throws -> PlanImportMappingFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problem.message("\(path) could not be read: check the path and that you may read it")
        }
        do {
            return try JSONDecoder().decode(PlanImportMappingFile.self, from: data)
        } catch {
            throw Problem.message("\(path) is not a mapping file: it must be JSON such as "
                + #"{"headerRow": 2, "columns": {"reference": "A", "action": "B", "due-date": "D"}}"#)
        }
    }

    static func mappingJSON(_ mapping: PlanImportMappingFile) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(mapping)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
