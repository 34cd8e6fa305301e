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

  // Write an event's time in this browser's time zone too, when it is not the event's.
  const language = document.documentElement.lang || undefined;
  document.querySelectorAll("[data-local-time]").forEach((element) => {
    if (!zone || zone === element.dataset.zone) return;
    const start = new Date(element.dataset.localTime);
    if (Number.isNaN(start.getTime())) return;
    const written = new Intl.DateTimeFormat(language, {
      weekday: "long", day: "numeric", month: "long",
      hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone,
    }).format(start);
    element.textContent = element.dataset.sentence
      .replace("__START__", written).replace("__ZONE__", zone);
    element.hidden = false;
  });
});
