import OversightDomain

/// Where an indicator stands, as the scorecard's row and the indicator's own page both show it:
/// its rating against target, in colour and in words, which way it moved, and how it compares.
struct IndicatorStanding {
    var rag: RAG?
    /// How far from target, in words, beside the colour.
    var distance: String?
    var sincePrevious: Direction?
    var sinceYearBefore: Direction?
    var england: Double?
    var againstEngland: Comparison?
    var neighbours: Double?
    var againstNeighbours: Comparison?
    var region: Double?
    var againstRegion: Comparison?

    init(_ summary: IndicatorSummary) {
        rag = summary.rag
        distance = summary.distanceFromTarget
        sincePrevious = summary.sincePrevious
        sinceYearBefore = summary.sinceYearBefore
        england = summary.benchmark?.england
        againstEngland = summary.againstEngland
        neighbours = summary.benchmark?.neighbours
        againstNeighbours = summary.againstNeighbours
        region = summary.benchmark?.region
        againstRegion = summary.againstRegion
    }
}
