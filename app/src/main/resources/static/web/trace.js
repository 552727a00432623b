// The trace page's graph: cytoscape.js draws the elements the page carries in #trace-data (control,
// requirements, the steps between them). Colour is the jurisdiction, a dashed line a partial
// fulfilment. Selecting a node (click, or the table's ◎ button) shows its text and marks its row.
(function () {
  'use strict';
  var data = document.getElementById('trace-data');
  var box = document.getElementById('trace-graph');
  if (!data || !box || typeof cytoscape !== 'function') {
    return;
  }
  var elements = JSON.parse(data.textContent);
  var detail = document.getElementById('node-detail');
  var cy = cytoscape({
    container: box,
    elements: { nodes: elements.nodes, edges: elements.edges },
    wheelSensitivity: 0.2,
    style: [
      { selector: 'node', style: {
          'background-color': 'data(colour)', 'label': 'data(label)', 'color': '#1a1a1a',
          'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 110, 'text-valign': 'bottom',
          'text-margin-y': 3, 'width': 18, 'height': 18, 'border-width': 2, 'border-color': '#1a1a1a' } },
      { selector: 'node[kind = "control"]', style: { 'shape': 'round-rectangle', 'width': 28, 'height': 28, 'font-weight': 'bold' } },
      { selector: 'node[fulfilment = "PARTIAL"]', style: { 'border-style': 'dashed', 'border-width': 3 } },
      { selector: 'edge', style: {
          'width': 2, 'line-color': '#555', 'target-arrow-color': '#555', 'target-arrow-shape': 'triangle',
          'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 8, 'color': '#333',
          'text-background-color': '#fff', 'text-background-opacity': 1, 'text-rotation': 'autorotate' } },
      { selector: 'edge[fulfilment = "PARTIAL"]', style: { 'line-style': 'dashed' } },
      { selector: ':selected', style: { 'border-color': '#b35c00', 'border-width': 4, 'line-color': '#b35c00' } }
    ],
    // Rings by distance: the control in the middle, what it satisfies around it, then each hop out.
    layout: {
      name: 'concentric', padding: 10, minNodeSpacing: 18, levelWidth: function () { return 1; },
      concentric: function (n) { return n.data('kind') === 'control' ? 10 : 9 - (n.data('hops') || 0); }
    }
  });

  function show(node) {
    var d = node.data();
    detail.replaceChildren();
    var title = document.createElement('p');
    var strong = document.createElement('strong');
    strong.textContent = d.label;
    title.appendChild(strong);
    if (d.title && d.title !== d.label) {
      title.appendChild(document.createTextNode(' ' + d.title));
    }
    detail.appendChild(title);
    if (d.jurisdiction) {
      var where = document.createElement('p');
      where.textContent = d.jurisdiction + (d.fulfilment ? ' · ' + d.fulfilment : '');
      detail.appendChild(where);
    }
    if (d.text) {
      var text = document.createElement('p');
      text.className = 'text';
      text.textContent = d.text;
      detail.appendChild(text);
    }
    if (d.href) {
      var link = document.createElement('a');
      link.href = d.href;
      link.textContent = detail.getAttribute('data-open-label');
      detail.appendChild(link);
    }
    document.querySelectorAll('#trace-table tr.selected').forEach(function (tr) { tr.classList.remove('selected'); });
    document.querySelectorAll('#trace-table tr[data-node]').forEach(function (tr) {
      if (tr.getAttribute('data-node') === d.id) { tr.classList.add('selected'); }
    });
  }

  cy.on('tap', 'node', function (e) { cy.elements().unselect(); e.target.select(); show(e.target); });
  document.querySelectorAll('button.select-node').forEach(function (button) {
    button.addEventListener('click', function () {
      var node = cy.getElementById(button.getAttribute('data-node'));
      if (node.nonempty()) {
        cy.elements().unselect();
        node.select();
        cy.animate({ center: { eles: node } }, { duration: 200 });
        show(node);
      }
    });
  });
  // For tests and for anyone scripting the page: the drawn graph and how much of it there is.
  window.regintelTrace = cy;
  box.setAttribute('data-nodes', String(cy.nodes().length));
  box.setAttribute('data-edges', String(cy.edges().length));
  box.setAttribute('data-ready', 'true');
}());
