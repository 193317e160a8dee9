/// FNV-1a, 64-bit, in hex: stable across runs and machines, unlike Swift's seeded Hasher.
/// Enough to tell one version of an asset from the next; not a security measure.
func contentFingerprint(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
}

/// The one stylesheet, compiled into the binary so that a single file runs Oversight anywhere.
/// Its URL carries a hash of its content, so browsers may cache it for a year and still see
/// a new version the moment it changes.
enum Stylesheet {
    static let fileName = "oversight-\(fingerprint).css"

    static let fingerprint = contentFingerprint(css)

    static let css = """
    :root{--text:#0b0c0c;--secondary:#505a5f;--link:#1d70b8;--link-visited:#4c2c92;--link-hover:#003078;\
    --focus:#ffdd00;--error:#d4351c;--success:#00703c;--border:#b1b4b6;--input-border:#0b0c0c;\
    --brand:#1d4f73;--light:#f3f2f1}
    *,*::before,*::after{box-sizing:border-box}
    html{background:var(--light);font-size:100%}
    body{margin:0;background:#fff;color:var(--text);font-family:Arial,"Helvetica Neue",Helvetica,sans-serif;\
    font-size:1.1875rem;line-height:1.32;-webkit-font-smoothing:antialiased}
    a{color:var(--link);text-decoration:underline;text-decoration-thickness:max(1px,.0625rem);text-underline-offset:.15em}
    a:visited{color:var(--link-visited)}
    a:hover{color:var(--link-hover);text-decoration-thickness:max(3px,.1875rem)}
    a:focus{outline:3px solid transparent;color:var(--text);background-color:var(--focus);\
    box-shadow:0 -2px var(--focus),0 4px var(--text)}
    .ov-skip-link{position:absolute;left:-9999px;padding:10px 15px;background:var(--focus);color:var(--text)}
    .ov-skip-link:focus{position:static;display:block}
    .ov-visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;\
    padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;\
    border:0!important;white-space:nowrap!important}
    .ov-width-container{max-width:1020px;margin:0 15px}
    @media(min-width:40.0625em){.ov-width-container{margin:0 30px}}
    @media(min-width:1080px){.ov-width-container{margin:0 auto}}
    .ov-main-wrapper{display:block;padding:20px 0 40px}
    @media(min-width:40.0625em){.ov-main-wrapper{padding:40px 0 60px}}
    .ov-header{background:var(--brand);color:#fff;border-bottom:10px solid #5694ca}
    .ov-header__container{display:flex;flex-wrap:wrap;align-items:baseline;gap:10px 30px;padding:10px 0}
    .ov-header__logo{display:flex;flex-wrap:wrap;align-items:baseline;gap:0 15px}
    .ov-header__service-name{font-weight:700;font-size:1.5rem;color:#fff;text-decoration:none}
    .ov-header__service-name:visited,.ov-header__link:visited,.ov-header__link{color:#fff}
    .ov-header__council{font-size:1.1875rem}
    .ov-header__navigation-list{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:5px 20px}
    .ov-header__link{font-weight:700;text-decoration:none}
    .ov-header__link:hover{color:#fff;text-decoration:underline}
    .ov-header__navigation-item--active .ov-header__link{text-decoration:none;border-bottom:3px solid #fff}
    .ov-header__service-name:focus,.ov-header__link:focus{color:var(--text)}
    .ov-footer{background:var(--light);border-top:1px solid var(--border);padding:25px 0;font-size:1rem;color:var(--text)}
    .ov-footer__link,.ov-footer__link:visited{color:var(--text)}
    .ov-breadcrumbs{padding-top:15px;font-size:1rem}
    .ov-breadcrumbs__list{list-style:none;margin:0;padding:0}
    .ov-breadcrumbs__list-item{display:inline-block;margin-right:10px}
    .ov-breadcrumbs__list-item:not(:last-child)::after{content:"\\203A";margin-left:10px;color:var(--secondary)}
    .ov-breadcrumbs__link,.ov-breadcrumbs__link:visited{color:var(--text)}
    .ov-back-link{display:inline-block;margin:15px 0;font-size:1rem;color:var(--text)}
    .ov-back-link:visited{color:var(--text)}
    .ov-heading-xl{font-size:2.5rem;line-height:1.1;margin:0 0 30px}
    .ov-heading-l{font-size:2.25rem;line-height:1.1;margin:0 0 25px}
    .ov-heading-m{font-size:1.5rem;line-height:1.25;margin:30px 0 15px}
    .ov-heading-s{font-size:1.1875rem;margin:20px 0 10px}
    .ov-caption-l,.ov-caption-m{display:block;color:var(--secondary);font-weight:400;margin-bottom:5px}
    .ov-caption-l{font-size:1.5rem}.ov-caption-m{font-size:1.1875rem}
    .ov-body{margin:0 0 20px}
    .ov-body-s{font-size:1rem;margin:0 0 15px}
    .ov-secondary-text{color:var(--secondary)}
    .ov-list{margin:0 0 20px;padding:0;list-style:none}
    .ov-list--bullet{padding-left:20px;list-style:disc}
    .ov-list li{margin-bottom:5px}
    .ov-list--spaced li{margin-bottom:15px}
    .ov-plain-summary{border-left:10px solid #1d70b8;background:var(--light);padding:15px 20px;margin:0 0 30px}
    .ov-footer__links{margin:0 0 15px;padding:0;list-style:none}.ov-footer__links li{display:inline-block;margin-right:20px}
    .ov-inset-text{border-left:10px solid var(--border);padding:15px;margin:20px 0}
    .ov-grid{display:flex;flex-wrap:wrap;gap:0 30px}
    .ov-grid__two-thirds{flex:2 1 400px;min-width:0}.ov-grid__one-third{flex:1 1 250px;min-width:0}
    @media(min-width:40.0625em){.ov-grid__two-thirds{max-width:calc(66.666% - 15px)}}
    .ov-card{border:1px solid var(--border);border-top:5px solid var(--brand);padding:15px 20px;margin-bottom:20px}
    .ov-card h2,.ov-card h3{margin-top:0}
    .ov-summary-list{margin:0 0 30px}
    .ov-summary-list__row{display:flex;flex-wrap:wrap;border-bottom:1px solid var(--border);padding:10px 0}
    .ov-summary-list__key{font-weight:700;flex:0 0 30%;margin:0;padding-right:20px}
    .ov-summary-list__value{flex:1 1 45%;margin:0;white-space:pre-line}
    .ov-summary-list__actions{flex:0 0 auto;margin:0;text-align:right}
    @media(max-width:40em){.ov-summary-list__key,.ov-summary-list__value{flex-basis:100%}}
    .ov-table{width:100%;border-collapse:collapse;margin-bottom:30px;font-size:1rem}
    .ov-table__caption{text-align:left;font-weight:700;margin-bottom:10px}
    .ov-table__caption--m{font-size:1.5rem}.ov-table__caption--s{font-size:1.1875rem}
    .ov-table__header,.ov-table__cell{text-align:left;vertical-align:top;padding:10px 20px 10px 0;border-bottom:1px solid var(--border)}
    .ov-table__header{font-weight:700}
    .ov-tag{display:inline-block;padding:2px 8px;font-weight:400;font-size:1rem;border-radius:0}
    .ov-tag--grey{color:#282d30;background:#e5e6e7}.ov-tag--green{color:#005a30;background:#cce2d8}
    .ov-tag--blue{color:#0c2d4a;background:#bbd4ea}.ov-tag--red{color:#2a0b06;background:#f4cdc6}
    .ov-tag--orange{color:#6e3619;background:#fcd6c3}.ov-tag--yellow{color:#594d00;background:#fff7bf}
    .ov-tag--purple{color:#491644;background:#efdfed}
    .ov-button{display:inline-block;font:inherit;font-size:1.1875rem;line-height:1.2;padding:8px 10px 7px;\
    margin:0 0 22px;border:2px solid transparent;border-radius:0;color:#fff;background:#00703c;\
    box-shadow:0 2px 0 #002d18;text-align:center;cursor:pointer;text-decoration:none;-webkit-appearance:none}
    .ov-button:link,.ov-button:visited,.ov-button:hover{color:#fff;text-decoration:none}
    .ov-button:hover{background:#005a30}
    .ov-button:focus{outline:3px solid transparent;border-color:var(--focus);color:var(--text);\
    background:var(--focus);box-shadow:inset 0 0 0 1px var(--focus),0 2px 0 var(--text)}
    .ov-button--secondary,.ov-button--secondary:link,.ov-button--secondary:visited{background:#f3f2f1;color:var(--text);box-shadow:0 2px 0 #929191}
    .ov-button--secondary:hover{background:#dbdad9;color:var(--text)}
    .ov-button-group{display:flex;flex-wrap:wrap;align-items:baseline;gap:0 15px}
    .ov-form-group{margin-bottom:30px}
    .ov-form-group .ov-form-group:last-of-type{margin-bottom:0}
    .ov-form-group--error{padding-left:15px;border-left:5px solid var(--error)}
    .ov-label{display:block;margin-bottom:5px}
    .ov-hint{color:var(--secondary);margin-bottom:15px}
    .ov-error-message{display:block;clear:both;margin:0 0 15px;color:var(--error);font-weight:700}
    .ov-input,.ov-select,.ov-textarea{font:inherit;width:100%;height:2.5rem;padding:5px;border:2px solid var(--input-border);border-radius:0;background:#fff;color:var(--text)}
    .ov-textarea{height:auto;min-height:2.5rem;resize:vertical}
    .ov-select{width:auto;min-width:11.5em;max-width:100%}
    .ov-input:focus,.ov-select:focus,.ov-textarea:focus{outline:3px solid var(--focus);outline-offset:0;box-shadow:inset 0 0 0 2px}
    .ov-input--error,.ov-select--error,.ov-textarea--error{border-color:var(--error)}
    .ov-input--width-20{max-width:41ex}.ov-input--width-10{max-width:23ex}.ov-input--width-5{max-width:10.8ex}
    .ov-input--width-3{max-width:7.2ex}
    .ov-fieldset{margin:0;padding:0;border:0;min-width:0}
    .ov-fieldset__legend{display:table;max-width:100%;margin-bottom:10px;padding:0;white-space:normal}
    .ov-fieldset__legend--s{font-weight:700}
    .ov-date-input{display:flex;gap:20px}
    .ov-date-input__label{display:block}
    .ov-radios__item,.ov-checkboxes__item{display:flex;align-items:flex-start;margin-bottom:10px}
    .ov-radios--inline{display:flex;flex-wrap:wrap;gap:0 20px}
    .ov-radios__input,.ov-checkboxes__input{width:28px;height:28px;margin:4px 10px 0 0;flex:0 0 auto;accent-color:var(--text)}
    .ov-radios__input:focus,.ov-checkboxes__input:focus{outline:3px solid var(--focus);outline-offset:2px}
    .ov-radios__label,.ov-checkboxes__label{padding-top:5px;margin:0}
    .ov-error-summary{color:var(--text);padding:15px;margin-bottom:30px;border:5px solid var(--error)}
    .ov-error-summary:focus{outline:3px solid var(--focus)}
    .ov-error-summary__title{margin:0 0 15px;font-size:1.5rem}
    .ov-error-summary__list{margin:0;list-style:none}
    .ov-error-summary__list a{color:var(--error);font-weight:700}
    .ov-error-summary__list a:focus{color:var(--text)}
    .ov-notification-banner{border:5px solid var(--brand);background:var(--brand);margin-bottom:30px}
    .ov-notification-banner--success{border-color:var(--success);background:var(--success)}
    .ov-notification-banner__header{padding:2px 15px 5px}
    .ov-notification-banner__title{margin:0;font-size:1.1875rem;color:#fff}
    .ov-notification-banner__content{background:#fff;padding:15px}
    .ov-notification-banner__heading{font-weight:700;font-size:1.5rem;margin:0}
    .ov-section-break{margin:30px 0;border:0;border-bottom:1px solid var(--border)}
    .ov-link-list{list-style:none;padding:0;margin:0 0 20px}.ov-link-list li{margin-bottom:10px}
    .document h1,.document h2{font-size:1.5rem}
    .ov-header__account{display:flex;flex-wrap:wrap;align-items:baseline;gap:5px 15px;margin-left:auto}
    .ov-header__sign-out-form{display:inline;margin:0}
    .ov-header__sign-out{font:inherit;font-weight:700;color:#fff;background:none;border:0;padding:0;    text-decoration:underline;cursor:pointer}
    .ov-header__sign-out:focus{outline:3px solid transparent;color:var(--text);background:var(--focus);    box-shadow:0 -2px var(--focus),0 4px var(--text);text-decoration:none}
    .ov-button--warning,.ov-button--warning:link,.ov-button--warning:visited{background:#d4351c;box-shadow:0 2px 0 #55150b}
    .ov-button--warning:hover{background:#aa2a16}
    .ov-file-upload{font-size:1.1875rem;line-height:1.3;max-width:100%;margin-left:-5px;padding:5px}
    .ov-file-upload:focus{outline:3px solid #fd0;box-shadow:inset 0 0 0 4px #0b0c0c}
    .ov-file-upload--error{border:2px solid #d4351c}
    .ov-button--small{font-size:1rem;padding:5px 8px 4px;margin-bottom:5px}
    .ov-token code{font-family:monospace;font-size:1.1875rem;word-break:break-all;background:var(--light);padding:5px}
    .ov-filter{display:flex;flex-wrap:wrap;gap:0 20px;align-items:flex-end}
    .ov-filter .ov-form-group{margin-bottom:15px}
    .ov-search-results{padding:0;list-style:none}.ov-search-result{margin:0 0 25px;padding:0 0 15px;border-bottom:1px solid #b1b4b6}.ov-search-result .ov-hint{margin:0 0 5px}.ov-search-result mark{background:#fff7bf;color:#0b0c0c;font-weight:700;padding:0 2px}
    .ov-pagination{display:flex;flex-wrap:wrap;align-items:center;gap:15px 30px;margin-bottom:30px}
    .ov-pagination__list{display:flex;flex-wrap:wrap;gap:5px;list-style:none;margin:0;padding:0}
    .ov-pagination__item{min-width:44px;text-align:center;line-height:44px}
    .ov-pagination__item--current{background:#1d70b8;font-weight:700}
    .ov-pagination__item--current .ov-pagination__link{color:#fff}
    .ov-pagination__link{display:block;min-height:44px}
    th[aria-sort=ascending] a::after{content:" \\25B2";font-size:.8em}
    th[aria-sort=descending] a::after{content:" \\25BC";font-size:.8em}
    .ov-block{display:block}
    .ov-chart{display:block;max-width:100%;height:auto;margin:10px 0 20px}
    .ov-chart__label{font-family:Arial,sans-serif;font-size:16px;fill:#0b0c0c}
    .ov-exception{display:block;font-weight:700;color:#942514}
    .ov-report{border:1px solid #b1b4b6;padding:15px 30px;margin:20px 0 30px;max-width:960px;background:#fff}
    .ov-report h2{font-size:1.5rem;margin:15px 0 10px}.ov-report h3{font-size:1.25rem;margin:25px 0 10px}
    .ov-report h4{font-size:1.1rem;margin:20px 0 10px}.ov-report p{margin:0 0 12px}
    .ov-report table{border-collapse:collapse;width:100%;margin:0 0 20px;font-size:.9rem}
    .ov-report caption{text-align:left;font-weight:700;margin-bottom:5px}
    .ov-report th,.ov-report td{border:1px solid #505a5f;padding:5px 8px;text-align:left;vertical-align:top}
    .ov-report th{background:#f3f2f1}.ov-report .page-break{border-top:2px dashed #b1b4b6;margin:30px 0}
    .fill-red{background:#f4c7c3}.fill-amber{background:#fce5b0}.fill-green{background:#cce8d4}
    .fill-blue{background:#d2e3f3}.fill-grey{background:#e8e8e8}
    .ov-list--inline li{display:inline-block;margin-right:20px}.ov-meeting-actions{margin-bottom:30px}.ov-meeting-actions form{margin-bottom:15px}.ov-decision{margin:0 0 20px;padding-left:15px;border-left:5px solid #b1b4b6}.ov-agenda__item{margin-bottom:15px}
    .ov-code{font-family:monospace;font-size:1rem;word-break:break-all;background:#f3f2f1;padding:2px 4px}.ov-contents{border-left:5px solid #b1b4b6;padding-left:15px;margin:0 0 20px}.ov-contents ol{margin:0;padding-left:20px}
    .ov-warning-text{color:#942514}
    .ov-trend{display:block;max-width:100%;height:auto;margin:10px 0 20px}.ov-trend--compact{margin:0}
    .ov-trend__line{fill:none;stroke:#1d70b8;stroke-width:2.5}.ov-trend__point{fill:#1d70b8}
    .ov-trend__target{stroke:#505a5f;stroke-width:1.5;stroke-dasharray:6 4}
    .ov-direction{white-space:nowrap}.ov-details{margin:0 0 30px}\
    .ov-details__summary{color:#1d70b8;cursor:pointer;text-decoration:underline;display:inline-block;margin-bottom:5px}\
    .ov-details__summary:focus{outline:3px solid transparent;background:#fd0;color:#0b0c0c;box-shadow:0 -2px #fd0,0 4px #0b0c0c}\
    .ov-details__text{padding:15px 0 0 15px;border-left:5px solid #b1b4b6}.ov-table-scroll{overflow-x:auto}.ov-table-scroll:focus{outline:3px solid var(--focus);outline-offset:0}
    .ov-heat{margin:0 0 30px}.ov-heat__svg{display:block;max-width:100%;height:auto}.ov-heat__cell{stroke:#fff;stroke-width:2}.ov-heat--green{fill:#cce8d4}.ov-heat--amber{fill:#fce5b0}.ov-heat--red{fill:#f4c7c3}.ov-heat__count{font-family:Arial,sans-serif;font-size:22px;font-weight:700;fill:#0b0c0c}.ov-heat__count--none{font-weight:400;fill:#505a5f}.ov-heat__band{font-family:Arial,sans-serif;font-size:11px;fill:#0b0c0c}.ov-heat__axis{font-family:Arial,sans-serif;font-size:13px;fill:#0b0c0c}.ov-heat__axis--title{font-weight:700}.ov-heat-maps{display:flex;flex-wrap:wrap;gap:0 30px}.ov-filter-form{margin-bottom:30px}.ov-filter-form__fields{display:flex;flex-wrap:wrap;gap:0 20px}
    @media print{.ov-header__navigation,.ov-skip-link,.ov-footer,.ov-button,.ov-back-link,.ov-breadcrumbs{display:none}\
    .ov-header{background:#fff;color:#000;border:0}.ov-header__service-name{color:#000}\
    .ov-no-print,.ov-header__account,.ov-notification-banner--success{display:none}\
    .ov-report{border:0;padding:0;margin:0;max-width:none}.ov-report .page-break{border:0;break-after:page}\
    .ov-report tr{break-inside:avoid}.ov-report thead{display:table-header-group}}
    """
}
