// Signal form: one click on a suggested theme selects it in the theme list (no inline scripts: CSP).
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-theme]");
  if (!button) { return; }
  var select = document.getElementById("id_theme");
  if (select) {
    select.value = button.getAttribute("data-theme");
    button.textContent = button.textContent + " ✓";
    button.setAttribute("aria-pressed", "true");
  }
});
