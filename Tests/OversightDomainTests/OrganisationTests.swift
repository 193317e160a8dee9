import OversightDomain
import Testing

@Suite("Councils, people and inspections")
struct OrganisationTests {
    @Test("County councils have electoral divisions, others wards")
    func areaLabels() {
        #expect(CouncilKind.county.usualAreaLabel == .electoralDivisions)
        for kind in CouncilKind.allCases where kind != .county {
            #expect(kind.usualAreaLabel == .wards)
        }
        #expect(AreaLabel.electoralDivisions.plural == "Electoral Divisions")
        #expect(AreaLabel.wards.singular == "Ward")
    }

    @Test("A financial year starts on a day every year has")
    func financialYear() {
        #expect(DayOfYear.firstOfApril.label == "1 April")
        #expect(DayOfYear(month: 2, day: 29) == nil)
        #expect(DayOfYear(month: 13, day: 1) == nil)
    }

    @Test("Email addresses", arguments: [
        ("helen.marsh@northshire.example", true), ("a@b.co", true), ("no-at-sign.example", false),
        ("two@@signs.example", false), ("space in@name.example", false), ("name@nodot", false),
        ("name@.example", false), ("name@example.", false), ("@example.org", false),
    ])
    func emails(text: String, valid: Bool) {
        #expect(ContactRules.isEmail(text) == valid)
    }

    @Test("Telephone numbers as people write them", arguments: [
        ("(01772) 531980", true), ("01772 532602", true), ("+44 1772 532602", true), ("01632 960 001 ext 123", true),
        ("12345", false), ("call me", false), ("01632 960001 ext", false), ("0800-CALL-NOW", false),
    ])
    func telephones(text: String, valid: Bool) {
        #expect(ContactRules.isTelephone(text) == valid)
    }

    @Test("Each framework grades its own areas, and no overall grade is assumed")
    func frameworks() {
        #expect(Framework.sif.judgementAreas.contains(.lscbEffectiveness))
        #expect(!Framework.ilacs.judgementAreas.contains(.sifAdoption))
        #expect(Framework.ilacs.judgementAreas.contains(.ilacsCareLeavers))
        #expect(Framework.other.judgementAreas == JudgementArea.allCases)
        #expect(Grade.requiresImprovement.label == "Requires improvement to be good")
        #expect(Grade.allCases.contains(.notGraded))
    }

    @Test("Stored codes never change once shipped")
    func codes() {
        #expect(InspectionKind.allCases.map(\.rawValue) == [
            "full-inspection", "focused-visit", "monitoring-visit", "jtai", "dfe-review", "peer-review",
        ])
        #expect(Grade.allCases.map(\.rawValue) == ["outstanding", "good", "requires-improvement", "inadequate", "not-graded"])
        #expect(Framework.allCases.map(\.rawValue) == ["sif-2013", "ilacs-2018", "other"])
    }

    @Test("An inspection is named by its kind and month")
    func inspectionTitle() throws {
        let inspection = Inspection(
            id: .init(UUIDs.one), councilID: .init(UUIDs.two), kind: .fullInspection, inspectorate: "Ofsted",
            framework: .sif, startDate: try #require(CalendarDate(year: 2015, month: 9, day: 14)), endDate: nil,
            publishedDate: nil, reportURL: nil, version: 1)
        #expect(inspection.title == "Full inspection, September 2015")
    }

    @Test("Typed identifiers print lower-case and refuse what is not a UUID")
    func identifiers() {
        let id = Person.ID(UUIDs.one)
        #expect(id.description == "00000000-0000-0000-0000-000000000001")
        #expect(Person.ID("00000000-0000-0000-0000-000000000001") == id)
        #expect(Person.ID("../etc/passwd") == nil)
    }
}

import Foundation

enum UUIDs {
    static let one = UUID(uuidString: "00000000-0000-0000-0000-000000000001")!
    static let two = UUID(uuidString: "00000000-0000-0000-0000-000000000002")!
}
