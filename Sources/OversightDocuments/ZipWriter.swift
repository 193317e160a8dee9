import Foundation
import OversightZlib

/// Writes a zip of deflated entries in memory: what an Office Open XML package is. ZIPFoundation
/// (which still reads uploaded spreadsheets) checks each entry with a CRC-32 computed a byte at a
/// time in Swift, which was half the time of a draft report's `.docx` (`docs/performance.md`);
/// zlib's own CRC and deflate, called directly, do the same work in a fraction of it. Only what an
/// Office package needs is written: files, no directories, no ZIP64 (a part over 4 GB is refused).
struct ZipWriter {
    enum Failure: Error, Equatable {
        /// zlib refused to start or to finish (the code it returned).
        case deflate(Int32)
        /// A part or the whole package too large for a zip without ZIP64.
        case tooLarge(String)
    }

    private var output = Data()
    private var directory = Data()
    private var entries = 0
    private let time: UInt16
    private let date: UInt16

    /// Every entry is dated `modified`, in London time, so that the same parts always give the same bytes.
    init(modified: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: modified)
        // MS-DOS dates begin in 1980 and end in 2107.
        let year = min(max(parts.year ?? 1980, 1980), 2107)
        time = UInt16(clamping: ((parts.hour ?? 0) << 11) | ((parts.minute ?? 0) << 5) | ((parts.second ?? 0) / 2))
        date = UInt16(clamping: ((year - 1980) << 9) | ((parts.month ?? 1) << 5) | (parts.day ?? 1))
    }

    /// Adds a file at `path` (forward slashes, no leading one) holding `bytes`, deflated.
    mutating func add(_ path: String, _ bytes: Data) throws {
        let name = Data(path.utf8)
        let compressed = try Self.deflate(bytes)
        let crc = bytes.withUnsafeBytes { raw in
            UInt32(crc32(0, raw.bindMemory(to: UInt8.self).baseAddress, uInt(raw.count)))
        }
        guard let size = UInt32(exactly: bytes.count), let packed = UInt32(exactly: compressed.count),
              let offset = UInt32(exactly: output.count), let nameLength = UInt16(exactly: name.count),
              entries < Int(UInt16.max) else { throw Failure.tooLarge(path) }
        // The local header, then the data; the central directory repeats the header with where it is.
        output.append(le32: 0x0403_4B50)
        appendCommon(to: &output, crc: crc, packed: packed, size: size, nameLength: nameLength)
        output.append(name)
        output.append(compressed)
        directory.append(le32: 0x0201_4B50)
        directory.append(le16: 20) // made by: MS-DOS, zip 2.0
        appendCommon(to: &directory, crc: crc, packed: packed, size: size, nameLength: nameLength)
        directory.append(le16: 0) // comment length
        directory.append(le16: 0) // disk number
        directory.append(le16: 0) // internal attributes
        directory.append(le32: 0) // external attributes
        directory.append(le32: offset)
        directory.append(name)
        entries += 1
    }

    /// The finished zip: the entries, their central directory and its end record.
    func finished() throws -> Data {
        guard let start = UInt32(exactly: output.count), let length = UInt32(exactly: directory.count) else {
            throw Failure.tooLarge("the package")
        }
        var zip = output
        zip.append(directory)
        zip.append(le32: 0x0605_4B50)
        zip.append(le16: 0) // this disk
        zip.append(le16: 0) // the disk where the directory starts
        zip.append(le16: UInt16(entries))
        zip.append(le16: UInt16(entries))
        zip.append(le32: length)
        zip.append(le32: start)
        zip.append(le16: 0) // comment length
        return zip
    }

    /// The fields a local header and a central directory entry share, from "version needed" to
    /// "extra field length".
    private func appendCommon(to data: inout Data, crc: UInt32, packed: UInt32, size: UInt32, nameLength: UInt16) {
        data.append(le16: 20) // version needed: deflate
        data.append(le16: 0) // flags
        data.append(le16: 8) // method: deflate
        data.append(le16: time)
        data.append(le16: date)
        data.append(le32: crc)
        data.append(le32: packed)
        data.append(le32: size)
        data.append(le16: nameLength)
        data.append(le16: 0) // extra field length
    }

    /// `bytes` as a raw deflate stream (no zlib header: a zip entry's data), at zlib's default level.
    private static func deflate(_ bytes: Data) throws -> Data {
        var stream = z_stream()
        var status = deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw Failure.deflate(status) }
        defer { deflateEnd(&stream) }
        var input = bytes
        let bound = Int(deflateBound(&stream, uLong(bytes.count)))
        var compressed = Data(count: bound)
        let written = try input.withUnsafeMutableBytes { (source: UnsafeMutableRawBufferPointer) -> Int in
            try compressed.withUnsafeMutableBytes { (target: UnsafeMutableRawBufferPointer) -> Int in
                stream.next_in = source.bindMemory(to: Bytef.self).baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.bindMemory(to: Bytef.self).baseAddress
                stream.avail_out = uInt(target.count)
                // The output has room for the whole stream (deflateBound), so one call finishes it.
                status = OversightZlib.deflate(&stream, Z_FINISH)
                guard status == Z_STREAM_END else { throw Failure.deflate(status) }
                return target.count - Int(stream.avail_out)
            }
        }
        compressed.count = written
        return compressed
    }
}

private extension Data {
    mutating func append(le16 value: UInt16) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    mutating func append(le32 value: UInt32) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
