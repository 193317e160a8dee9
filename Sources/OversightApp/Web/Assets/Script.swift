/// The one script: it only enhances. Pages work the same without it.
/// It moves focus to the error summary when a form comes back with problems, as the GOV.UK
/// pattern does, so that screen-reader users hear what to fix first.
enum Script {
    static let fileName = "oversight-\(fingerprint).js"

    static let fingerprint = contentFingerprint(source)

    static let source = """
    (function () {
      var summary = document.querySelector('[data-module="ov-error-summary"]');
      if (summary) {
        summary.setAttribute('tabindex', '-1');
        summary.focus();
      }
    })();
    """
}
