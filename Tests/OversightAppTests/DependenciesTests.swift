import Foundation
@testable import OversightApp
import Testing

@Suite("Dependencies")
struct DependenciesTests {
    @Test("Live ids are random version 4 UUIDs, never repeated")
    func randomIDs() {
        let ids = (0..<10_000).map { _ in Dependencies.randomUUID() }
        #expect(Set(ids).count == ids.count)
        for id in ids.prefix(100) {
            let text = id.uuidString
            let version = text[text.index(text.startIndex, offsetBy: 14)]
            let variant = text[text.index(text.startIndex, offsetBy: 19)]
            #expect(version == "4", "\(text) is version 4")
            #expect("89AB".contains(variant), "\(text) has the RFC 4122 variant")
        }
    }
}
