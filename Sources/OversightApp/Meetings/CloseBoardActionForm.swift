import OversightDomain
import OversightStore
import Vapor

struct CloseBoardActionForm: FormInput {
    var note: String?
    var meeting: String?
    var version: String?
    var meetings: Set<String> = []

    enum CodingKeys: String, CodingKey { case note, meeting, version }

    func validate() -> Validated<(String, Meeting.ID?)> {
        var check = Validator()
        let note = check.required("note", note, MeetingMessages.closeNote, max: 5000, label: "How it was completed")
        let meeting = meeting.trimmedOrNil.flatMap { meetings.contains($0) ? $0 : nil }.flatMap { Meeting.ID($0) }
        if self.meeting.trimmedOrNil != nil && meeting == nil { check.fail("meeting", MeetingMessages.closeMeeting) }
        return check.result { note.map { ($0, meeting) } }
    }
}
