// Standpoint, added to the Fuseki UI: result links to our data IRIs open their pages on this server. The IRIs stay
// what they are (minted under a stable public base); only the href of the link is pointed at /id/ here.
(function () {
  var cfg = window.standpoint || {};
  if (!cfg.base || !cfg.idPath) return;

  function localise(a) {
    var href = a.getAttribute('href');
    if (href && href.indexOf(cfg.base) === 0) {
      a.setAttribute('href', cfg.idPath + href.substring(cfg.base.length));
      a.setAttribute('title', href);
    }
  }

  function scan(node) {
    if (node.nodeType !== 1) return;
    if (node.tagName === 'A') localise(node);
    var links = node.getElementsByTagName('a');
    for (var i = 0; i < links.length; i++) localise(links[i]);
  }

  // Links are rewritten as the results table draws them, so hovering already shows where they lead.
  new MutationObserver(function (mutations) {
    mutations.forEach(function (m) {
      if (m.type === 'attributes') localise(m.target);
      else m.addedNodes.forEach(scan);
    });
  }).observe(document.documentElement, {subtree: true, childList: true, attributes: true, attributeFilter: ['href']});

  // A click that beats the observer (a link drawn and clicked in one frame) is redirected on the way.
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[href]');
    if (a) localise(a);
  }, true);
})();
