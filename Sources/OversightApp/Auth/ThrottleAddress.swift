import Dispatch
import NIOConcurrencyHelpers
import OversightDomain

/// The address a throttle or a budget counts by: an IPv4 address as it is, an IPv6 address by its
/// /64, since one IPv6 client may hold a whole /64 and could otherwise start afresh at every guess.
enum ThrottleAddress {
    static func key(_ address: String) -> String {
        guard let bytes = TrustedProxies.bytes(of: address), bytes.count == 16 else { return address }
        var prefix = bytes
        for index in 8..<16 { prefix[index] = 0 }
        return TrustedProxies.ipv6Text(prefix) + "/64"
    }
}
