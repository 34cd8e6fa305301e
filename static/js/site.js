// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // Move focus to a form's error summary so that screen-reader and keyboard users start there.
  const summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();

  // Tell forms that ask for it which time zone this browser is in.
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  document.querySelectorAll('input[name="browser_time_zone"]').forEach((input) => {
    if (!input.value) input.value = zone || "";
  });
});
