/// What `ecsec probe` looks at, one stable id per check (`tls-expiry`, `exposed-env`, …). The
/// ids appear in `ecsec/probe@1`, in assessments and in the checklists' `observedBy`, so they
/// are never renamed or reused.
///
/// Everything about a check that is not its analysis lives here: its title, what a shop can
/// change, and who changes it when the shop runs on a hosted cart. Adding a check is a case
/// here, its analysis in `ProbeAnalysis` (SiteProbe), its controls in the checklists' `observedBy`, and a
/// line in the README (`docs/adr/0006-how-to-extend.md`).
public enum ProbeCheck: String, Sendable, Hashable, CaseIterable {
    case tlsTrust = "tls-trust"
    case tlsHostname = "tls-hostname"
    case tlsExpiry = "tls-expiry"
    case tlsOldProtocol = "tls-old-protocol"
    case httpsRedirect = "https-redirect"
    case hsts
    case contentSecurityPolicy = "csp"
    case frameProtection = "frame-protection"
    case noSniff = "nosniff"
    case referrerPolicy = "referrer-policy"
    case cookieFlags = "cookie-flags"
    case scriptOverHTTP = "script-over-http"
    case scriptIntegrity = "script-integrity"
    case adminExposed = "admin-exposed"
    case exposedEnv = "exposed-env"
    case exposedGit = "exposed-git"
    case exposedComposer = "exposed-composer"
    case exposedBackup = "exposed-backup"
    case directoryListing = "directory-listing"
    case outdatedSoftware = "outdated-software"
    case outdatedLibrary = "outdated-library"
    case cardEntry = "card-entry"
    case scriptChanged = "script-changed"
    case newScriptOrigin = "new-script-origin"

    /// The check in a few words.
    public var title: LocalizedText {
        switch self {
        case .tlsTrust: LocalizedText(ja: "証明書が信頼できる", en: "Certificate trusted")
        case .tlsHostname: LocalizedText(ja: "証明書がサイト名と一致", en: "Certificate matches the name")
        case .tlsExpiry: LocalizedText(ja: "証明書の有効期限", en: "Certificate expiry")
        case .tlsOldProtocol: LocalizedText(ja: "古いTLS（1.0/1.1）", en: "Old TLS (1.0/1.1)")
        case .httpsRedirect: LocalizedText(ja: "httpからhttpsへの転送", en: "HTTP to HTTPS redirect")
        case .hsts: LocalizedText(ja: "HSTS（常にhttpsで開かせる指示）", en: "HSTS (always HTTPS)")
        case .contentSecurityPolicy: LocalizedText(ja: "CSP（読み込めるスクリプトの制限）", en: "Content Security Policy")
        case .frameProtection: LocalizedText(ja: "他サイトへの埋め込み防止", en: "Framing protection")
        case .noSniff: LocalizedText(ja: "ファイル種類の推測の禁止（nosniff）", en: "No MIME sniffing (nosniff)")
        case .referrerPolicy: LocalizedText(ja: "リファラーの送り方", en: "Referrer policy")
        case .cookieFlags: LocalizedText(ja: "クッキーの保護属性", en: "Cookie flags")
        case .scriptOverHTTP: LocalizedText(ja: "httpで読み込むスクリプト", en: "Scripts over plain HTTP")
        case .scriptIntegrity: LocalizedText(ja: "外部スクリプトの改ざん検知（SRI）", en: "Subresource integrity")
        case .adminExposed: LocalizedText(ja: "管理画面が誰からも開ける", en: "Admin screen open to anyone")
        case .exposedEnv: LocalizedText(ja: "設定ファイル .env の公開", en: "Exposed .env file")
        case .exposedGit: LocalizedText(ja: ".git フォルダーの公開", en: "Exposed .git folder")
        case .exposedComposer: LocalizedText(ja: "部品一覧（composer）の公開", en: "Exposed composer files")
        case .exposedBackup: LocalizedText(ja: "バックアップファイルの公開", en: "Exposed backup archive")
        case .directoryListing: LocalizedText(ja: "フォルダーの中身の一覧表示", en: "Directory listing")
        case .outdatedSoftware: LocalizedText(ja: "カート・CMSのバージョン", en: "Cart or CMS version")
        case .outdatedLibrary: LocalizedText(ja: "JavaScriptライブラリのバージョン", en: "JavaScript library versions")
        case .cardEntry: LocalizedText(ja: "カード番号の入力方式", en: "How card numbers are entered")
        case .scriptChanged: LocalizedText(ja: "決済までのページのスクリプトの変化", en: "Scripts changed on the card path")
        case .newScriptOrigin: LocalizedText(ja: "決済までのページの新しい外部の読み込み元", en: "New script origin on the card path")
        }
    }

