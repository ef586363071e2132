// Runs first in <body>: tells GOV.UK Frontend's CSS that JavaScript is available (kept external for the CSP).
document.body.className += " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
