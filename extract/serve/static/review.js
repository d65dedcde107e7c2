// Keyboard shortcuts for the newsfacts review pages (listed on each page and in docs/review.md).
(function () {
  "use strict";
  const rows = Array.from(document.querySelectorAll("tr[data-fact-url]"));
  let current = -1;

  function select(i) {
    if (!rows.length) return;
    current = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach((row, j) => row.classList.toggle("selected", j === current));
    rows[current].focus({ preventScroll: true });
    rows[current].scrollIntoView({ block: "nearest" });
  }

  function follow(nav) {
    const link = document.querySelector(`a[data-nav="${nav}"]`);
    if (link) window.location.href = link.href;
  }

  function press(key) {
    const scope = current >= 0 ? rows[current] : document;
    const button = scope.querySelector(`button[data-key="${key}"]`);
    if (button) button.click();
  }

  function editFirstField() {
    const field = document.querySelector("#verdict-form .fields input, #verdict-form .fields select");
    if (field) { field.focus(); if (field.select) field.select(); }
  }

  function step(delta) {
    if (!rows.length) { follow(delta > 0 ? "next" : "prev"); return; }
    const target = current + delta;
    if (target >= rows.length) follow("next-page");
    else if (target < 0) follow("prev-page");
    else select(target);
  }

  const actions = {
    j: () => step(1), n: () => step(1), k: () => step(-1),
    c: () => press("c"), r: () => press("r"),
    e: () => (current >= 0 ? (window.location.href = rows[current].dataset.factUrl + "#correct") : editFirstField()),
    o: () => current >= 0 && (window.location.href = rows[current].dataset.factUrl),
    Enter: () => current >= 0 && (window.location.href = rows[current].dataset.factUrl),
    a: () => follow("article"), u: () => follow("queue"),
    "[": () => follow("prev-page"), "]": () => follow("next-page"),
    "?": () => document.querySelector(".review-keys")?.toggleAttribute("open"),
    Escape: () => document.querySelector(".review-keys")?.removeAttribute("open"),
  };

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target.matches("input, textarea, select, [contenteditable]")) {
      if (event.key === "Escape") target.blur();
      // Enter in a choice field saves the correction, as it does in a text field
      if (event.key === "Enter" && target.matches("#verdict-form select")) {
        event.preventDefault();
        target.form.querySelector("button.correct").click();
      }
      return;
    }
    if (event.key === "Enter" && target.matches("a, button, summary")) return;
    const action = actions[event.key];
    if (action) { event.preventDefault(); action(); }
  });

  rows.forEach((row, i) => row.addEventListener("click", () => select(i)));
  if (rows.length) select(0);
  if (window.location.hash === "#correct") {
    // drop the hash so the verdict form's POST (and its redirect) does not carry it on
    history.replaceState(null, "", window.location.pathname + window.location.search);
    editFirstField();
  }
})();