    /// What the shop (or its vendor) can change when the check does not pass.
    public var advice: LocalizedText {
        switch self {
        case .tlsTrust:
            LocalizedText(
                ja: "認証局が発行した証明書を、中間証明書も含めて設定してください。",
                en: "Install a certificate from a public CA, with its intermediate certificates.")
        case .tlsHostname:
            LocalizedText(
                ja: "このサイト名が入った証明書を設定してください。", en: "Install a certificate that names this site.")
        case .tlsExpiry:
            LocalizedText(
                ja: "期限の前に証明書を更新し、自動更新を設定してください。", en: "Renew the certificate before it expires; automate renewal.")
        case .tlsOldProtocol:
            LocalizedText(
                ja: "サーバーの設定でTLS 1.0と1.1を止め、TLS 1.2以上だけにしてください。",
                en: "Turn off TLS 1.0 and 1.1 on the server; allow TLS 1.2 and later only.")
        case .httpsRedirect:
            LocalizedText(
                ja: "httpで来た閲覧者を、同じページのhttpsへ転送（301）してください。",
                en: "Redirect every HTTP request to the same page over HTTPS (301).")
        case .hsts:
            LocalizedText(
                ja: "Strict-Transport-Security ヘッダーを max-age=31536000（1年）以上で返してください。",
                en: "Send Strict-Transport-Security with max-age=31536000 (one year) or more.")
        case .contentSecurityPolicy:
            LocalizedText(
                ja: "Content-Security-Policy ヘッダーで、スクリプトを読み込める場所を決めてください。",
                en: "Send a Content-Security-Policy that names where scripts may load from.")
        case .frameProtection:
            LocalizedText(
                ja: "X-Frame-Options: SAMEORIGIN か CSP の frame-ancestors を返してください。",
                en: "Send X-Frame-Options: SAMEORIGIN or a CSP frame-ancestors directive.")
        case .noSniff:
            LocalizedText(ja: "X-Content-Type-Options: nosniff を返してください。", en: "Send X-Content-Type-Options: nosniff.")
        case .referrerPolicy:
            LocalizedText(
                ja: "Referrer-Policy: strict-origin-when-cross-origin などを返してください。",
                en: "Send Referrer-Policy: strict-origin-when-cross-origin or stricter.")
        case .cookieFlags:
            LocalizedText(
                ja: "ログインやカートのクッキーに Secure・HttpOnly・SameSite を付けてください。",
                en: "Mark session and cart cookies Secure, HttpOnly and SameSite.")
        case .scriptOverHTTP:
            LocalizedText(
                ja: "スクリプトはすべてhttpsで読み込んでください。", en: "Load every script over HTTPS.")
        case .scriptIntegrity:
            LocalizedText(
                ja: "外部から読み込むスクリプトには integrity 属性（SRI）を付けるか、自社のサーバーに置いてください。",
                en: "Give scripts from other origins an integrity attribute (SRI), or host them yourself.")
        case .adminExposed:
            LocalizedText(
                ja: "管理画面に、IPアドレス制限かBasic認証をかけてください。",
                en: "Put the admin screen behind an IP allow-list or Basic authentication.")
        case .exposedEnv, .exposedGit, .exposedComposer, .exposedBackup:
            LocalizedText(
                ja: "このファイルを公開フォルダーから消し、中の鍵やパスワードを変えてください。",
                en: "Remove the file from the public folder and change the keys and passwords it held.")
        case .directoryListing:
            LocalizedText(
                ja: "サーバーの設定でフォルダーの一覧表示を止めてください（nginx: autoindex off）。",
                en: "Turn off directory listings on the server (nginx: autoindex off).")
        case .outdatedSoftware, .outdatedLibrary:
            LocalizedText(
                ja: "修正済みのバージョンに更新してください。", en: "Update to a version with the fixes.")
        case .cardEntry:
            LocalizedText(
                ja: "カード番号が自社のサーバーを通らない方式（リンク型・トークン型）か、決済代行会社に確かめてください。",
                en: "Confirm with the payment provider that card numbers never pass your server (redirect or token).")
        case .scriptChanged, .newScriptOrigin:
            LocalizedText(
                ja: "追加・変更されたスクリプトを誰がなぜ入れたか確かめ、知らないものはすぐ外してください。",
                en: "Find out who added or changed each script and why; remove any nobody knows.")
        }
    }

    /// Whether a shop on a hosted cart or a mall (profile `platform` `cart-asp` or `mall`)
    /// changes this itself; otherwise the cart's operator does (「カート事業者の管理」).
    public var isShopsOwnOnHostedCart: Bool {
        switch self {
        case .scriptChanged, .newScriptOrigin, .scriptIntegrity, .scriptOverHTTP, .outdatedLibrary, .cardEntry: true
        default: false
        }
    }
}
