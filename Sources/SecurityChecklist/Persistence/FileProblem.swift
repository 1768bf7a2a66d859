/// Why a file could not be read or written, as a value, so each front end words it in the
/// user's language.
public enum FileProblem: Sendable, Hashable {
    case notFound
    case isDirectory
    case notRegularFile
    case tooLarge(bytes: Int64)
    case empty
    case permissionDenied
    case diskFull
    case quotaExceeded
    case readOnlyFileSystem
    case folderMissing
    case notAFolderInPath
    case pathTooLong
    case tooManySymbolicLinks
    case alreadyExists
    /// Any other system error, with the system's own text.
    case system(code: Int32, text: String)

    /// The problem in words.
    /// - Parameters:
    ///   - language: The language to word it in.
    ///   - reading: Whether it happened while reading (wording of permission and
    ///     missing-file problems differs).
    public func text(_ language: Language, reading: Bool) -> String {
        switch self {
        case .notFound: reading ? Phrase.fileNotFound(language) : Phrase.folderNotFound(language)
        case .isDirectory: Phrase.fileIsDirectory(language)
        case .notRegularFile: Phrase.fileNotRegular(language)
        case .tooLarge(let bytes): Phrase.fileTooLarge(language, bytes)
        case .empty: Phrase.fileEmpty(language)
        case .permissionDenied: reading ? Phrase.cannotRead(language) : Phrase.cannotWrite(language)
        case .diskFull: Phrase.diskFull(language)
        case .quotaExceeded: Phrase.quotaExceeded(language)
        case .readOnlyFileSystem: Phrase.readOnlyFileSystem(language)
        case .folderMissing: Phrase.folderNotFound(language)
        case .notAFolderInPath: Phrase.notAFolderInPath(language)
        case .pathTooLong: Phrase.pathTooLong(language)
        case .tooManySymbolicLinks: Phrase.tooManyLinks(language)
        case .alreadyExists: Phrase.alreadyExists(language)
        case .system(_, let text): text
        }
    }
}
