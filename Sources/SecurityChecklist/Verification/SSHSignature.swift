import Crypto

/// Why a key, an allowed-signers line or a signature was refused.
public enum SignatureProblem: Error, Sendable, Hashable {
    /// The text holds no `-----BEGIN SSH SIGNATURE-----` block, or it does not decode.
    case notASignature
    /// A signature format version other than 1.
    case unsupportedVersion(UInt32)
    /// Signed for another purpose (`ssh-keygen -Y sign -n OTHER`).
    case wrongNamespace(String)
    /// A key type other than Ed25519.
    case unsupportedKeyType(String)
    /// A message hash other than SHA-512 or SHA-256.
    case unsupportedHash(String)
    /// Made with another key than the signer's.
    case otherSigner
    /// The signature does not match the file: the file or the signature was changed.
    case mismatch
    /// Not an OpenSSH key (private: `-----BEGIN OPENSSH PRIVATE KEY-----`; public: `ssh-ed25519 AAAA…`).
    case notAKey
    /// A private key protected by a passphrase, which ecsec does not read.
    case encryptedKey
    /// An allowed-signers line whose `namespaces=` does not include ecsec's.
    case namespaceNotAllowed
}

/// An Ed25519 public key as OpenSSH writes it (`ssh-ed25519 AAAA… comment`).
public struct SigningPublicKey: Sendable, Hashable {
    /// The 32 bytes of the key.
    public let rawRepresentation: [UInt8]

    /// The key of 32 raw bytes.
    public init?(rawRepresentation: [UInt8]) {
        guard rawRepresentation.count == 32 else { return nil }
        self.rawRepresentation = rawRepresentation
    }

    /// The key of a public key line (`ssh-ed25519 AAAA… [comment]`) or its wire bytes.
    public init(openSSH text: String) throws(SignatureProblem) {
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard fields.count >= 2, let wire = Base64.decode(fields[1]) else { throw .notAKey }
        try self.init(wire: wire)
        guard String(fields[0]) == Self.keyType else { throw .unsupportedKeyType(String(fields[0])) }
    }

    init(wire: [UInt8]) throws(SignatureProblem) {
        var reader = SSHReader(wire)
        guard let type = reader.text() else { throw .notAKey }
        guard type == Self.keyType else { throw .unsupportedKeyType(type) }
        guard let raw = reader.string(), reader.isAtEnd, let key = SigningPublicKey(rawRepresentation: raw) else {
            throw .notAKey
        }
        self = key
    }

    static let keyType = "ssh-ed25519"

    /// The key in the SSH wire encoding.
    var wire: [UInt8] {
        var writer = SSHWriter()
        writer.string(Self.keyType)
        writer.string(rawRepresentation)
        return writer.bytes
    }

    /// `ssh-ed25519 AAAA…`, as in an `authorized_keys` or `allowed_signers` line.
    public var openSSHText: String { Self.keyType + " " + Base64.encode(wire) }

    /// `SHA256:…` as `ssh-keygen -l` prints it.
    public var fingerprint: String {
        "SHA256:" + Base64.encode(Array(SHA256.hash(data: wire))).filter { $0 != "=" }
    }
}

/// One line of an OpenSSH `allowed_signers` file: `IDENTITY [namespaces="ecsec"] ssh-ed25519 AAAA…`.
public struct AllowedSigner: Sendable, Hashable {
    /// Who signs (an address or a name, without spaces).
    public var identity: String
    /// The signer's key.
    public var key: SigningPublicKey

    /// A signer `identity` with `key`.
    public init(identity: String, key: SigningPublicKey) {
        self.identity = identity
        self.key = key
    }

    /// The signer of an `allowed_signers` line; its `namespaces=` option, if any, must allow
    /// ``SSHSignature/namespace``.
    public init(line: String) throws(SignatureProblem) {
        let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let typeIndex = fields.firstIndex(where: { $0.hasPrefix("ssh-") }), typeIndex >= 1,
            typeIndex + 1 < fields.count
        else { throw .notAKey }
        for option in fields[1..<typeIndex].flatMap({ $0.split(separator: ",") }) where option.hasPrefix("namespaces=")
        {
            let names = option.dropFirst("namespaces=".count).filter { $0 != "\"" }.split(separator: ",")
            guard names.contains(where: { $0 == SSHSignature.namespace }) else { throw .namespaceNotAllowed }
        }
        identity = fields[0]
        key = try SigningPublicKey(openSSH: fields[typeIndex] + " " + fields[typeIndex + 1])
    }

