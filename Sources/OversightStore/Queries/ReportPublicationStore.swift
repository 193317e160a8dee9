import Fluent
import Foundation
import OversightDomain

/// The frozen form of published reports. Written once, in the transaction that publishes; never
/// updated. The document is the app's canonical JSON of the report and its appendices.
public enum ReportPublicationStore {
    public static func record(_ report: Report.ID, publishedOn: CalendarDate, by author: String, lateReason: String?,
                              document: String, at now: Date, on change: Change) async throws -> ReportPublication {
        let db = change.written()
        let model = ReportPublicationModel()
        model.id = report.rawValue
        model.publishedOn = publishedOn.iso
        model.publishedBy = author
        model.lateReason = lateReason
        model.document = document
        model.checksum = sha256Hex(document)
        model.publishedAt = now
        try await translatingConstraintFailures(field: "publication") { try await model.create(on: db) }
        return ReportPublication(publishedOn: publishedOn, publishedBy: author, lateReason: lateReason,
                                 checksum: model.checksum)
    }

    /// The publication and its frozen document; `intact` is false when the stored text no longer
    /// matches the checksum taken when it was published.
    public static func find(_ report: Report.ID, on db: any Database) async throws
        -> (publication: ReportPublication, document: String, intact: Bool)? {
        guard let model = try await ReportPublicationModel.find(report.rawValue, on: db) else { return nil }
        guard let day = CalendarDate(iso: model.publishedOn) else { throw StoreError.corrupt("publication is unreadable") }
        return (ReportPublication(publishedOn: day, publishedBy: model.publishedBy, lateReason: model.lateReason,
                                  checksum: model.checksum),
                model.document, sha256Hex(model.document) == model.checksum)
    }
}

/// The administrator's changes to the built-in England and Wales bank holidays.
public enum BankHolidayStore {
    public enum Change: String, Sendable { case added, removed }

    public struct Entry: Sendable, Equatable {
        public var date: CalendarDate
        public var title: String
        public var change: Change
        public var recordedBy: String
    }

    public static func changes(on db: any Database) async throws -> [Entry] {
        try await BankHolidayChangeModel.query(on: db).sort(\.$date).all().compactMap { model in
            guard let date = CalendarDate(iso: model.date), let change = Change(rawValue: model.change) else { return nil }
            return Entry(date: date, title: model.title, change: change, recordedBy: model.recordedBy)
        }
    }

    /// The built-in list with the changes applied: what every deadline is counted against.
    public static func holidays(on db: any Database) async throws -> BankHolidays {
        let changes = try await changes(on: db)
        return BankHolidays.englandAndWales.applying(
            added: changes.filter { $0.change == .added }.map { BankHolidays.Holiday(date: $0.date, title: $0.title) },
            removed: Set(changes.filter { $0.change == .removed }.map(\.date)))
    }

    /// Records a change for a day, replacing an earlier change for the same day.
    public static func record(_ change: Change, id: UUID, date: CalendarDate, title: String, by author: String, at now: Date,
                              on write: OversightStore.Change) async throws {
        let db = write.written()
        try await BankHolidayChangeModel.query(on: db).filter(\.$date == date.iso).delete()
        let model = BankHolidayChangeModel()
        model.id = id
        model.date = date.iso
        model.title = title
        model.change = change.rawValue
        model.recordedBy = author
        model.recordedAt = now
        try await model.create(on: db)
    }

    /// Forgets the change for a day, so the built-in list holds for it again.
    public static func undo(date: CalendarDate, on write: OversightStore.Change) async throws {
        let db = write.written()
        try await BankHolidayChangeModel.query(on: db).filter(\.$date == date.iso).delete()
    }
}
