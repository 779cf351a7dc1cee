/* Console behaviour the components do not bring themselves. */
var Console = Console || {};

/**
 * Copies the value of a (read-only) input to the clipboard. The Clipboard API needs a secure
 * context (https or localhost); elsewhere the selected text is copied the older way.
 */
Console.copy = function (inputId, button, copiedLabel) {
  var input = document.getElementById(inputId);
  if (!input) {
    return;
  }
  var done = function () {
    var label = button.querySelector('.ui-button-text');
    if (label) {
      var before = label.textContent;
      label.textContent = copiedLabel;
      setTimeout(function () { label.textContent = before; }, 2000);
    }
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(input.value).then(done);
  } else {
    input.removeAttribute('readonly');
    input.select();
    document.execCommand('copy');
    input.setAttribute('readonly', 'readonly');
    done();
  }
};

/*
 * An ajax request whose session has ended is redirected to the sign-in page and comes back as
 * HTML instead of a Faces partial response: reload, so the browser shows the sign-in page.
 */
$(document).on('pfAjaxComplete', function (event, xhr) {
  var type = xhr && xhr.getResponseHeader ? xhr.getResponseHeader('Content-Type') : null;
  if (type && type.indexOf('text/html') === 0) {
    window.location.reload();
  }
});
