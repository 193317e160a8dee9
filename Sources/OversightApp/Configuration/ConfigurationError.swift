import Foundation
import Logging
import OversightDomain
import OversightStore

/// Every problem found in the configuration, each naming the setting and what would be right.
public struct ConfigurationError: Error, Equatable, CustomStringConvertible {
    public var problems: [String]

    public init(problems: [String]) { self.problems = problems }

    public var description: String {
        "Oversight cannot start:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}
