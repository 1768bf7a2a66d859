import TestSupport
import Testing

@testable import SecurityChecklist

/// OpenSSH's signature format against vectors made by `ssh-keygen -Y sign` (Fixtures/sshsig),
/// and ecsec's own signatures read back: never compared byte for byte, only verified.
@Suite("OpenSSH signatures")
struct SSHSignatureTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        try DocumentFile.read(Repository.path("Tests/SecurityChecklistTests/Fixtures/sshsig/" + name))
    }
    static func text(_ name: String) throws -> String { String(decoding: try fixture(name), as: UTF8.self) }

    @Test func signaturesMadeByOpenSSHVerify() throws {
        let signer = try AllowedSigner(line: try Self.text("allowed_signers"))
        #expect(signer.identity == "vector@ecsec.example")
        let message = try Self.fixture("message.json")
        for name in ["message.json.ecsec.sig", "message.json.sha256.sig"] {
            let parts = try SSHSignature.verify(message, signature: try Self.text(name), signer: signer.key)
            #expect(parts.namespace == "ecsec" && parts.publicKey == signer.key)
        }
        #expect(throws: SignatureProblem.wrongNamespace("git")) {
            try SSHSignature.verify(message, signature: try Self.text("message.json.git.sig"), signer: signer.key)
        }
        var changed = message
        changed[10] ^= 0x20
        #expect(throws: SignatureProblem.mismatch) {
            try SSHSignature.verify(changed, signature: try Self.text("message.json.ecsec.sig"), signer: signer.key)
        }
    }

    @Test func ecsecsOwnSignaturesAndKeysRoundTrip() throws {
        let key = try #require(SigningKey(seed: Array(repeating: 7, count: 32), comment: "owner@shop.example"))
        let reread = try SigningKey(openSSH: key.openSSHText(checkInt: 0x1234_5678))
        #expect(reread.publicKey == key.publicKey && reread.comment == "owner@shop.example")
        let message = Array("answers".utf8)
        let signature = try key.sign(message)
        #expect(signature.hasPrefix("-----BEGIN SSH SIGNATURE-----\n"))
        #expect((try? SSHSignature.verify(message, signature: signature, signer: key.publicKey)) != nil)
        let other = try #require(SigningKey(seed: Array(repeating: 8, count: 32), comment: "x"))
        #expect(throws: SignatureProblem.otherSigner) {
            try SSHSignature.verify(message, signature: signature, signer: other.publicKey)
        }
        #expect(throws: SignatureProblem.notASignature) {
            try SSHSignature.verify(message, signature: String(signature.prefix(80)), signer: key.publicKey)
        }
        #expect(throws: SignatureProblem.namespaceNotAllowed) {
            try AllowedSigner(line: "a@b namespaces=\"git\" " + key.publicKey.openSSHText)
        }
        let line = AllowedSigner(identity: "a@b", key: key.publicKey).line
        #expect(try AllowedSigner(line: line).key == key.publicKey)
    }
}
