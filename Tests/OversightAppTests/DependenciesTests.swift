import Foundation
@testable import OversightApp
import Testing

@Suite("Dependencies")
struct DependenciesTests {
    @Test("Live ids are version 7 UUIDs that sort in the order they were made, and never repeat")
    func timeOrderedIDs() {
        // Half-way through each millisecond, so that no time falls a hair short of its millisecond.
        func millisecond(_ number: Int) -> Date { Date(timeIntervalSince1970: (Double(1_796_594_814_250 + number) + 0.5) / 1000) }
        let start = millisecond(0)
        let ids = (0..<10_000).map { Dependencies.timeOrderedUUID(at: millisecond($0)) }
        #expect(Set(ids).count == ids.count)
        // One a millisecond: their text sorts as they were made, as an index on the id column keeps them.
        let texts = ids.map(\.uuidString)
        #expect(texts == texts.sorted())
        #expect(texts[0].hasPrefix("01A24D65-4D2A-7"), "the first 48 bits are 1,796,594,814,250 ms: \(texts[0])")
        for text in texts.prefix(100) {
            let version = text[text.index(text.startIndex, offsetBy: 14)]
            let variant = text[text.index(text.startIndex, offsetBy: 19)]
            #expect(version == "7", "\(text) is version 7")
            #expect("89AB".contains(variant), "\(text) has the RFC 9562 variant")
        }
        // Made in the same millisecond, ids differ in their 74 random bits.
        let same = (0..<1_000).map { _ in Dependencies.timeOrderedUUID(at: start) }
        #expect(Set(same).count == same.count)
        #expect(Set(same.map { $0.uuidString.prefix(13) }).count == 1)
        // Times that 48 bits cannot hold are held at either end, never wrapped.
        #expect(Dependencies.timeOrderedUUID(at: Date(timeIntervalSince1970: 400_000_000_000)).uuidString.hasPrefix("FFFFFFFF-FFFF-7"))
        #expect(Dependencies.timeOrderedUUID(at: Date(timeIntervalSince1970: -5)).uuidString.hasPrefix("00000000-0000-7"))
    }

    @Test("Random bytes are handed out across refills of the pool, and not twice")
    func randomBytes() {
        var seen = Set<[UInt8]>()
        for _ in 0..<1_000 {
            var bytes = [UInt8](repeating: 0, count: 10)
            bytes.withUnsafeMutableBytes { RandomBytes.shared.fill($0) }
            seen.insert(bytes)
        }
        #expect(seen.count == 1_000)
        var large = [UInt8](repeating: 0, count: 10_000)
        large.withUnsafeMutableBytes { RandomBytes.shared.fill($0) }
        #expect(large.filter { $0 == 0 }.count < 200, "about 39 of 10,000 random bytes are zero")
    }
}
