import Foundation
import Logging
@testable import OversightApp
@testable import OversightDemo
import OversightStore
import Testing
import VaporTesting

@Suite("Demo council")
struct DemoTests {
    @Test("The demo tells the story: an inadequate 2015 inspection, ten recommendations, visits after")
    func story() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            #expect(council.kind == .county)
            #expect(council.areaLabel == .electoralDivisions)
            #expect(try await PersonStore.count(in: council.id, on: app.db) == 17)
            let records = try await InspectionStore.all(in: council.id, on: app.db)
            #expect(records.map(\.inspection.kind) == [.dfeReview, .monitoringVisit, .monitoringVisit, .fullInspection])
            let full = try await app.demoInspection()
            #expect(full.recommendations.count == 10)
            #expect(full.judgements.contains { $0.area == .overallEffectiveness && $0.grade == .inadequate })
            #expect(full.judgements.contains { $0.body == "Local Safeguarding Children Board" && $0.grade == .good })
        }
    }

    @Test("A second start reuses the data instead of adding the council again")
    func reuse() async throws {
        try await withTestApp { app in
            let again = try await DemoCouncil.seed(on: app.db, dependencies: .fixed())
            #expect(again == false)
            #expect(try await CouncilStore.count(on: app.db) == 1)
        }
    }
}

@Suite("Structured logs")
struct LoggingTests {
    @Test("A JSON log line carries the message, level and request id as fields")
    func jsonLine() throws {
        var handler = JSONLogHandler(label: "test", logLevel: .info)
        handler.metadata["request-id"] = "req-42"
        let event = LogEvent(level: .warning, message: "database \"slow\"", metadata: ["route": "/healthz"],
                             source: "test", file: #file, function: #function, line: #line)
        let line = try #require(handler.line(for: event))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
        #expect(object["message"] == "database \"slow\"")
        #expect(object["level"] == "warning")
        #expect(object["request-id"] == "req-42")
        #expect(object["route"] == "/healthz")
        #expect(line.hasSuffix("\n"))
    }
}
