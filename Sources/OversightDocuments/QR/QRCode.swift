/// A QR code (ISO/IEC 18004), made on the server so that a two-factor secret never leaves it for a
/// third party's image service: byte mode, error correction level M (15% of the symbol can be lost),
/// the smallest version that holds the data. `pathData` draws it.
public struct QRCode: Sendable, Equatable {
    public let version: Int
    /// Rows of modules, top to bottom; true is dark.
    public let modules: [[Bool]]

    public var size: Int { modules.count }

    public enum Problem: Error, Equatable {
        /// More bytes than a version 40 symbol at level M holds (2,331).
        case tooLong(Int)
    }

    /// The symbol for `bytes`, with the mask of lowest penalty.
    public static func encode(_ bytes: [UInt8]) throws -> QRCode {
        guard let version = (1...40).first(where: { capacityBits(version: $0) >= bitsNeeded(bytes.count, version: $0) }) else {
            throw Problem.tooLong(bytes.count)
        }
        let codewords = interleaved(dataCodewords(bytes, version: version), version: version)
        var best: (penalty: Int, grid: Grid)?
        for mask in 0..<8 {
            var grid = Grid(version: version)
            grid.place(codewords)
            grid.apply(mask: mask)
            grid.drawFormat(mask: mask)
            let penalty = grid.penalty()
            if best == nil || penalty < best!.penalty { best = (penalty, grid) }
        }
        return QRCode(version: version, modules: best?.grid.dark ?? [])
    }

    public static func encode(_ text: String) throws -> QRCode { try encode(Array(text.utf8)) }

    /// The dark modules as an SVG path's data, in module units, offset by the four-module quiet
    /// zone: drawn in a `viewBox` of `size + 8` on each side.
    public var pathData: String {
        var path = ""
        for (y, row) in modules.enumerated() {
            for (x, dark) in row.enumerated() where dark { path += "M\(x + 4) \(y + 4)h1v1h-1z" }
        }
        return path
    }

    // MARK: Capacity and codewords

    /// Error correction codewords a block, and blocks, at level M, by version (index 0 unused): from the standard's table 9.
    static let eccPerBlock = [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28,
                              28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28]
    static let blocks = [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31,
                         33, 35, 37, 38, 40, 43, 45, 47, 49]

    /// Modules left for data and error correction once the function patterns are drawn.
    static func rawModules(version: Int) -> Int {
        var modules = (16 * version + 128) * version + 64
        if version >= 2 {
            let alignments = version / 7 + 2
            modules -= (25 * alignments - 10) * alignments - 55
            if version >= 7 { modules -= 36 }
        }
        return modules
    }

    static func dataCodewordCount(version: Int) -> Int { rawModules(version: version) / 8 - eccPerBlock[version] * blocks[version] }
    static func capacityBits(version: Int) -> Int { dataCodewordCount(version: version) * 8 }
    static func bitsNeeded(_ count: Int, version: Int) -> Int {
        let countBits = version < 10 ? 8 : 16
        return count < (1 << countBits) ? 4 + countBits + 8 * count : Int.max
    }

    /// Mode, count, the bytes, a terminator and the pad codewords, as the standard's section 7.4 says.
    static func dataCodewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        var bits: [Bool] = []
        func append(_ value: Int, _ width: Int) { for i in stride(from: width - 1, through: 0, by: -1) { bits.append((value >> i) & 1 == 1) } }
        append(0b0100, 4)
        append(bytes.count, version < 10 ? 8 : 16)
        for byte in bytes { append(Int(byte), 8) }
        let capacity = capacityBits(version: version)
        append(0, min(4, capacity - bits.count))
        append(0, (8 - bits.count % 8) % 8)
        var codewords = stride(from: 0, to: bits.count, by: 8).map { start in
            (0..<8).reduce(UInt8(0)) { $0 << 1 | (bits[start + $1] ? 1 : 0) }
        }
        var pad: UInt8 = 0xEC
        while codewords.count < capacity / 8 {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// The data split into blocks, each followed by its Reed-Solomon codewords, interleaved.
    static func interleaved(_ data: [UInt8], version: Int) -> [UInt8] {
        let count = blocks[version], ecc = eccPerBlock[version]
        let raw = rawModules(version: version) / 8
        let shortBlocks = count - raw % count, shortLength = raw / count
        var dataBlocks: [[UInt8]] = [], eccBlocks: [[UInt8]] = []
        var start = 0
        let divisor = ReedSolomon.divisor(degree: ecc)
        for block in 0..<count {
            let length = shortLength - ecc + (block < shortBlocks ? 0 : 1)
            let slice = Array(data[start..<start + length])
            start += length
            dataBlocks.append(slice)
            eccBlocks.append(ReedSolomon.remainder(slice, divisor: divisor))
        }
        var result: [UInt8] = []
        for index in 0...(shortLength - ecc) {
            for block in dataBlocks where index < block.count { result.append(block[index]) }
        }
        for index in 0..<ecc {
            for block in eccBlocks { result.append(block[index]) }
        }
        return result
    }
}

/// Reed-Solomon over GF(2⁸) with the polynomial x⁸ + x⁴ + x³ + x² + 1 (0x11D), generator 2.
enum ReedSolomon {
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var product = 0
        for bit in stride(from: 7, through: 0, by: -1) {
            product = (product << 1) ^ ((product >> 7) * 0x11D)
            product ^= ((Int(y) >> bit) & 1) * Int(x)
        }
        return UInt8(truncatingIfNeeded: product)
    }

    /// The generator polynomial's coefficients, highest power first, the leading 1 left out.
    static func divisor(degree: Int) -> [UInt8] {
        var coefficients = [UInt8](repeating: 0, count: degree)
        coefficients[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for j in 0..<degree {
                coefficients[j] = multiply(coefficients[j], root)
                if j + 1 < degree { coefficients[j] ^= coefficients[j + 1] }
            }
            root = multiply(root, 0x02)
        }
        return coefficients
    }

    static func remainder(_ data: [UInt8], divisor: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for i in result.indices { result[i] ^= multiply(divisor[i], factor) }
        }
        return result
    }
}
