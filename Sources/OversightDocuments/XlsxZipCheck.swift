import Foundation

/// A zip's own records, checked before ZIPFoundation is given the bytes.
///
/// ZIPFoundation 0.9.20 trusts the offsets and sizes a zip states. An offset past the end of the
/// bytes traps in its in-memory file, one of 2^63 or more (which a ZIP64 record or extra field can
/// state) traps converting to `off_t`, a size past the end makes it read nothing for as long as
/// the size says, and a file with no end-of-central-directory record is searched backwards one
/// byte at a time. So this reads the records ZIPFoundation will read (APPNOTE 4.3.6 and on: the
/// end of central directory, the ZIP64 locator and record, each central directory header and its
/// ZIP64 extra field, each local header), the way ZIPFoundation reads them, and says the zip is
/// sound only if every offset and size they state lies within the bytes and there are no more
/// than `maxEntries` entries. Every read is checked against the end and no sum can overflow:
/// offsets are compared as `UInt64` with the length and only then used as `Int`.
enum XlsxZipCheck {
    /// The end-of-central-directory record (22 bytes) and the longest comment that may follow it.
    static let endSearch = 22 + 65_535

    static func isSound(_ data: Data, maxEntries: Int) -> Bool {
        data.withUnsafeBytes { isSound(Bytes(raw: $0), maxEntries: maxEntries) }
    }

    /// Little-endian reads that give nil rather than read outside the bytes.
    struct Bytes {
        let raw: UnsafeRawBufferPointer
        var count: Int { raw.count }

        func u16(_ at: Int) -> UInt16? {
            guard at >= 0, at <= count - 2 else { return nil }
            return UInt16(raw[at]) | UInt16(raw[at + 1]) << 8
        }

        func u32(_ at: Int) -> UInt32? {
            guard at >= 0, at <= count - 4, let low = u16(at), let high = u16(at + 2) else { return nil }
            return UInt32(low) | UInt32(high) << 16
        }

        func u64(_ at: Int) -> UInt64? {
            guard at >= 0, at <= count - 8, let low = u32(at), let high = u32(at + 4) else { return nil }
            return UInt64(low) | UInt64(high) << 32
        }

        /// `offset` as an index when it and `length` more bytes lie within the bytes.
        func index(_ offset: UInt64, length: UInt64 = 0) -> Int? {
            let size = UInt64(count)
            guard offset <= size, length <= size - offset else { return nil }
            return Int(offset)
        }
    }

    static let endSignature: UInt32 = 0x0605_4B50
    static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    static let zip64EndSignature: UInt32 = 0x0606_4B50
    static let centralSignature: UInt32 = 0x0201_4B50
    static let localSignature: UInt32 = 0x0403_4B50

    static func isSound(_ bytes: Bytes, maxEntries: Int) -> Bool {
        // The end of central directory: the last signature, as ZIPFoundation finds it searching
        // back from 22 bytes before the end, but no further back than a comment can reach.
        guard bytes.count >= 22 else { return false }
        var end: Int?
        var at = bytes.count - 22
        let stop = max(0, bytes.count - endSearch)
        while at >= stop {
            if bytes.u32(at) == endSignature { end = at; break }
            at -= 1
        }
        guard let end, let commentLength = bytes.u16(end + 20), bytes.index(UInt64(end) + 22, length: UInt64(commentLength)) != nil,
              let entries16 = bytes.u16(end + 10), let size32 = bytes.u32(end + 12), let offset32 = bytes.u32(end + 16) else {
            return false
        }
        var entries = UInt64(entries16), directorySize = UInt64(size32), directoryOffset = UInt64(offset32)

        // ZIP64: a locator just before the end record must point within the file. ZIPFoundation
        // takes the record as the 56 bytes before the locator when both signatures are there and
        // it needs version 4.5, and then uses its counts alone.
        let locator = end - 20
        if locator >= 0, bytes.u32(locator) == zip64LocatorSignature {
            guard let recordOffset = bytes.u64(locator + 8), recordOffset <= UInt64(locator),
                  UInt64(locator) - recordOffset >= 56 else { return false }
        }
        let record = locator - 56
        if end > 76, bytes.u32(locator) == zip64LocatorSignature, bytes.u32(record) == zip64EndSignature,
           let needed = bytes.u16(record + 14), needed >= 45 {
            guard let count = bytes.u64(record + 32), let size = bytes.u64(record + 40), let offset = bytes.u64(record + 48) else {
                return false
            }
            (entries, directorySize, directoryOffset) = (count, size, offset)
        }
        guard entries <= UInt64(max(0, maxEntries)), var position = bytes.index(directoryOffset, length: directorySize) else {
            return false
        }

        for _ in 0..<Int(entries) {
            guard bytes.u32(position) == centralSignature, let header = centralHeader(bytes, at: position),
                  localEntryIsSound(bytes, header) else { return false }
            position = header.next
        }
        return true
    }

