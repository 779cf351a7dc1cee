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
