// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // Move focus to a form's error summary so that screen-reader and keyboard users start there.
  const summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
});
