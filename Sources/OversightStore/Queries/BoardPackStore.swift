import Fluent
import Foundation
import OversightDomain

/// A board pack as it was frozen: when and by whom, and its two versions as document JSON.
public struct FrozenBoardPack: Sendable {
    public var builtOn: CalendarDate
    public var builtBy: String
    public var partOne: String
    public var full: String
    /// False when the stored text no longer matches the checksum taken when it was frozen.
    public var intact: Bool

    public init(builtOn: CalendarDate, builtBy: String, partOne: String, full: String, intact: Bool) {
        self.builtOn = builtOn
        self.builtBy = builtBy
        self.partOne = partOne
        self.full = full
        self.intact = intact
    }
}

/// Board packs, written once in the transaction that publishes the agenda and never updated.
public enum BoardPackStore {
    public static func freeze(_ meeting: Meeting.ID, builtOn: CalendarDate, by author: String, partOne: String, full: String,
                              at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = BoardPackModel()
        model.id = meeting.rawValue
        model.builtOn = builtOn.iso
        model.builtBy = author
        model.partOne = partOne
        model.full = full
        model.checksum = checksum(partOne: partOne, full: full)
        model.builtAt = now
        try await translatingConstraintFailures(field: "pack") { try await model.create(on: db) }
    }

    public static func find(_ meeting: Meeting.ID, on db: any Database) async throws -> FrozenBoardPack? {
        guard let model = try await BoardPackModel.find(meeting.rawValue, on: db) else { return nil }
        guard let day = CalendarDate(iso: model.builtOn) else { throw StoreError.corrupt("board pack is unreadable") }
        return FrozenBoardPack(builtOn: day, builtBy: model.builtBy, partOne: model.partOne, full: model.full,
                               intact: checksum(partOne: model.partOne, full: model.full) == model.checksum)
    }

    /// Which of these meetings have a frozen pack, for lists that say so without reading the packs.
    public static func frozen(among meetings: [Meeting.ID], on db: any Database) async throws -> Set<Meeting.ID> {
        guard !meetings.isEmpty else { return [] }
        return Set(try await BoardPackModel.query(on: db).filter(\.$id ~~ meetings.map(\.rawValue)).field(\.$id).all()
            .compactMap { model in model.id.map { Meeting.ID($0) } })
    }

    static func checksum(partOne: String, full: String) -> String {
        sha256Hex(sha256Hex(partOne) + sha256Hex(full))
    }
}
