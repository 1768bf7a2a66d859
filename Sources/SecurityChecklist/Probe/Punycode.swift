/// RFC 3492 Punycode, for host names typed in Japanese (お店.jp → xn--…): the form DNS and
/// certificates hold. Only encoding is needed; labels already in ASCII are kept.
enum Punycode {
    private static let base = 36
    private static let tMin = 1
    private static let tMax = 26
    private static let skew = 38
    private static let damp = 700

    /// Each non-ASCII label of `host` as `xn--` and its Punycode; `nil` when a label cannot be
    /// encoded. Full-width dots (。．) separate labels as IDNA says.
    static func asciiHost(_ host: String) -> String? {
        let dots: Set<Unicode.Scalar> = [".", "\u{3002}", "\u{FF0E}", "\u{FF61}"]
        var labels: [String] = []
        var current = ""
        for scalar in host.unicodeScalars {
            if dots.contains(scalar) {
                labels.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        labels.append(current)
        var output: [String] = []
        for label in labels {
            if label.unicodeScalars.allSatisfy(\.isASCII) {
                output.append(label.lowercased())
            } else {
                guard let encoded = encode(label.lowercased()) else { return nil }
                output.append("xn--" + encoded)
            }
        }
        return output.joined(separator: ".")
    }

    /// The Punycode of `label` (RFC 3492, section 6.3).
    static func encode(_ label: String) -> String? {
        let input = label.unicodeScalars.map(\.value)
        var output = String(String.UnicodeScalarView(label.unicodeScalars.filter(\.isASCII)))
        let basicCount = output.unicodeScalars.count
        var handled = basicCount
        if basicCount > 0 { output += "-" }
        var n: UInt32 = 0x80
        var delta = 0
        var bias = 72
        while handled < input.count {
            guard let m = input.filter({ $0 >= n }).min() else { return nil }
            let (product, overflow) = Int(m - n).multipliedReportingOverflow(by: handled + 1)
            guard !overflow else { return nil }
            delta += product
            n = m
            for c in input {
                if c < n { delta += 1 }
                if c == n {
                    var q = delta
                    var k = base
                    while true {
                        let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                        if q < t { break }
                        output.unicodeScalars.append(digit(t + (q - t) % (base - t)))
                        q = (q - t) / (base - t)
                        k += base
                    }
                    output.unicodeScalars.append(digit(q))
                    bias = adapt(delta, handled + 1, handled == basicCount)
                    delta = 0
                    handled += 1
                }
            }
            delta += 1
            n += 1
        }
        return output
    }

    private static func digit(_ value: Int) -> Unicode.Scalar {
        Unicode.Scalar(UInt8(value < 26 ? 0x61 + value : 0x30 + value - 26))
    }

    private static func adapt(_ delta: Int, _ count: Int, _ first: Bool) -> Int {
        var delta = first ? delta / damp : delta / 2
        delta += delta / count
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }
}
