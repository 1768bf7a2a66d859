import Foundation

// Reads the file named on the command line, parses it as JSON and prints how many answers it
// holds: the work any tool must do to look at an assessment, and nothing more.
guard CommandLine.arguments.count == 2, let data = FileManager.default.contents(atPath: CommandLine.arguments[1]) else {
    FileHandle.standardError.write(Data("usage: parse-only FILE\n".utf8))
    exit(64)
}
let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
let answers = (object?["answers"] as? [String: Any])?.count ?? 0
print(answers)
