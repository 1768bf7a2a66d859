import SecurityChecklist

/// The messages of `ecsec probe`.
enum ProbePhrase: PhraseTable {
    case notAURL, pageNotOnSite, badResolve, badInterval, badBudget, edgeMissing, tokenIntro, tokenFile, tokenMeta
    case edgeFailed, caFileUnreadable, badExclusion, siteDidNotAnswer, tokenAfter, dryRunHeader, dryRunCondition,
        dryRunBudget, saved

    var text: LocalizedText {
        switch self {
        case .notAURL:
            LocalizedText(
                ja: "%@ はhttpまたはhttpsのURLではありません（例: https://shop.example.jp/）",
                en: "%@ is not an http or https URL (e.g. https://shop.example.jp/)")
        case .pageNotOnSite:
            LocalizedText(
                ja: "--page %@ は %@ のページではありません。同じサイトのパス（/cart など）かURLを指定してください",
                en: "--page %@ is not a page of %@; give a path on the same site (/cart) or its URL")
        case .badResolve:
            LocalizedText(
                ja: "--resolve %@ は 名前:アドレス（shop.test:127.0.0.1）の形ではありません",
                en: "--resolve %@ is not NAME:ADDRESS (shop.test:127.0.0.1)")
        case .badInterval:
            LocalizedText(
                ja: "--interval %@ は0以上の秒数ではありません", en: "--interval %@ is not a number of seconds of 0 or more")
        case .badBudget:
            LocalizedText(
                ja: "--max-requests %@ は1から100の数ではありません", en: "--max-requests %@ is not a number from 1 to 100")
        case .edgeMissing:
            LocalizedText(
                ja: "ネットワーク部分の ecsec-probe が %@ にありません。ecsec と同じフォルダーに置いてください（.deb には含まれています）",
                en: "The network edge ecsec-probe is not at %@; it must sit beside ecsec (the .deb installs both)")
        case .edgeFailed:
            LocalizedText(
                ja: "ecsec-probe が結果を返さずに終わりました（上のメッセージを確認してください）。何も保存していません",
                en: "ecsec-probe ended without a result (see the message above); nothing was saved")
        case .badExclusion:
            LocalizedText(
                ja: "%@ の %@ 行目はURLでもSHA-256でもありません: %@",
                en: "%@, line %@, is neither a URL nor a SHA-256: %@")
        case .siteDidNotAnswer:
            LocalizedText(
                ja: "%@ のトップページを読めませんでした（理由は上の結果を参照）。評価ファイルには何も保存していません",
                en: "The start page of %@ was not read (the result above says why); nothing was saved in an assessment")
        case .caFileUnreadable:
            LocalizedText(ja: "--ca-file %@ を読めません", en: "--ca-file %@ cannot be read")
        case .tokenIntro:
            LocalizedText(
                ja: "%@ があなたのサイトであることを示すトークン:",
                en: "The token that shows %@ is your site:")
        case .tokenFile:
            LocalizedText(
                ja: "次のどちらかをサイトに置くと、既知の公開ファイル（.env など %@ か所まで）も確かめます:\n  1. %@ に、この1行だけのファイル",
                en:
                    "Place either of these on the site and the probe also checks the well-known exposure paths (at most %@):\n  1. a file at %@ holding this line"
            )
        case .tokenMeta:
            LocalizedText(
                ja: "  2. トップページの <head> に %@",
                en: "  2. in the start page's <head>: %@")
        case .tokenAfter:
            LocalizedText(
                ja: "トークンはサイト名から作るため、ほかのサイトには使えません。確認が済んだら消してかまいません。",
                en:
                    "The token is made from the site's name, so it works for no other site; remove it once the probe has run."
            )
        case .dryRunHeader:
            LocalizedText(
                ja: "ecsec probe は次のリクエストを送ります（--dry-run: 何も送っていません）:",
                en: "ecsec probe would send these requests (--dry-run: nothing was sent):")
        case .dryRunCondition: LocalizedText(ja: "（%@）", en: " (%@)")
        case .dryRunBudget:
            LocalizedText(
                ja: "上限 %@ リクエスト、間隔 %@ 秒以上。GETとTLSの接続だけで、フォームの送信やログインはしません。User-Agent: %@",
                en:
                    "At most %@ requests, at least %@ s apart. GET and TLS handshakes only; no forms, no logins. User-Agent: %@"
            )
        case .saved:
            LocalizedText(
                ja: "観測を %@ に証跡として保存しました（回答は変えていません）",
                en: "Saved the observations to %@ as evidence (no answer was changed)")
        }
    }
}
