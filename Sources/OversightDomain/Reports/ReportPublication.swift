import Foundation

/// What publishing records: the day, and why it was late when it was.
public struct ReportPublication: Hashable, Sendable, Codable {
    public var publishedOn: CalendarDate
    public var publishedBy: String
    public var lateReason: String?
    public var checksum: String

    public init(publishedOn: CalendarDate, publishedBy: String, lateReason: String?, checksum: String) {
        self.publishedOn = publishedOn
        self.publishedBy = publishedBy
        self.lateReason = lateReason
        self.checksum = checksum
    }
}
