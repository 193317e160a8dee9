import Foundation
import Logging
import OversightDomain
import OversightStore

/// What Oversight believes about the network in front of it, and how much printing it takes on.
public struct EdgePolicy: Equatable, Sendable {
    public static let defaultPDFConcurrency = 2

    public var trustedProxies: TrustedProxies
    public var pdfConcurrency: Int

    public init(trustedProxies: TrustedProxies = .none, pdfConcurrency: Int = EdgePolicy.defaultPDFConcurrency) {
        self.trustedProxies = trustedProxies
        self.pdfConcurrency = pdfConcurrency
    }
}
