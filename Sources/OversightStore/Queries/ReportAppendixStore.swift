import Fluent
import Foundation
import OversightDomain

/// Appendices, lettered by position, and the bytes of uploaded ones.
public enum ReportAppendixStore {
    public static func appendices(of report: Report.ID, on db: any Database) async throws -> [ReportAppendix] {
        try await ReportAppendixModel.query(on: db).filter(\.$reportID == report.rawValue).sort(\.$position).all()
            .map(appendix)
    }

    /// Adds an appendix after the others; an upload's bytes are stored beside it.
    public static func add(_ id: ReportAppendix.ID, to report: Report.ID, title: String, source: AppendixSource,
                           exemption: Exemption? = nil, bytes: [UInt8]?, at now: Date, on change: Change) async throws {
        let db = change.written()
        let last = try await ReportAppendixModel.query(on: db).filter(\.$reportID == report.rawValue).max(\.$position)
        let model = ReportAppendixModel()
        model.id = id.rawValue
        model.reportID = report.rawValue
        model.position = (last ?? 0) + 1
        model.title = title
        model.source = try encode(source)
        model.exemption = try exemption.map { try canonicalJSON($0) }
        model.createdAt = now
        try await model.create(on: db)
        if let bytes {
            let file = ReportAppendixFileModel()
            file.id = id.rawValue
            file.data = Data(bytes)
            file.sha256 = sha256Hex(bytes)
            try await file.create(on: db)
        }
    }

    /// Removes an appendix and closes the gap, so that the letters stay A, B, C.
    public static func remove(_ id: ReportAppendix.ID, of report: Report.ID, on change: Change) async throws {
        let db = change.written()
        guard let model = try await ReportAppendixModel.query(on: db).filter(\.$id == id.rawValue)
            .filter(\.$reportID == report.rawValue).first() else { throw StoreError.notFound }
        try await model.delete(on: db)
        try await ReportAppendixFileModel.query(on: db).filter(\.$id == id.rawValue).delete()
        let rest = try await ReportAppendixModel.query(on: db).filter(\.$reportID == report.rawValue)
            .sort(\.$position).all()
        for (index, appendix) in rest.enumerated() where appendix.position != index + 1 {
            appendix.position = index + 1
            try await appendix.update(on: db)
        }
    }

    /// An uploaded appendix's bytes, within its report.
    public static func file(_ id: ReportAppendix.ID, of report: Report.ID,
                            on db: any Database) async throws -> (ReportAppendix, Data)? {
        guard let model = try await ReportAppendixModel.query(on: db).filter(\.$id == id.rawValue)
            .filter(\.$reportID == report.rawValue).first(),
              let file = try await ReportAppendixFileModel.find(id.rawValue, on: db) else { return nil }
        return (try appendix(model), file.data)
    }

    static func encode(_ source: AppendixSource) throws -> String { try canonicalJSON(source) }

    static func appendix(_ model: ReportAppendixModel) throws -> ReportAppendix {
        guard let id = model.id,
              let source = try? JSONDecoder().decode(AppendixSource.self, from: Data(model.source.utf8)) else {
            throw StoreError.corrupt("appendix \(model.title) is unreadable")
        }
        // An exemption that cannot be read is refused, never taken for a public appendix.
        var exemption: Exemption?
        if let text = model.exemption {
            guard let read = try? JSONDecoder().decode(Exemption.self, from: Data(text.utf8)) else {
                throw StoreError.corrupt("appendix \(model.title) has an unreadable exemption")
            }
            exemption = read
        }
        return ReportAppendix(id: .init(id), reportID: .init(model.reportID), position: model.position,
                              title: model.title, source: source, exemption: exemption)
    }
}
