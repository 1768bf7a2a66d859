import SecurityChecklist

/// The messages of `key`, `sign` and `verify`.
enum SigningPhrase: PhraseTable {
    case keyCreated, keyExists, keyUnreadable, keyPermissions, keyHint, allowedSignersLine
    case signed, verifyHint, checkPassed, checkFailed, signatureCheck, chainCheck, signerNeeded
    case noSignature, notASignature, unsupportedVersion, wrongNamespace, unsupportedKeyType, unsupportedHash
    case otherSigner, mismatch, notAKey, encryptedKey, namespaceNotAllowed, chainOtherAssessment, chainNoHash
    case chainHashDiffers, chainNoPrevious, notAnAssessmentForChain, signerNotFound
    case evidenceSame, evidenceMissing, evidenceChanged, noEvidence, evidenceCheck

    var text: LocalizedText {
        switch self {
        case .keyCreated:
            LocalizedText(ja: "署名用の鍵を作成しました: %@（公開鍵: %@）", en: "Created a signing key: %@ (public key: %@)")
        case .keyExists:
            LocalizedText(
                ja: "%@ はすでにあります。鍵を上書きすると、これまでの署名を検証できなくなるため上書きしません",
                en: "%@ already exists; it is not overwritten, since signatures made with it could no longer be checked"
            )
        case .keyUnreadable: LocalizedText(ja: "%@: 鍵を読めません: %@", en: "%@: cannot read the key: %@")
        case .keyPermissions:
            LocalizedText(
                ja: "%@: 秘密鍵がほかの利用者から読めます（権限 %@）。chmod 600 %@ としてください",
                en: "%@: the private key is readable by others (mode %@); run chmod 600 %@")
        case .keyHint:
            LocalizedText(
                ja: "報告書を受け取る人に、次の1行（allowed_signers の形式）を渡してください:",
                en: "Give whoever receives your reports this line (an allowed_signers entry):")
        case .allowedSignersLine: LocalizedText(ja: "%@", en: "%@")
        case .signed: LocalizedText(ja: "%@ に署名しました: %@", en: "Signed %@: %@")
        case .verifyHint:
            LocalizedText(
                ja: "ecsec がなくても検証できます: ssh-keygen -Y verify -f allowed_signers -I %@ -n ecsec -s %@ < %@",
                en:
                    "Anyone can check it without ecsec: ssh-keygen -Y verify -f allowed_signers -I %@ -n ecsec -s %@ < %@"
            )
        case .checkPassed: LocalizedText(ja: "OK    %@", en: "ok    %@")
        case .checkFailed: LocalizedText(ja: "NG    %@", en: "FAIL  %@")
        case .signatureCheck:
            LocalizedText(ja: "署名: %@ が署名しています（%@）", en: "signature: signed by %@ (%@)")
        case .chainCheck:
            LocalizedText(
                ja: "前の期間: %@ から続いています（回答のハッシュが一致）",
                en: "previous period: continues %@ (the answers hash matches)")
        case .signerNeeded:
            LocalizedText(
                ja: "署名: 署名者の指定がありません。--signer に allowed_signers の1行かそのファイルを指定してください",
                en: "signature: no signer given; pass an allowed_signers line or file with --signer")
        case .noSignature: LocalizedText(ja: "署名: %@ がありません", en: "signature: %@ does not exist")
        case .notASignature:
            LocalizedText(ja: "署名: %@ は OpenSSH の署名ではありません", en: "signature: %@ is not an OpenSSH signature")
        case .unsupportedVersion:
            LocalizedText(ja: "署名: 形式の版 %@ には対応していません", en: "signature: format version %@ is not supported")
        case .wrongNamespace:
            LocalizedText(
                ja: "署名: 用途（namespace）が「%@」の署名です。ecsec の署名ではありません",
                en: "signature: made for namespace \"%@\", not for ecsec")
        case .unsupportedKeyType:
            LocalizedText(
                ja: "署名: 鍵の種類 %@ には対応していません（Ed25519 のみ）", en: "signature: key type %@ is not supported (Ed25519 only)")
        case .unsupportedHash: LocalizedText(ja: "署名: ハッシュ %@ には対応していません", en: "signature: hash %@ is not supported")
        case .otherSigner:
            LocalizedText(
                ja: "署名: 指定された署名者とは別の鍵（%@）で署名されています",
                en: "signature: made with another key (%@) than the signer's")
        case .mismatch:
            LocalizedText(
                ja: "署名: ファイルと一致しません。署名の後でファイルか署名が変更されています",
                en: "signature: does not match the file; the file or the signature was changed after signing")
        case .notAKey: LocalizedText(ja: "OpenSSH の Ed25519 鍵ではありません", en: "not an OpenSSH Ed25519 key")
        case .encryptedKey:
            LocalizedText(
                ja: "パスフレーズ付きの鍵は読めません（ecsec key new で作った鍵か、ssh-keygen -N \"\" の鍵を使ってください）",
                en: "keys protected by a passphrase are not read (use a key from ecsec key new, or ssh-keygen -N \"\")")
        case .namespaceNotAllowed:
            LocalizedText(
                ja: "署名: この署名者は namespaces= で ecsec の署名を認められていません",
                en: "signature: the signer's namespaces= does not allow ecsec")
        case .chainOtherAssessment:
            LocalizedText(
                ja: "前の期間: このファイルは別の評価（%@）から続いています。%@ からではありません",
                en: "previous period: this file continues another assessment (%@), not %@")
        case .chainNoHash:
            LocalizedText(
                ja: "前の期間: 前の期間の回答のハッシュが記録されていません（ecsec new --from で始めたファイルではありません）",
                en:
                    "previous period: no answers hash of the previous file is recorded (not started with ecsec new --from)"
            )
        case .chainHashDiffers:
            LocalizedText(
                ja: "前の期間: %@ の回答のハッシュ（%@）が、記録されたもの（%@）と違います。引き継いだ後で変更されています",
                en:
                    "previous period: %@'s answers hash (%@) differs from the one recorded (%@); it changed after this file was started"
            )
        case .chainNoPrevious:
            LocalizedText(
                ja: "前の期間: このファイルには前の期間の記録がありません",
                en: "previous period: this file names no previous assessment")
        case .notAnAssessmentForChain:
            LocalizedText(
                ja: "前の期間: --previous は評価ファイルにしか使えません",
                en: "previous period: --previous needs FILE to be an assessment")
        case .evidenceSame: LocalizedText(ja: "記録どおりのファイルです", en: "the file is the one recorded")
        case .evidenceMissing:
            LocalizedText(ja: "証跡のファイル %@ が見つかりません", en: "evidence file %@ is missing")
        case .evidenceChanged:
            LocalizedText(
                ja: "証跡のファイル %@ が記録の後で変わっています（今の SHA-256 %@…）",
                en: "evidence file %@ changed since it was recorded (SHA-256 now %@…)")
        case .noEvidence: LocalizedText(ja: "証跡はまだありません", en: "No evidence recorded yet")
        case .evidenceCheck:
            LocalizedText(ja: "証跡: %@ 件のファイルが記録どおりです", en: "evidence: %@ files are the ones recorded")
        case .signerNotFound:
            LocalizedText(
                ja: "署名: %@ に、この署名の鍵（%@）の行がありません",
                en: "signature: %@ has no line for the signature's key (%@)")
        }
    }

    /// The message for a refused key or signature.
    static func problem(_ problem: SignatureProblem, _ language: Language, file: String) -> String {
        switch problem {
        case .notASignature: notASignature(language, file)
        case .unsupportedVersion(let version): unsupportedVersion(language, String(version))
        case .wrongNamespace(let name): wrongNamespace(language, name)
        case .unsupportedKeyType(let type): unsupportedKeyType(language, type)
        case .unsupportedHash(let hash): unsupportedHash(language, hash)
        case .otherSigner: otherSigner(language, "?")
        case .mismatch: mismatch(language)
        case .notAKey: notAKey(language)
        case .encryptedKey: encryptedKey(language)
        case .namespaceNotAllowed: namespaceNotAllowed(language)
        }
    }
}
