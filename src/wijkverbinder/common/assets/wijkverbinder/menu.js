// The compact main menu on a phone (no inline scripts: CSP). Without this script the menu stays
// fully shown; with it, a narrow screen shows a "Menu" button that opens and closes the navigation
// and the user's log-out (aria-expanded tells screen readers the state; Escape closes it and puts
// the focus back on the button). On a wide screen the button is hidden by the stylesheet.
(function () {
  var header = document.querySelector("[data-menu]");
  var button = header && header.querySelector("[data-menu-button]");
  if (!button) { return; }
  header.classList.add("wv-menu--js");
  function set(open) {
    header.classList.toggle("wv-menu--open", open);
    button.setAttribute("aria-expanded", open ? "true" : "false");
  }
  button.addEventListener("click", function () {
    set(button.getAttribute("aria-expanded") !== "true");
  });
  header.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
      set(false);
      button.focus();
    }
  });
})();
