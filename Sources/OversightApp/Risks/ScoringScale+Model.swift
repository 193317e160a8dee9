import OversightDocuments
import OversightDomain
import OversightStore

enum ScoringScale {}

extension ScoringScale {
    /// The council's scoring scale as someone who may not change it reads it: each level's
    /// definition and the scores each band covers.
    struct Model {
        struct Level {
            var level: Int
            var definition: String
        }

        struct Band {
            var name: String
            /// The first score in the band: one above the end of the band before.
            var from: Int
            var upTo: Int
            var colour: String
        }

        var likelihood: [Level]
        var impact: [Level]
        /// Lowest first.
        var bands: [Band]

        init(_ scale: RiskScale) {
            likelihood = RiskScore.levels.map { Level(level: $0, definition: scale.likelihood[$0 - 1]) }
            impact = RiskScore.levels.map { Level(level: $0, definition: scale.impact[$0 - 1]) }
            bands = scale.bands.enumerated().map { index, band in
                Band(name: band.name, from: index == 0 ? 1 : scale.bands[index - 1].upTo + 1, upTo: band.upTo, colour: band.colour.label)
            }
        }
    }
}