    /// A central directory header's values as ZIPFoundation will use them.
    struct CentralHeader {
        var method: UInt16
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        var localHeaderOffset: UInt64
        /// Where the next header starts.
        var next: Int
    }

    static func centralHeader(_ bytes: Bytes, at position: Int) -> CentralHeader? {
        guard let needed = bytes.u16(position + 6), let flags = bytes.u16(position + 8), let method = bytes.u16(position + 10),
              let compressed32 = bytes.u32(position + 20), let uncompressed32 = bytes.u32(position + 24),
              let nameLength = bytes.u16(position + 28), let extraLength = bytes.u16(position + 30),
              let commentLength = bytes.u16(position + 32), let disk16 = bytes.u16(position + 34),
              let offset32 = bytes.u32(position + 42) else { return nil }
        // Encrypted entries are no workbook's (a password-protected workbook is not a zip at all).
        guard flags & 1 == 0 else { return nil }
        let extraStart = position + 46 + Int(nameLength)
        let next = extraStart + Int(extraLength) + Int(commentLength)
        guard next <= bytes.count else { return nil }
        let zip64 = zip64Field(bytes, from: extraStart, length: Int(extraLength),
                               uncompressed: uncompressed32 == .max, compressed: compressed32 == .max,
                               offset: offset32 == .max, disk: disk16 == .max)
        // ZIPFoundation takes a ZIP64 value only when the entry is ZIP64 (version 4.5, or the field
        // is there) and the value is not 0; otherwise the 32-bit one, even 0xFFFFFFFF.
        let isZIP64 = UInt8(truncatingIfNeeded: needed) >= 45 || zip64 != nil
        func effective(_ wide: UInt64?, _ narrow: UInt32) -> UInt64 {
            if isZIP64, let wide, wide > 0 { return wide }
            return UInt64(narrow)
        }
        return CentralHeader(method: method, compressedSize: effective(zip64?.compressed, compressed32),
                             uncompressedSize: effective(zip64?.uncompressed, uncompressed32),
                             localHeaderOffset: effective(zip64?.offset, offset32), next: next)
    }

    /// The ZIP64 extended information field (header 0x0001) of an extra field, read as
    /// ZIPFoundation reads it: the first such field, holding exactly the values whose 32-bit
    /// fields are all ones, in order; nil when it is absent or any other length.
    static func zip64Field(_ bytes: Bytes, from start: Int, length: Int, uncompressed: Bool, compressed: Bool,
                           offset: Bool, disk: Bool) -> (uncompressed: UInt64, compressed: UInt64, offset: UInt64)? {
        var at = 0
        while at < length - 4 {
            guard let id = bytes.u16(start + at), let size = bytes.u16(start + at + 2) else { return nil }
            let next = at + 4 + Int(size)
            guard next <= length else { return nil }
            if id == 0x0001 {
                let expected = (uncompressed ? 8 : 0) + (compressed ? 8 : 0) + (offset ? 8 : 0) + (disk ? 4 : 0)
                guard Int(size) == expected else { return nil }
                var read = start + at + 4
                func value(_ present: Bool) -> UInt64? {
                    guard present else { return 0 }
                    defer { read += 8 }
                    return bytes.u64(read)
                }
                guard let u = value(uncompressed), let c = value(compressed), let o = value(offset) else { return nil }
                return (u, c, o)
            }
            at = next
        }
        return nil
    }

    /// The entry's local header, and the data after it, lie within the bytes: the local header at
    /// its offset, with the same compression method, and the data (of the compressed size, or the
    /// uncompressed size for a stored entry) before the end.
    static func localEntryIsSound(_ bytes: Bytes, _ header: CentralHeader) -> Bool {
        guard let local = bytes.index(header.localHeaderOffset, length: 30), bytes.u32(local) == localSignature,
              let method = bytes.u16(local + 8), method == header.method,
              let nameLength = bytes.u16(local + 26), let extraLength = bytes.u16(local + 28) else { return false }
        let dataStart = UInt64(local) + 30 + UInt64(nameLength) + UInt64(extraLength)
        guard bytes.index(dataStart, length: header.compressedSize) != nil,
              header.uncompressedSize <= UInt64(Int64.max) else { return false }
        if method == 0 { return bytes.index(dataStart, length: header.uncompressedSize) != nil }
        return true
    }
}
