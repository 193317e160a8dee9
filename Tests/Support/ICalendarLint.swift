import Foundation

/// The rules of RFC 5545 that calendar programs enforce, checked on a feed: CRLF line endings,
/// content lines of at most 75 octets, balanced components, the properties every event needs,
/// and a VTIMEZONE for every TZID used. Shared with the route tests of the feeds.
public enum ICalendarLint {
    public static func problems(_ text: String) -> [String] {
        var problems: [String] = []
        guard text.hasSuffix("\r\n") else { return ["the feed does not end with CRLF"] }
        let lines = text.components(separatedBy: "\r\n").dropLast()
        if text.replacingOccurrences(of: "\r\n", with: "").contains("\n") { problems.append("a bare LF ends a line") }
        var unfolded: [String] = []
        for (number, line) in lines.enumerated() {
            if line.utf8.count > 75 { problems.append("line \(number + 1) is \(line.utf8.count) octets") }
            if line.hasPrefix(" ") {
                guard !unfolded.isEmpty else { problems.append("line 1 is a continuation"); continue }
                unfolded[unfolded.count - 1] += line.dropFirst()
            } else {
                unfolded.append(line)
            }
        }
        var stack: [String] = [], event: [String: String] = [:], zones: Set<String> = [], used: Set<String> = []
        for line in unfolded {
            guard let colon = line.firstIndex(of: ":") else { problems.append("no colon in \(line)"); continue }
            let head = String(line[..<colon]), value = String(line[line.index(after: colon)...])
            let name = String(head.prefix { $0 != ";" })
            if let tzid = head.split(separator: ";").first(where: { $0.hasPrefix("TZID=") }) { used.insert(String(tzid.dropFirst(5))) }
            switch name {
            case "BEGIN":
                stack.append(value)
                if value == "VEVENT" { event = [:] }
            case "END":
                guard stack.last == value else { problems.append("END:\(value) closes \(stack.last ?? "nothing")"); continue }
                stack.removeLast()
                if value == "VEVENT" {
                    for required in ["UID", "DTSTAMP", "DTSTART", "SUMMARY"] where event[required] == nil {
                        problems.append("an event has no \(required)")
                    }
                }
            case "TZID" where stack.last == "VTIMEZONE": zones.insert(value)
            default:
                if stack.last == "VEVENT" { event[name] = value }
            }
        }
        if !stack.isEmpty { problems.append("unclosed \(stack)") }
        if unfolded.first != "BEGIN:VCALENDAR" { problems.append("the feed does not begin with BEGIN:VCALENDAR") }
        for tzid in used.subtracting(zones) { problems.append("TZID \(tzid) has no VTIMEZONE") }
        return problems
    }
}
