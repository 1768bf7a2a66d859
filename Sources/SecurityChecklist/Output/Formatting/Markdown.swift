/// Escaping for text placed in Markdown: nothing from a file can open a link, an image, raw
/// HTML or break a table.
package enum Markdown {
    package static func escape(_ text: String) -> String {
        var output = ""
        for character in TerminalText.sanitize(text) {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "!", "{", "}", "~":
                output.append("\\")
                output.append(character)
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            default: output.append(character)
            }
        }
        return output
    }
}