    /// The line, with the namespace option so the key is trusted for ecsec's signatures only.
    public var line: String { "\(identity) namespaces=\"\(SSHSignature.namespace)\" \(key.openSSHText)" }
}

/// An Ed25519 private key, read from and written as an unencrypted OpenSSH private key file, so
/// `ssh-keygen` reads the same file.
public struct SigningKey: Sendable {
    /// The 32-byte seed (swift-crypto's key type is not `Sendable`; it is made when used).
    private let seed: [UInt8]
    private var key: Curve25519.Signing.PrivateKey {
        // The seed was checked when the value was made.
        try! Curve25519.Signing.PrivateKey(rawRepresentation: seed)
    }
    /// The key's comment (OpenSSH writes user@host; ecsec the identity given).
    public var comment: String

    /// The key of a 32-byte seed. The library reads no random source: the caller makes the seed.
    public init?(seed: [UInt8], comment: String) {
        guard seed.count == 32, (try? Curve25519.Signing.PrivateKey(rawRepresentation: seed)) != nil else {
            return nil
        }
        self.seed = seed
        self.comment = comment
    }

    /// The public half.
    public var publicKey: SigningPublicKey {
        SigningPublicKey(rawRepresentation: Array(key.publicKey.rawRepresentation))!
    }

    private static let label = "OPENSSH PRIVATE KEY"
    private static let magic = Array("openssh-key-v1\u{0}".utf8)

    /// The key of an OpenSSH private key file made by `ssh-keygen -t ed25519 -N ""` or by ecsec.
    public init(openSSH text: String) throws(SignatureProblem) {
        guard let bytes = Armor.unwrap(text, label: Self.label), bytes.starts(with: Self.magic) else {
            throw .notAKey
        }
        var reader = SSHReader(Array(bytes.dropFirst(Self.magic.count)))
        guard let cipher = reader.text(), let kdf = reader.text(), reader.string() != nil,
            reader.uint32() == 1, let publicWire = reader.string(), let secret = reader.string(), reader.isAtEnd
        else { throw .notAKey }
        guard cipher == "none", kdf == "none" else { throw .encryptedKey }
        let publicKey = try SigningPublicKey(wire: publicWire)
        var inner = SSHReader(secret)
        guard let check1 = inner.uint32(), inner.uint32() == check1, let type = inner.text() else { throw .notAKey }
        guard type == SigningPublicKey.keyType else { throw .unsupportedKeyType(type) }
        guard inner.string() == publicKey.rawRepresentation, let pair = inner.string(), pair.count == 64,
            let comment = inner.text(), let key = SigningKey(seed: Array(pair.prefix(32)), comment: comment),
            key.publicKey == publicKey
        else { throw .notAKey }
        self = key
    }

    /// The unencrypted OpenSSH private key file; `checkInt` is the random check number the
    /// format repeats (the caller makes it, as the seed).
    public func openSSHText(checkInt: UInt32) -> String {
        let publicKey = self.publicKey
        var secret = SSHWriter()
        secret.uint32(checkInt)
        secret.uint32(checkInt)
        secret.string(SigningPublicKey.keyType)
        secret.string(publicKey.rawRepresentation)
        secret.string(Array(key.rawRepresentation) + publicKey.rawRepresentation)
        secret.string(comment)
        var padding: UInt8 = 1
        while secret.bytes.count % 8 != 0 {
            secret.raw([padding])
            padding += 1
        }
        var writer = SSHWriter()
        writer.raw(Self.magic)
        writer.string("none")
        writer.string("none")
        writer.string([])
        writer.uint32(1)
        writer.string(publicKey.wire)
        writer.string(secret.bytes)
        return Armor.wrap(writer.bytes, label: Self.label)
    }

