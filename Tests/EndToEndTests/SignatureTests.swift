import Foundation
import TestSupport
import Testing

/// Signatures a reader checks with OpenSSH alone: files signed by `ecsec sign` verify with
/// `ssh-keygen -Y verify`, a signature made by `ssh-keygen -Y sign` verifies with `ecsec verify`,
/// and a flipped byte, an edited answer, another namespace and another key fail both. Never
/// compares signature bytes: only verifies.
@Suite("Signatures and the chain")
struct SignatureTests {
    static let q4 = Repository.path("Examples/quarters/shop-2026-Q4.json")
    static let sshKeygen = "/usr/bin/ssh-keygen"

    /// A folder with the example assessment, an ecsec key under its own config folder and the
    /// allowed_signers file `key show` prints.
    static func signedShop() throws -> (Scratch, [String: String]) {
        let scratch = try Scratch()
        try FileManager.default.copyItem(atPath: q4, toPath: scratch.file("shop.json"))
        let environment = ["XDG_CONFIG_HOME": scratch.file("config")]
        let made = try Runner.run(["key", "new", "--identity", "owner@shop.example"], environment: environment)
        #expect(made.status == 0, "\(made)")
        let line = try Runner.run(["key", "show"], environment: environment)
        try scratch.write("allowed_signers", line.stdout)
        let signed = try Runner.run(["sign", scratch.file("shop.json")], environment: environment)
        #expect(
            signed.status == 0 && FileManager.default.fileExists(atPath: scratch.file("shop.json.sig")), "\(signed)")
        return (scratch, environment)
    }

    /// `ssh-keygen -Y verify` of FILE with its FILE.sig: whether it accepts.
    static func opensshAccepts(_ scratch: Scratch, _ name: String, identity: String = "owner@shop.example") throws
        -> Bool
    {
        let script =
            "\(sshKeygen) -Y verify -f \(scratch.file("allowed_signers")) -I \(identity) -n ecsec -s \(scratch.file(name + ".sig")) < \(scratch.file(name))"
        return try Runner.run(["-c", script], binary: "/bin/sh").status == 0
    }

    static func ecsecAccepts(_ scratch: Scratch, _ name: String) throws -> Runner.Result {
        try Runner.run(["verify", scratch.file(name), "--signer", scratch.file("allowed_signers"), "--lang", "en"])
    }

    @Test func aKeyIsPrivateAndNeverOverwritten() throws {
        let (scratch, environment) = try Self.signedShop()
        let key = scratch.file("config/ecsec/signing_key")
        #expect(try scratch.mode("config/ecsec/signing_key") == 0o600)
        let before = try Data(contentsOf: URL(fileURLWithPath: key))
        let again = try Runner.run(["key", "new", "--lang", "ja"], environment: environment)
        #expect(again.status == 1 && again.stderr.contains("上書きしません"), "\(again)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: key)) == before)
        // OpenSSH reads the key ecsec wrote: the same public key.
        let derived = try Runner.run(["-y", "-f", key], binary: Self.sshKeygen)
        let allowed = try scratch.read("allowed_signers")
        #expect(derived.status == 0 && allowed.contains(derived.stdout.split(separator: " ")[1]))
        // A private key others can read is refused, as ssh refuses it.
        chmod(key, 0o644)
        let loose = try Runner.run(["sign", scratch.file("shop.json"), "--lang", "en"], environment: environment)
        #expect(loose.status == 1 && loose.stderr.contains("chmod 600"), "\(loose)")
    }

    /// A key file that is not a key, or is protected by a passphrase: one line in the user's
    /// language, exit 1, no signature written.
    @Test(arguments: ["ja", "en"])
    func aKeyOfTheWrongFormatIsRefused(lang: String) throws {
        let scratch = try Scratch()
        try FileManager.default.copyItem(atPath: Self.q4, toPath: scratch.file("shop.json"))
        try scratch.write("garbage", "not a key\n")
        chmod(scratch.file("garbage"), 0o600)
        _ = try Runner.run(
            ["-q", "-t", "ed25519", "-N", "secret", "-f", scratch.file("locked")], binary: Self.sshKeygen)
        for (key, mention) in [
            ("garbage", lang == "ja" ? "Ed25519 鍵ではありません" : "not an OpenSSH Ed25519 key"),
            ("locked", lang == "ja" ? "パスフレーズ" : "passphrase"),
        ] {
            let result = try Runner.run(["sign", scratch.file("shop.json"), "--key", scratch.file(key), "--lang", lang])
            #expect(
                result.status == 1 && result.stderr.hasPrefix("ecsec: ") && result.stderr.contains(mention), "\(result)"
            )
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result)")
            #expect(!FileManager.default.fileExists(atPath: scratch.file("shop.json.sig")))
        }
    }

    @Test func ecsecSignaturesVerifyWithOpenSSHAndEcsec() throws {
        let (scratch, _) = try Self.signedShop()
        #expect(try Self.opensshAccepts(scratch, "shop.json"))
        let verified = try Self.ecsecAccepts(scratch, "shop.json")
        #expect(verified.status == 0 && verified.stdout.contains("ok    signature: signed by owner@shop.example"))
    }

    @Test func aSignatureMadeByOpenSSHVerifiesWithEcsec() throws {
        let scratch = try Scratch()
        try FileManager.default.copyItem(atPath: Self.q4, toPath: scratch.file("shop.json"))
        let made = try Runner.run(
            ["-q", "-t", "ed25519", "-N", "", "-C", "owner@shop.example", "-f", scratch.file("id")],
            binary: Self.sshKeygen)
        #expect(made.status == 0)
        let signed = try Runner.run(
            ["-Y", "sign", "-f", scratch.file("id"), "-n", "ecsec", scratch.file("shop.json")], binary: Self.sshKeygen)
        #expect(signed.status == 0, "\(signed)")
        try scratch.write("allowed_signers", "owner@shop.example " + (try scratch.read("id.pub")))
        let verified = try Self.ecsecAccepts(scratch, "shop.json")
        #expect(verified.status == 0, "\(verified)")
        // ecsec signs with the key ssh-keygen made, too.
        #expect(try Runner.run(["sign", scratch.file("shop.json"), "--key", scratch.file("id")]).status == 0)
        #expect(try Self.opensshAccepts(scratch, "shop.json"))
    }

    /// A flipped byte, an edited answer, another namespace, another key: OpenSSH and ecsec both refuse.
    @Test(arguments: ["flipped byte", "edited answer", "other namespace", "other key", "truncated signature"])
    func tamperingFailsBoth(_ tampering: String) throws {
        let (scratch, _) = try Self.signedShop()
        let expected: String
        switch tampering {
        case "flipped byte":
            var bytes = [UInt8](try scratch.bytes("shop.json"))
            bytes[bytes.count / 2] ^= 0x01
            try scratch.write("shop.json", bytes: bytes)
            expected = "does not match the file"
        case "edited answer":
            #expect(try Runner.run(["answer", scratch.file("shop.json"), "MGT-05", "implemented"]).status == 0)
            expected = "does not match the file"
        case "other namespace":
            let made = try Runner.run(
                ["-q", "-t", "ed25519", "-N", "", "-f", scratch.file("id")], binary: Self.sshKeygen)
            #expect(made.status == 0)
            try FileManager.default.removeItem(atPath: scratch.file("shop.json.sig"))
            _ = try Runner.run(
                ["-Y", "sign", "-f", scratch.file("id"), "-n", "git", scratch.file("shop.json")], binary: Self.sshKeygen
            )
            try scratch.write("allowed_signers", "owner@shop.example " + (try scratch.read("id.pub")))
            expected = "namespace \"git\""
        case "other key":
            let made = try Runner.run(
                ["-q", "-t", "ed25519", "-N", "", "-f", scratch.file("id")], binary: Self.sshKeygen)
            #expect(made.status == 0)
            try FileManager.default.removeItem(atPath: scratch.file("shop.json.sig"))
            _ = try Runner.run(
                ["-Y", "sign", "-f", scratch.file("id"), "-n", "ecsec", scratch.file("shop.json")],
                binary: Self.sshKeygen)
            expected = "another key"
        default:
            let signature = try scratch.read("shop.json.sig")
            try scratch.write("shop.json.sig", String(signature.prefix(signature.count / 2)))
            expected = "not an OpenSSH signature"
        }
        #expect(!(try Self.opensshAccepts(scratch, "shop.json")), "ssh-keygen accepted: \(tampering)")
        let result = try Self.ecsecAccepts(scratch, "shop.json")
        #expect(
            result.status == 1 && result.stdout.contains("FAIL  signature: ") && result.stdout.contains(expected),
            "\(result)")
    }

    /// `verify --previous`: this quarter continues last quarter's file, unchanged since.
    @Test func theChainToThePreviousQuarter() throws {
        let scratch = try Scratch()
        try FileManager.default.copyItem(atPath: Self.q4, toPath: scratch.file("q4.json"))
        #expect(try Runner.run(["new", scratch.file("q1.json"), "--from", scratch.file("q4.json")]).status == 0)
        let chained = try Runner.run(
            ["verify", scratch.file("q1.json"), "--previous", scratch.file("q4.json"), "--lang", "ja"])
        #expect(chained.status == 0 && chained.stdout.contains("OK    前の期間:"), "\(chained)")

        // Last quarter's file edited after this one was started: the hash no longer matches.
        #expect(try Runner.run(["answer", scratch.file("q4.json"), "MGT-05", "implemented"]).status == 0)
        let edited = try Runner.run(
            ["verify", scratch.file("q1.json"), "--previous", scratch.file("q4.json"), "--lang", "en"])
        #expect(edited.status == 1 && edited.stdout.contains("changed after this file was started"), "\(edited)")

        // Another shop's file is not the previous quarter.
        #expect(try Runner.run(["new", scratch.file("other.json"), "--organization", "別の店"]).status == 0)
        let other = try Runner.run(
            ["verify", scratch.file("q1.json"), "--previous", scratch.file("other.json"), "--lang", "en"])
        #expect(other.status == 1 && other.stdout.contains("another assessment"), "\(other)")
    }
}
