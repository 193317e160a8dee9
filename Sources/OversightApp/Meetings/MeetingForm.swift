import OversightDomain
import OversightStore
import Vapor

struct MeetingForm: FormInput {
    var body: String?
    var dateDay: String?, dateMonth: String?, dateYear: String?
    var time: String?
    var place: String?
    var version: String?
    /// Not submitted: the bodies the form may accept.
    var bodies: Set<String> = []

    enum CodingKeys: String, CodingKey {
        case body, time, place, version
        case dateDay = "date-day", dateMonth = "date-month", dateYear = "date-year"
    }

    init(body: GoverningBody.ID? = nil) {
        self.body = body?.description
        time = "10:00"
    }

    init(_ meeting: Meeting) {
        body = meeting.bodyID.description
        (dateDay, dateMonth, dateYear) = DateParts(meeting.date).boxes
        time = meeting.time.code
        place = meeting.place
        version = String(meeting.version)
    }

    func validate() -> Validated<MeetingDraft> {
        var check = Validator()
        let bodyID = body.trimmedOrNil.flatMap { bodies.contains($0) ? $0 : nil }.flatMap { GoverningBody.ID($0) }
        if bodyID == nil { check.fail("body", MeetingMessages.meetingBody) }
        let date = check.date("date", DateParts(day: dateDay, month: dateMonth, year: dateYear), label: "Date of the meeting",
                              required: true)
        var clock: ClockTime?
        if let text = time.trimmedOrNil {
            clock = ClockTime(text: text)
            if clock == nil { check.fail("time", MeetingMessages.startTime) }
        } else {
            check.fail("time", MeetingMessages.startTimeMissing)
        }
        let place = check.required("place", place, MeetingMessages.place, max: 200, label: "Place")
        return check.result {
            guard let bodyID, let date, let clock, let place else { return nil }
            return MeetingDraft(bodyID: bodyID, date: date, time: clock, place: place)
        }
    }
}
