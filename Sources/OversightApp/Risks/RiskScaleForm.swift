import OversightDomain
import Vapor

/// The council's scale: five definitions each of likelihood and impact, and up to five bands.
struct RiskScaleForm: FormInput {
    static let bandRows = 5

    var likelihood: [String?] = Array(repeating: nil, count: 5)
    var impact: [String?] = Array(repeating: nil, count: 5)
    var bandNames: [String?] = Array(repeating: nil, count: RiskScaleForm.bandRows)
    var bandEnds: [String?] = Array(repeating: nil, count: RiskScaleForm.bandRows)
    var bandColours: [String?] = Array(repeating: nil, count: RiskScaleForm.bandRows)
    var version: String?

    /// The saved scale, for showing when the form is not for editing.
    var scale: RiskScale = .standard

    init(_ scale: RiskScale, version: Int) {
        self.scale = scale
        likelihood = scale.likelihood.map { $0 }
        impact = scale.impact.map { $0 }
        for (index, band) in scale.bands.prefix(Self.bandRows).enumerated() {
            bandNames[index] = band.name
            bandEnds[index] = String(band.upTo)
            bandColours[index] = band.colour.rawValue
        }
        self.version = String(version)
    }

    struct Keys: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        func text(_ key: String) throws -> String? { try container.decodeIfPresent(String.self, forKey: Keys(stringValue: key)) }
        for level in 1...5 {
            likelihood[level - 1] = try text("likelihood\(level)")
            impact[level - 1] = try text("impact\(level)")
        }
        for row in 1...Self.bandRows {
            bandNames[row - 1] = try text("band\(row)Name")
            bandEnds[row - 1] = try text("band\(row)UpTo")
            bandColours[row - 1] = try text("band\(row)Colour")
        }
        version = try text("version")
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        for level in 1...5 {
            try container.encodeIfPresent(likelihood[level - 1], forKey: Keys(stringValue: "likelihood\(level)"))
            try container.encodeIfPresent(impact[level - 1], forKey: Keys(stringValue: "impact\(level)"))
        }
        try container.encodeIfPresent(version, forKey: Keys(stringValue: "version"))
    }

    func validate() -> Validated<RiskScale> {
        var check = Validator()
        var likelihoods: [String] = [], impacts: [String] = []
        for level in 1...5 {
            if let text = check.required("likelihood\(level)", likelihood[level - 1], RiskMessages.likelihoodDescription(level), max: 300,
                                         label: "Likelihood \(level)") { likelihoods.append(text) }
        }
        for level in 1...5 {
            if let text = check.required("impact\(level)", impact[level - 1], RiskMessages.impactDescription(level), max: 300,
                                         label: "Impact \(level)") { impacts.append(text) }
        }
        var bands: [RiskBand] = []
        for row in 1...Self.bandRows {
            guard let name = bandNames[row - 1].trimmedOrNil else { continue }
            guard let end = Int(bandEnds[row - 1].trimmedOrNil ?? ""), (1...25).contains(end) else {
                check.fail("band\(row)UpTo", RiskMessages.bandEnd(row))
                continue
            }
            guard let colour = RiskColour.from(code: bandColours[row - 1].trimmedOrNil) else {
                check.fail("band\(row)Colour", RiskMessages.bandColour(row))
                continue
            }
            bands.append(RiskBand(name: String(name.prefix(40)), upTo: end, colour: colour))
        }
        let scale = RiskScale(likelihood: likelihoods, impact: impacts, bands: bands)
        if check.errors.isEmpty {
            for problem in scale.problems {
                switch problem {
                case .levels: break
                case .bandNames: check.fail("band1Name", problem.message)
                case .bandsNotRising, .lastBandEnd: check.fail("band1UpTo", problem.message)
                }
            }
        }
        return check.result { scale }
    }
}
