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
    /// The file has more than one name (hard links): replacing it atomically would split the
    /// names into two files, so it is not replaced.
    case hardLinked(names: Int)
    /// A lock file that another user planted, or one with more than one name: never used or written.
    case untrustedLockFile
    /// A symbolic link owned by another user in a sticky, world-writable folder (`/tmp`): not
    /// followed, as the kernel's `protected_symlinks` rule would not follow it either.
    case untrustedLink
    /// The name given is not valid UTF-8 (the command line replaced bytes by U+FFFD).
    case nameNotUTF8
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
        case .hardLinked(let names): Phrase.fileHardLinked(language, names)
        case .untrustedLockFile: Phrase.lockFileUntrusted(language)
        case .untrustedLink: Phrase.linkUntrusted(language)
        case .nameNotUTF8: Phrase.pathNotUTF8(language)
        case .system(_, let text): text
        }
    }
}