    /// An OpenSSH signature of `message` (PROTOCOL.sshsig, namespace `ecsec`, SHA-512), armored
    /// as `ssh-keygen -Y sign` writes it.
    public func sign(_ message: [UInt8]) throws -> String {
        let signed = SSHSignature.signedData(message, hash: "sha512")!
        let raw = try key.signature(for: signed)
        var signature = SSHWriter()
        signature.string(SigningPublicKey.keyType)
        signature.string(Array(raw))
        var blob = SSHWriter()
        blob.raw(SSHSignature.magic)
        blob.uint32(1)
        blob.string(publicKey.wire)
        blob.string(SSHSignature.namespace)
        blob.string([])
        blob.string("sha512")
        blob.string(signature.bytes)
        return Armor.wrap(blob.bytes, label: SSHSignature.label)
    }
}

/// OpenSSH's signature format (PROTOCOL.sshsig): what `ssh-keygen -Y sign` writes and
/// `ssh-keygen -Y verify` checks. ecsec signs in its own namespace, `ecsec`, so a signature
/// made for anything else (a git commit, a file of another tool) is never taken for one of an
/// assessment.
public enum SSHSignature {
    /// The namespace of ecsec's signatures.
    public static let namespace = "ecsec"
    static let magic = Array("SSHSIG".utf8)
    static let label = "SSH SIGNATURE"

    /// A signature's parts.
    public struct Parts: Sendable, Hashable {
        /// The key that made it.
        public var publicKey: SigningPublicKey
        /// Its namespace.
        public var namespace: String
        /// The message hash: `sha512` or `sha256`.
        public var hashAlgorithm: String
        /// The Ed25519 signature.
        var signature: [UInt8]
    }

    /// The parts of an armored signature.
    public static func parse(_ text: String) throws(SignatureProblem) -> Parts {
        guard let blob = Armor.unwrap(text, label: label), blob.starts(with: magic) else { throw .notASignature }
        var reader = SSHReader(Array(blob.dropFirst(magic.count)))
        guard let version = reader.uint32() else { throw .notASignature }
        guard version == 1 else { throw .unsupportedVersion(version) }
        guard let publicWire = reader.string(), let namespace = reader.text(), reader.string() != nil,
            let hash = reader.text(), let signatureWire = reader.string(), reader.isAtEnd
        else { throw .notASignature }
        let publicKey = try SigningPublicKey(wire: publicWire)
        var signatureReader = SSHReader(signatureWire)
        guard let type = signatureReader.text() else { throw .notASignature }
        guard type == SigningPublicKey.keyType else { throw .unsupportedKeyType(type) }
        guard let signature = signatureReader.string(), signature.count == 64 else { throw .notASignature }
        return Parts(publicKey: publicKey, namespace: namespace, hashAlgorithm: hash, signature: signature)
    }

    /// Checks that `signature` is `signer`'s signature of `message` in ecsec's namespace.
    /// - Returns: The signature's parts.
    @discardableResult
    public static func verify(_ message: [UInt8], signature: String, signer: SigningPublicKey) throws(SignatureProblem)
        -> Parts
    {
        let parts = try parse(signature)
        guard parts.namespace == namespace else { throw .wrongNamespace(parts.namespace) }
        guard parts.publicKey == signer else { throw .otherSigner }
        guard let signed = signedData(message, hash: parts.hashAlgorithm) else {
            throw .unsupportedHash(parts.hashAlgorithm)
        }
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: signer.rawRepresentation),
            key.isValidSignature(parts.signature, for: signed)
        else { throw .mismatch }
        return parts
    }

    /// What is signed: the preamble, the namespace and the message's hash.
    static func signedData(_ message: [UInt8], hash: String) -> [UInt8]? {
        let digest: [UInt8]
        switch hash {
        case "sha512": digest = Array(SHA512.hash(data: message))
        case "sha256": digest = Array(SHA256.hash(data: message))
        default: return nil
        }
        var writer = SSHWriter()
        writer.raw(magic)
        writer.string(namespace)
        writer.string([])
        writer.string(hash)
        writer.string(digest)
        return writer.bytes
    }
}
