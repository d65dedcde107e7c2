// The newsfacts review pages: keyboard shortcuts (listed on each page and in docs/review.md), and
// verdicts, skips and undo without a page reload. Without JavaScript the same forms post as usual.
(function () {
  "use strict";
  let rows = [];
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

  function press(key, everywhere) {
    const scope = current >= 0 && !everywhere ? rows[current] : document;
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

  function say(text, isError) {
    const status = document.getElementById("review-message");
    if (!status) return;
    status.textContent = text || "";
    status.classList.toggle("message-error", Boolean(isError));
  }

  // Set up the page's content (again, after a fetched page replaced it).
  function start() {
    rows = Array.from(document.querySelectorAll("tr[data-fact-url]"));
    current = -1;
    if (rows.length) select(0);
    if (window.location.hash === "#correct") {
      // drop the hash so the verdict form's POST (and its redirect) does not carry it on
      history.replaceState(null, "", window.location.pathname + window.location.search);
      editFirstField();
    }
  }

  // Show the page at ``url`` in place of this one (the next fact, the queue), as if followed.
  async function show(url, message) {
    try {
      const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } });
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const content = page.querySelector("section.content");
      if (!response.ok || !content) throw new Error(`HTTP ${response.status}`);
      document.querySelector("section.content").replaceWith(content);
      document.title = page.title;
      document.body.className = page.body.className;
      history.pushState(null, "", response.url);
      window.scrollTo(0, 0);
      start();
      say(message);
    } catch (err) {
      window.location.href = url;
    }
  }

  // A verdict from the queue: the row goes, the next one is selected.
  function dropRow(form, answer) {
    const row = form.closest("tr[data-fact-url]");
    const index = rows.indexOf(row);
    row.remove();
    rows = rows.filter((r) => r !== row);
    if (!rows.length) { show(answer.next_url, answer.message); return; }
    if (answer.skipped) show(answer.next_url, answer.message);  // skipped facts move to the queue's end
    else { select(Math.min(index, rows.length - 1)); say(answer.message); }
  }

  // Why a verdict was not recorded: in the verdict form (as the server's page says it), else on top.
  function refused(form, error) {
    if (!form.matches("#verdict-form")) { say(error, true); return; }
    let message = document.getElementById("verdict-error");
    if (!message) {
      message = Object.assign(document.createElement("p"), { id: "verdict-error", className: "message-error" });
      message.setAttribute("role", "alert");
      form.prepend(message);
    }
    message.textContent = error;
  }

  function postPlainly(form, submitter) {
    if (submitter && submitter.name) {
      const field = Object.assign(document.createElement("input"),
        { type: "hidden", name: submitter.name, value: submitter.value });
      form.appendChild(field);
    }
    HTMLFormElement.prototype.submit.call(form);
  }

  async function submitted(event) {
    const form = event.target;
    if (!form.matches("#verdict-form, .inline-verdict, .undo-form") || !window.fetch) return;
    event.preventDefault();
    const body = new URLSearchParams(new FormData(form));
    if (event.submitter && event.submitter.name) body.append(event.submitter.name, event.submitter.value);
    let answer;
    try {
      const response = await fetch(form.action, {
        method: "POST", body, credentials: "same-origin", headers: { Accept: "application/json" },
      });
      answer = await response.json();
    } catch (err) {  // not JSON (signed out, a proxy's page ...): post the form as without script
      postPlainly(form, event.submitter);
      return;
    }
    if (!answer.ok) { refused(form, answer.error); return; }
    if (form.matches(".undo-form")) show(answer.fact_url, answer.message);
    else if (form.matches(".inline-verdict")) dropRow(form, answer);
    else show(answer.next_url, answer.message);
  }

  const actions = {
    j: () => step(1), n: () => step(1), k: () => step(-1),
    c: () => press("c"), r: () => press("r"), s: () => press("s"), u: () => press("u", true),
    e: () => (current >= 0 ? (window.location.href = rows[current].dataset.factUrl + "#correct") : editFirstField()),
    o: () => current >= 0 && (window.location.href = rows[current].dataset.factUrl),
    Enter: () => current >= 0 && (window.location.href = rows[current].dataset.factUrl),
    a: () => follow("article"), q: () => follow("queue"),
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

  document.addEventListener("click", (event) => {
    const row = event.target.closest("tr[data-fact-url]");
    if (row && rows.includes(row)) select(rows.indexOf(row));
  });
  document.addEventListener("submit", submitted);
  window.addEventListener("popstate", () => window.location.reload());
  start();
})();
