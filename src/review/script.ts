/**
 * The review page's only script, inlined: expand or collapse every source
 * excerpt, and hide diagnostics by severity. The page reads fine without it.
 */
export const REVIEW_JS = `
(function () {
  var all = function (sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); };
  var expand = document.getElementById('expand-all');
  if (expand) expand.addEventListener('click', function () {
    var open = expand.getAttribute('data-open') !== 'true';
    all('details.snippet').forEach(function (d) { d.open = open; });
    expand.setAttribute('data-open', String(open));
    expand.textContent = open ? 'Collapse sources' : 'Expand sources';
  });
  all('input[data-hide]').forEach(function (box) {
    box.addEventListener('change', function () {
      document.body.classList.toggle('hide-' + box.getAttribute('data-hide'), !box.checked);
    });
  });
})();
`;
