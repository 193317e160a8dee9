import Foundation
import Logging

public enum OversightLogging {
    /// Call once, before the application starts. Text is for people at a terminal; JSON for collectors.
    public static func bootstrap(_ configuration: OversightConfiguration) {
        let level = configuration.logLevel
        switch configuration.logFormat {
        case .text:
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
        case .json:
            LoggingSystem.bootstrap { label in JSONLogHandler(label: label, logLevel: level) }
        }
    }
}
