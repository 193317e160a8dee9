extension String {
    /// Every occurrence of one character replaced: escaping for CSV, Markdown and imports,
    /// without Foundation.
    public func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
