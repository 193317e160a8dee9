import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The proxies (load balancers, TLS terminators) whose `X-Forwarded-For` and `X-Forwarded-Proto`
/// Oversight believes. Anyone can send those headers; only a proxy the operator names may say
/// who the client is. With none named, the headers are ignored and the client is the peer.
public struct TrustedProxies: Equatable, Sendable {
    /// One address or a CIDR block, IPv4 or IPv6, as bytes and a prefix length.
    public struct Block: Equatable, Sendable, CustomStringConvertible {
        var bytes: [UInt8]
        var prefix: Int

        /// "10.0.0.0/8", "192.0.2.7", "2001:db8::/32" or "::1"; nil for anything else.
        public init?(_ text: some StringProtocol) {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let bytes = TrustedProxies.bytes(of: parts[0]) else { return nil }
            let width = bytes.count * 8
            if parts.count == 2 {
                guard parts[1].count <= 3, parts[1].allSatisfy(\.isASCII), let prefix = Int(parts[1]),
                      (0...width).contains(prefix) else { return nil }
                self.prefix = prefix
            } else {
                self.prefix = width
            }
            self.bytes = bytes
        }

        func contains(_ address: [UInt8]) -> Bool {
            guard address.count == bytes.count else { return false }
            var remaining = prefix
            for (mine, theirs) in zip(bytes, address) where remaining > 0 {
                let bits = min(8, remaining)
                let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
                if mine & mask != theirs & mask { return false }
                remaining -= bits
            }
            return true
        }

        public var description: String {
            let text = bytes.count == 4 ? bytes.map(String.init).joined(separator: ".") : TrustedProxies.ipv6Text(bytes)
            return prefix == bytes.count * 8 ? text : "\(text)/\(prefix)"
        }
    }

    public var blocks: [Block]

    public init(_ blocks: [Block] = []) { self.blocks = blocks }

    public static let none = TrustedProxies()

    /// A comma-separated list, as `OVERSIGHT_TRUSTED_PROXIES` holds it; the entries it cannot read
    /// are returned so that start-up can name each.
    public static func parse(_ text: String) -> (proxies: TrustedProxies, refused: [String]) {
        var blocks: [Block] = []
        var refused: [String] = []
        for entry in text.split(separator: ",") {
            let trimmed = entry.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            if let block = Block(trimmed) { blocks.append(block) } else { refused.append(trimmed) }
        }
        return (TrustedProxies(blocks), refused)
    }

    public func trusts(_ address: String) -> Bool {
        guard let bytes = Self.bytes(of: address) else { return false }
        return blocks.contains { $0.contains(bytes) }
    }

    /// The client's address: the peer, unless the peer is a trusted proxy, in which case the
    /// nearest address in `X-Forwarded-For` (read from the right) that is not itself a trusted
    /// proxy. Entries a client wrote at the left are never reached while a proxy stands after
    /// them, and anything that is not an IP address ends the walk.
    public func client(peer: String?, forwardedFor: [String]) -> String {
        guard let peer else { return "unknown" }
        guard trusts(peer) else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { Self.withoutPort($0.trimmingCharacters(in: .whitespaces)) }
        var client = peer
        for hop in hops.reversed() {
            guard Self.bytes(of: hop) != nil else { break }
            client = hop
            if !trusts(hop) { break }
        }
        return client
    }

    /// "203.0.113.5:41234" and "[2001:db8::1]:443", as some load balancers write them, without the port.
    static func withoutPort(_ hop: String) -> String {
        if hop.hasPrefix("["), let close = hop.firstIndex(of: "]") {
            return String(hop[hop.index(after: hop.startIndex)..<close])
        }
        let parts = hop.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].contains("."), parts[1].allSatisfy(\.isNumber) { return String(parts[0]) }
        return hop
    }

    /// The address as 4 or 16 bytes (an IPv4-mapped IPv6 address as its IPv4 form), or nil.
    static func bytes(of text: some StringProtocol) -> [UInt8]? {
        let string = String(text)
        guard !string.isEmpty, string.count <= 45 else { return nil }
        var v4 = in_addr()
        if inet_pton(AF_INET, string, &v4) == 1 {
            return withUnsafeBytes(of: &v4.s_addr) { Array($0) }
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, string, &v6) == 1 else { return nil }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        if bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF { return Array(bytes[12...]) }
        return bytes
    }

    static func ipv6Text(_ bytes: [UInt8]) -> String {
        var address = in6_addr()
        withUnsafeMutableBytes(of: &address) { buffer in for (index, byte) in bytes.enumerated() { buffer[index] = byte } }
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        guard inet_ntop(AF_INET6, &address, &text, socklen_t(text.count)) != nil else { return "?" }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
