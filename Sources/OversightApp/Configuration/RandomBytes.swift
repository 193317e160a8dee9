import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Random bytes from the system's cryptographic generator, fetched 4 KB at a time. The standard
/// library's generator makes one `getrandom` call for every 8 bytes; this makes one for every 256, and two calls an id were a
/// fifteenth of the time of importing 100,000 figures. Bytes handed out are wiped from the pool.
final class RandomBytes: @unchecked Sendable {
    static let shared = RandomBytes()

    private let lock = NSLock()
    // Guarded by `lock`.
    private var pool = [UInt8](repeating: 0, count: 4096)
    private var used = 4096

    func fill(_ target: UnsafeMutableRawBufferPointer) {
        lock.lock()
        defer { lock.unlock() }
        var written = 0
        while written < target.count {
            if used == pool.count { refill() }
            let count = min(target.count - written, pool.count - used)
            pool.withUnsafeMutableBytes { pool in
                let source = UnsafeMutableRawBufferPointer(rebasing: pool[used..<(used + count)])
                UnsafeMutableRawBufferPointer(rebasing: target[written..<(written + count)]).copyMemory(from: UnsafeRawBufferPointer(source))
                source.initializeMemory(as: UInt8.self, repeating: 0)
            }
            used += count
            written += count
        }
    }

    private func refill() {
        pool.withUnsafeMutableBytes { pool in
            var filled = 0
            // `getentropy` (glibc 2.25, macOS 10.12) gives at most 256 bytes a call, from `getrandom`
            // on Linux.
            while filled < pool.count, let base = pool.baseAddress {
                let count = min(256, pool.count - filled)
                guard getentropy(base + filled, count) == 0 else { break }
                filled += count
            }
            // Wherever `getentropy` is missing or refused, the standard library's generator fills the rest.
            var generator = SystemRandomNumberGenerator()
            while filled < pool.count {
                pool[filled] = UInt8.random(in: .min ... .max, using: &generator)
                filled += 1
            }
        }
        used = 0
    }
}
