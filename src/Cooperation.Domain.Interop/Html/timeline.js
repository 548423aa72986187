// The timeline page's script (Cooperation.Domain.Interop). It reads the catalog from the page's JSON block and puts
// every catalog text into the document with textContent, never as markup. It makes no network request.
(function () {
  'use strict';
  var started = performance.now();
  var DAY_MS = 86400000;
  var UI = {
    en: {
      title: 'Cooperation timeline', skip: 'Skip to the timeline', controls: 'Controls', language: 'Language', lanes: 'Lanes',
      byMechanism: 'By mechanism', byCountry: 'By country', byPerson: 'By person', country: 'Country', kind: 'Kind',
      topic: 'Topic', view: 'View', timelineView: 'Timeline', tableView: 'Table', timeline: 'Timeline',
      help: 'Tab or the arrow keys move between meetings; Enter or Space shows one. On the timeline: + and − zoom, the arrow keys pan, Home and End go to the first and the last event.',
      zoomIn: 'Zoom in', zoomOut: 'Zoom out', panBack: 'Earlier', panOn: 'Later', all: 'All', empty: 'No event matches the filters.',
      tableTitle: 'Events as a table', legend: 'Legend', details: 'Details', noSelection: 'Select a meeting to see its delegations and sources.',
      noMechanism: 'Without mechanism', noCountry: 'Without country', noPerson: 'Without a named person',
      shown: '{0} of {1} events shown', asOf: 'as of {0}', range: 'Showing {0} to {1}',
      footer: 'Made with Cooperation.Domain from its catalog. This page makes no network request and collects nothing.',
      date: 'Date', precision: 'Precision', status: 'Status', mechanism: 'Mechanism', countries: 'Countries', venue: 'Venue',
      purpose: 'Purpose', delegations: 'Delegations', outcomes: 'Outcomes', sources: 'Sources', event: 'Event',
      year: 'known to the year', month: 'known to the month', day: 'known to the day', approximate: 'approximate date',
      approxLegend: 'Approximate or uncertain date (dashed, striped, ≈)', term: 'Presidency term', presidency: 'Presidency: {0}',
      expectedTitle: 'Next meeting expected: {0}', caption: 'Every event of the timeline, in date order, with the same filters.',
      lane: 'Lane', show: 'Show details', noQuote: 'Cited without a quote.',
      rows: 'Rows {0}–{1} of {2}', pages: 'Table pages', page: 'Page {0} of {1}', first: 'First', previous: 'Previous',
      next: 'Next', last: 'Last'
    },
    es: {
      title: 'Línea de tiempo de la cooperación', skip: 'Saltar a la línea de tiempo', controls: 'Controles', language: 'Idioma', lanes: 'Carriles',
      byMechanism: 'Por mecanismo', byCountry: 'Por país', byPerson: 'Por persona', country: 'País', kind: 'Tipo',
      topic: 'Tema', view: 'Vista', timelineView: 'Línea de tiempo', tableView: 'Tabla', timeline: 'Línea de tiempo',
      help: 'Tab o las flechas pasan de una reunión a otra; Intro o Espacio la muestran. En la línea de tiempo: + y − acercan y alejan, las flechas desplazan, Inicio y Fin van al primer y al último evento.',
      zoomIn: 'Acercar', zoomOut: 'Alejar', panBack: 'Antes', panOn: 'Después', all: 'Todo', empty: 'Ningún evento cumple los filtros.',
      tableTitle: 'Eventos en una tabla', legend: 'Leyenda', details: 'Detalles', noSelection: 'Seleccione una reunión para ver sus delegaciones y fuentes.',
      noMechanism: 'Sin mecanismo', noCountry: 'Sin país', noPerson: 'Sin persona nombrada',
      shown: 'Se muestran {0} de {1} eventos', asOf: 'al {0}', range: 'De {0} a {1}',
      footer: 'Hecho con Cooperation.Domain a partir de su catálogo. Esta página no hace ninguna petición de red ni recoge datos.',
      date: 'Fecha', precision: 'Precisión', status: 'Estado', mechanism: 'Mecanismo', countries: 'Países', venue: 'Sede',
      purpose: 'Propósito', delegations: 'Delegaciones', outcomes: 'Resultados', sources: 'Fuentes', event: 'Evento',
      year: 'se conoce el año', month: 'se conoce el mes', day: 'se conoce el día', approximate: 'fecha aproximada',
      approxLegend: 'Fecha aproximada o incierta (discontinua, rayada, ≈)', term: 'Periodo de presidencia', presidency: 'Presidencia: {0}',
      expectedTitle: 'Próxima reunión esperada: {0}', caption: 'Todos los eventos de la línea de tiempo, por fecha, con los mismos filtros.',
      lane: 'Carril', show: 'Ver detalles', noQuote: 'Citada sin cita textual.',
      rows: 'Filas {0}–{1} de {2}', pages: 'Páginas de la tabla', page: 'Página {0} de {1}', first: 'Primera', previous: 'Anterior',
      next: 'Siguiente', last: 'Última'
    }
  };
  var MONTHS = {
    en: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
    es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic']
  };
  var MARKERS = { held: '●', planned: '○', postponed: '◐', cancelled: '×', expected: '◇' };
  var STATUS_ORDER = ['held', 'planned', 'postponed', 'cancelled', 'expected'];

  function $(id) { return document.getElementById(id); }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }
  function format(template) {
    var args = arguments;
    return template.replace(/\{(\d)\}/g, function (_, i) { return String(args[Number(i) + 1]); });
  }
  // Days since 1970-01-01 of an ISO date (yyyy-mm-dd), by the civil-calendar arithmetic, without a Date a call.
  function toDay(iso) {
    var y = +iso.slice(0, 4), m = +iso.slice(5, 7), d = +iso.slice(8, 10);
    y -= m <= 2 ? 1 : 0;
    var era = Math.floor(y / 400);
    var yoe = y - era * 400;
    var doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
  }
  function dayText(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  // The catalog's data: events are arrays whose repeated values (codes, titles, lists) are indexes into tables.
  var data = JSON.parse($('catalog-data').textContent);
  function pair(p) {
    var text = {};
    if (typeof p[0] === 'string') { text.es = p[0]; }
    if (typeof p[1] === 'string') { text.en = p[1]; }
    return text;
  }
  var texts = data.texts.map(pair);
  var lists = data.lists.map(function (l) { return l.map(function (i) { return data.strings[i]; }); });
  var peopleLists = {};
  function peopleOf(i) {
    if (!peopleLists[i]) {
      var flat = lists[i];
      var people = [];
      for (var k = 0; k + 1 < flat.length; k += 2) { people.push([flat[k], flat[k + 1]]); }
      peopleLists[i] = people;
    }
    return peopleLists[i];
  }
  var mechanisms = {};
  data.mechanisms.forEach(function (m, i) { m.order = i; m.name = texts[m.name]; mechanisms[m.id] = m; });
  var events = data.events.map(function (a, i) {
    return {
      index: i, id: a[0], mech: a[1] >= 0 ? data.strings[a[1]] : null, title: texts[a[2]],
      status: data.strings[a[3]], kind: data.strings[a[4]], d: a[7], p: data.strings[a[8]], approx: a[9] === 1,
      countries: lists[a[10]], topics: lists[a[11]], people: peopleOf(a[12]), from: a[5], to: a[6] + 1, visible: true
    };
  });

  // The meetings' details: a line per meeting, in the order of the events, then the table of the values they index.
  // The block is split into lines on the first selection, and a meeting's line parsed when it is selected.
  var detailLines = null;
  var detailTable = null;
  var detailCache = {};
  function detailsOf(e) {
    if (!detailLines) {
      detailLines = $('catalog-details').textContent.split('\n');
      detailTable = JSON.parse(detailLines[detailLines.length - 1]).map(function (v) { return typeof v === 'string' ? v : pair(v); });
    }
    if (e.index >= detailLines.length - 1) { return {}; }
    if (!detailCache[e.index]) {
      var a = JSON.parse(detailLines[e.index]);
      var value = function (i) { return i >= 0 ? detailTable[i] : null; };
      detailCache[e.index] = {
        venue: value(a[0]), purpose: value(a[1]),
        dels: a[2].map(function (d) {
          return { party: value(d[0]), parts: d[1].map(function (p) { return { name: value(p[0]), role: value(p[1]), pos: value(p[2]), inst: value(p[3]) }; }) };
        }),
        outcomes: a[3].map(value),
        quotes: a[4].map(function (q) { return { src: value(q[0]), title: value(q[1]), q: value(q[2]) }; })
      };
    }
    return detailCache[e.index];
  }
  var full = events.reduce(function (r, e) { return [Math.min(r[0], e.from), Math.max(r[1], e.to)]; }, [Infinity, -Infinity]);
  data.mechanisms.forEach(function (m) {
    m.terms.forEach(function (t) { t.from = toDay(t.s); t.to = toDay(t.e) + 1; full = [Math.min(full[0], t.from), Math.max(full[1], t.to)]; });
  });
  if (!isFinite(full[0])) { full = [toDay(data.asOf) - 365, toDay(data.asOf) + 1]; }
  var pad = Math.max(15, (full[1] - full[0]) * 0.02);
  full = [full[0] - pad, full[1] + pad];

  // Up to this many events matching the filters, every one is drawn (and Tab reaches each); above it, only those in
  // the visible window: the time range shown, and the rows of the lanes within a screen of the viewport.
  var DRAW_ALL = 400;
  // The table shows this many rows a page.
  var PAGE = 100;
  var state = { lang: data.lang === 'es' ? 'es' : 'en', lanes: 'mechanism', country: '', kind: '', topic: '', view: 'timeline', sel: '' };
  var view = { from: full[0], to: full[1] };
  var lanes = [];
  var shownCount = 0;
  var tablePage = 0;
  var sorted = events.slice().sort(function (a, b) { return a.from - b.from || a.index - b.index; });

  function t(key) { return UI[state.lang][key]; }
  // Names in alphabetical order without Intl.Collator, whose first use costs tens of milliseconds at the open: by a
  // key without case or accents (in Spanish, ñ after n), then as written, so the order is the same everywhere.
  function sortKey(text) {
    var key = text.toLowerCase();
    if (state.lang === 'es') { key = key.replace(/ñ/g, 'n\uffff'); }
    return key.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  function byName(names) {
    var keys = new Map();
    names.forEach(function (name) { if (!keys.has(name)) { keys.set(name, sortKey(name)); } });
    return function (a, b) {
      var ka = keys.get(a), kb = keys.get(b);
      return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
    };
  }

  // A catalog text in the reader's language, or in the other one, with the language it is in.
  function pick(text) {
    if (!text) { return null; }
    var other = state.lang === 'es' ? 'en' : 'es';
    if (typeof text[state.lang] === 'string') { return { text: text[state.lang], lang: state.lang }; }
    if (typeof text[other] === 'string') { return { text: text[other], lang: other }; }
    return null;
  }
  function put(node, text) {
    var chosen = pick(text);
    node.textContent = chosen ? chosen.text : '';
    if (chosen && chosen.lang !== state.lang) { node.lang = chosen.lang; } else { node.removeAttribute('lang'); }
    return node;
  }
  function plain(text) { var chosen = pick(text); return chosen ? chosen.text : ''; }
  function label(group, code) { var labels = data.labels[group] || {}; return plain(labels[code]) || code; }

  // A partial date as the catalog knows it: "2013", "jun 2013", "5 jun 2013"; a range joins two with a dash.
  function partialText(text) {
    return text.split('/').map(function (part) {
      if (part === '..') { return '…'; }
      var p = part.split('-');
      if (p.length === 1) { return p[0]; }
      var month = MONTHS[state.lang][Number(p[1]) - 1];
      return p.length === 2 ? month + ' ' + p[0] : Number(p[2]) + ' ' + month + ' ' + p[0];
    }).join(' – ');
  }
  function eventTitle(e) {
    if (e.status === 'expected') { return format(t('expectedTitle'), plain(e.title)); }
    return plain(e.title);
  }
  // What the drawing shows by its style, in words for a screen reader: the precision, approximation and status.
  function spokenDetails(e) {
    var parts = [];
    if (e.p !== 'day') { parts.push(t(e.p)); }
    if (e.approx) { parts.push(t('approximate')); }
    parts.push(label('status', e.status));
    return ', ' + parts.join(', ');
  }

  // --- The URL keeps the lanes, filters, view, language and selection (in the hash, so the file needs no server).
  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    state.lang = params.get('lang') === 'es' ? 'es' : params.get('lang') === 'en' ? 'en' : state.lang;
    state.lanes = ['mechanism', 'country', 'person'].indexOf(params.get('lanes')) >= 0 ? params.get('lanes') : 'mechanism';
    state.view = params.get('view') === 'table' ? 'table' : 'timeline';
    state.country = params.get('country') || '';
    state.kind = params.get('kind') || '';
    state.topic = params.get('topic') || '';
    state.sel = params.get('sel') || '';
  }
  function writeHash() {
    var params = new URLSearchParams();
    if (state.lang !== data.lang) { params.set('lang', state.lang); }
    if (state.lanes !== 'mechanism') { params.set('lanes', state.lanes); }
    if (state.view !== 'timeline') { params.set('view', state.view); }
    ['country', 'kind', 'topic', 'sel'].forEach(function (key) { if (state[key]) { params.set(key, state[key]); } });
    var hash = params.toString();
    if (hash !== location.hash.replace(/^#/, '')) { location.replace('#' + hash); }
  }

  // --- Labels of the page in the reader's language.
  function relabel() {
    document.documentElement.lang = state.lang;
    document.title = t('title');
    Array.prototype.forEach.call(document.querySelectorAll('[data-l]'), function (node) { node.textContent = t(node.getAttribute('data-l')); });
    Array.prototype.forEach.call(document.querySelectorAll('[data-la]'), function (node) { node.setAttribute('aria-label', t(node.getAttribute('data-la'))); });
    $('lang').value = state.lang;
    $('footer').textContent = t('footer') + ' ' + format(t('asOf'), data.asOf);
    fillSelect($('f-country'), 'country', filterCodes.country);
    fillSelect($('f-kind'), 'kind', filterCodes.kind);
    fillSelect($('f-topic'), 'topic', filterCodes.topic);
  }
  // The codes the filters offer, gathered once: the lists are shared between events, so each is read once.
  var filterCodes = (function () {
    var seen = { country: {}, kind: {}, topic: {} };
    var listsSeen = new Set();
    function add(group, values) {
      if (listsSeen.has(values)) { return; }
      listsSeen.add(values);
      values.forEach(function (v) { seen[group][v] = true; });
    }
    events.forEach(function (e) { add('country', e.countries); add('topic', e.topics); seen.kind[e.kind] = true; });
    return { country: Object.keys(seen.country), kind: Object.keys(seen.kind), topic: Object.keys(seen.topic) };
  })();
  function fillSelect(select, group, codes) {
    if (codes.indexOf(state[group]) < 0) { state[group] = ''; }
    var labels = {};
    codes.forEach(function (code) { labels[code] = label(group, code); });
    var compare = byName(codes.map(function (code) { return labels[code]; }));
    codes.sort(function (a, b) { return compare(labels[a], labels[b]); });
    select.textContent = '';
    var all = el('option', null, t('all'));
    all.value = '';
    select.appendChild(all);
    codes.forEach(function (code) {
      var option = el('option', null, label(group, code));
      option.value = code;
      select.appendChild(option);
    });
    select.value = state[group];
  }

  // --- Lanes: by mechanism (with presidency terms), by country or by person; an event is in every lane it concerns.
  // A lane is a heading and a body of known height; its events are drawn by draw(), only those in the window.
  function buildLanes() {
    var byKey = {};
    var order = [];
    function lane(key, title, sortKey) {
      if (!byKey[key]) { byKey[key] = { key: key, title: title, sort: sortKey, events: [], terms: [] }; order.push(byKey[key]); }
      return byKey[key];
    }
    if (state.lanes === 'mechanism') {
      data.mechanisms.forEach(function (m) { if (m.terms.length) { lane('m:' + m.id, m.name, m.order).terms = m.terms; } });
      events.forEach(function (e) {
        var m = e.mech && mechanisms[e.mech];
        if (m) { lane('m:' + m.id, m.name, m.order).events.push(e); } else { lane('none', null, Infinity).events.push(e); }
      });
    } else if (state.lanes === 'country') {
      events.forEach(function (e) {
        e.countries.forEach(function (c) { lane('c:' + c, data.labels.country[c], label('country', c)).events.push(e); });
        if (!e.countries.length) { lane('none', null, '\uffff').events.push(e); }
      });
    } else {
      events.forEach(function (e) {
        e.people.forEach(function (p) { lane('p:' + p[0], { es: p[1] }, p[1]).events.push(e); });
        if (!e.people.length) { lane('none', null, '\uffff').events.push(e); }
      });
    }
    var compare = byName(order.filter(function (ln) { return typeof ln.sort === 'string'; }).map(function (ln) { return ln.sort; }));
    order.sort(function (a, b) {
      return typeof a.sort === 'number' || typeof b.sort === 'number'
        ? (a.sort === b.sort ? 0 : a.sort < b.sort ? -1 : 1)
        : compare(a.sort, b.sort);
    });
    lanes = order;

    var box = $('lane-box');
    box.textContent = '';
    var fragment = document.createDocumentFragment();
    lanes.forEach(function (ln, laneIndex) {
      ln.index = laneIndex;
      ln.events.sort(function (a, b) { return a.from - b.from || a.to - b.to || a.index - b.index; });
      var row = el('div', 'lane');
      row.setAttribute('role', 'group');
      var head = el('div', 'lane-head');
      var heading = el('h3');
      heading.id = 'lane-' + laneIndex;
      if (ln.title) {
        put(heading, ln.title);
        if (state.lanes === 'person') { heading.removeAttribute('lang'); }
      } else {
        heading.textContent = t(state.lanes === 'mechanism' ? 'noMechanism' : state.lanes === 'country' ? 'noCountry' : 'noPerson');
      }
      row.setAttribute('aria-labelledby', heading.id);
      head.appendChild(heading);
      var body = el('div', 'lane-body');
      ln.termEls = ln.terms.map(function (term) {
        var bar = el('div', 'term');
        bar.textContent = format(t('presidency'), plain(term.holder)) + ' (' + partialText(term.d) + ')';
        bar.termFrom = term.from;
        bar.termTo = term.to;
        body.appendChild(bar);
        return bar;
      });
      ln.row = row;
      ln.body = body;
      ln.drawn = {};
      row.appendChild(head);
      row.appendChild(body);
      fragment.appendChild(row);
    });
    box.appendChild(fragment);
  }

  // The events of each lane that match the filters, in date order, each on the row that came free first if one is free
  // at its start, else on a new row (rows kept in a heap by their end: n log n), so none hides another and no more
  // rows are used than events overlap; the lane's height follows. A lane with nothing to show is hidden.
  function arrangeLanes() {
    shownCount = 0;
    events.forEach(function (e) { e.visible = matches(e); if (e.visible) { shownCount++; } });
    lanes.forEach(function (ln) {
      ln.list = [];
      ln.at = {};
      var heap = [];
      var rows = 0;
      ln.events.forEach(function (e) {
        if (!e.visible) { return; }
        var r;
        if (heap.length && heap[0][0] <= e.from) { r = heap[0][1]; heapPop(heap); } else { r = rows++; }
        heapPush(heap, [e.to, r]);
        ln.at[e.index] = ln.list.length;
        ln.list.push({ e: e, row: r });
      });
      ln.termEls.forEach(function (bar) { bar.style.top = (0.2 + rows * 1.8) + 'rem'; });
      var height = 0.4 + (rows + (ln.terms.length ? 1 : 0)) * 1.8;
      ln.body.style.height = height + 'rem';
      ln.row.style.containIntrinsicBlockSize = 'auto ' + height + 'rem';
      ln.row.hidden = !ln.list.length && !(ln.terms.length && !state.country && !state.kind && !state.topic);
    });
  }
  function heapPush(heap, item) {
    heap.push(item);
    for (var i = heap.length - 1; i > 0;) {
      var parent = (i - 1) >> 1;
      if (less(heap[parent], heap[i])) { break; }
      var swap = heap[parent]; heap[parent] = heap[i]; heap[i] = swap; i = parent;
    }
  }
  function heapPop(heap) {
    var last = heap.pop();
    if (!heap.length) { return; }
    heap[0] = last;
    for (var i = 0; ;) {
      var l = 2 * i + 1, r = l + 1, m = i;
      if (l < heap.length && less(heap[l], heap[m])) { m = l; }
      if (r < heap.length && less(heap[r], heap[m])) { m = r; }
      if (m === i) { break; }
      var swap = heap[m]; heap[m] = heap[i]; heap[i] = swap; i = m;
    }
  }
  // The row that ends first, and of two that end together the upper one, so the same data gives the same drawing.
  function less(a, b) { return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]); }

  function eventButton(e, laneIndex) {
    var button = el('button', 'event');
    button.type = 'button';
    button.setAttribute('data-id', e.id);
    button.setAttribute('data-status', e.status);
    button.setAttribute('data-lane', String(laneIndex));
    if (e.approx) { button.setAttribute('data-approx', ''); }
    button.setAttribute('aria-pressed', e.id === state.sel ? 'true' : 'false');
    var marker = el('span', 'marker', (e.approx ? '≈' : '') + (MARKERS[e.status] || '■'));
    marker.setAttribute('aria-hidden', 'true');
    button.appendChild(marker);
    button.appendChild(document.createTextNode(partialText(e.d) + ' · ' + eventTitle(e)));
    button.appendChild(el('span', 'visually-hidden', spokenDetails(e)));
    return button;
  }

  // --- Drawing: the events in the window, placed in per cent of the visible time range. All of them while they are
  // few; else those that overlap the range on the rows within a screen of the viewport, plus the one being focused.
  var remPx = 16;
  var pinned = null;
  var drawPending = false;
  function draw() {
    drawPending = false;
    var span = view.to - view.from;
    var all = shownCount <= DRAW_ALL;
    var focused = document.activeElement && document.activeElement.classList && document.activeElement.classList.contains('event') ? document.activeElement : null;
    var top = -window.innerHeight;
    var bottom = 2 * window.innerHeight;
    // Read every lane's place first, then write: one layout, not one a lane.
    var places = lanes.map(function (ln) { return ln.row.hidden ? null : ln.row.getBoundingClientRect().top; });
    var count = 0;
    lanes.forEach(function (ln, laneIndex) {
      if (places[laneIndex] === null) { ln.body.querySelectorAll('.event').forEach(function (b) { b.remove(); }); ln.drawn = {}; return; }
      var first = all ? 0 : Math.floor((top - places[laneIndex]) / (1.8 * remPx)) - 1;
      var last = all ? Infinity : Math.ceil((bottom - places[laneIndex]) / (1.8 * remPx)) + 1;
      var wanted = [];
      ln.list.forEach(function (item) {
        var e = item.e;
        var inWindow = all || (item.row >= first && item.row <= last && e.to > view.from && e.from < view.to);
        var keep = inWindow || (pinned && pinned.lane === laneIndex && pinned.index === e.index)
          || (focused && ln.drawn[e.index] === focused);
        if (keep) { wanted.push(item); }
      });
      var drawn = {};
      var nodes = wanted.map(function (item) {
        var button = ln.drawn[item.e.index] || eventButton(item.e, laneIndex);
        button.style.top = (0.2 + item.row * 1.8) + 'rem';
        button.style.left = ((item.e.from - view.from) / span * 100) + '%';
        button.style.width = ((item.e.to - item.e.from) / span * 100) + '%';
        drawn[item.e.index] = button;
        return button;
      });
      var same = nodes.length === Object.keys(ln.drawn).length && nodes.every(function (b, i) { return ln.drawn[wanted[i].e.index] === b; });
      if (!same) { ln.body.replaceChildren.apply(ln.body, ln.termEls.concat(nodes)); }
      ln.drawn = drawn;
      ln.termEls.forEach(function (bar) {
        bar.style.left = ((bar.termFrom - view.from) / span * 100) + '%';
        bar.style.width = ((bar.termTo - bar.termFrom) / span * 100) + '%';
      });
      count += nodes.length;
    });
    if (focused && !focused.isConnected) { focused = null; }
    if (focused && document.activeElement !== focused) { focused.focus({ preventScroll: true }); }
    drawAxis(span);
    var range = $('range');
    range.textContent = format(t('range'), dayText(Math.round(view.from)), dayText(Math.round(view.to)));
    range.setAttribute('data-from', String(view.from));
    range.setAttribute('data-to', String(view.to));
    $('timeline').setAttribute('data-drawn', String(count));
  }
  function scheduleDraw() {
    if (!drawPending && shownCount > DRAW_ALL) { drawPending = true; requestAnimationFrame(draw); }
  }
  function drawAxis(span) {
    var axis = $('axis');
    axis.textContent = '';
    var first = new Date(view.from * DAY_MS);
    var years = span / 365.25;
    var stepMonths = years > 60 ? 120 : years > 30 ? 60 : years > 12 ? 24 : years > 5 ? 12 : years > 2 ? 6 : years > 0.8 ? 3 : 1;
    var y = first.getUTCFullYear();
    var m = first.getUTCMonth() - (first.getUTCMonth() % Math.min(stepMonths, 12));
    if (stepMonths > 12) { y -= y % (stepMonths / 12); m = 0; }
    for (var i = 0; i < 200; i++) {
      var day = Date.UTC(y, m, 1) / DAY_MS;
      if (day > view.to) { break; }
      if (day >= view.from) {
        var tick = el('div', 'tick', stepMonths >= 12 ? String(y) : MONTHS[state.lang][m] + ' ' + y);
        tick.style.left = ((day - view.from) / span * 100) + '%';
        axis.appendChild(tick);
      }
      m += stepMonths;
      y += Math.floor(m / 12);
      m %= 12;
    }
  }
  function setView(from, to) {
    var minSpan = 14;
    var maxSpan = (full[1] - full[0]) * 1.5;
    var span = Math.min(Math.max(to - from, minSpan), maxSpan);
    var center = (from + to) / 2;
    view.from = center - span / 2;
    view.to = center + span / 2;
    draw();
  }
  function zoom(factor, at) {
    var anchor = at === undefined ? (view.from + view.to) / 2 : at;
    setView(anchor - (anchor - view.from) * factor, anchor + (view.to - anchor) * factor);
  }
  function pan(fraction) {
    var shift = (view.to - view.from) * fraction;
    setView(view.from + shift, view.to + shift);
  }
  function goTo(day, atEnd) {
    var span = view.to - view.from;
    if (atEnd) { setView(day - span, day); } else { setView(day, day + span); }
  }

  // --- Filters: country, kind and topic; a lane with nothing to show is hidden.
  var eventsById = new Map();
  events.forEach(function (e) { if (!eventsById.has(e.id)) { eventsById.set(e.id, e); } });
  function matches(e) {
    return (!state.country || e.countries.indexOf(state.country) >= 0)
      && (!state.kind || e.kind === state.kind)
      && (!state.topic || e.topics.indexOf(state.topic) >= 0);
  }
  function applyFilters() {
    arrangeLanes();
    draw();
    $('empty').hidden = shownCount > 0;
    $('summary').textContent = format(t('shown'), number(shownCount), number(events.length)) + ', ' + format(t('asOf'), data.asOf);
    tablePage = 0;
    if (state.view === 'table') { buildTable(); }
  }

  // --- Keyboard: on an event, the arrows move between events (left/right in its lane, up/down to the next lane),
  // Home/End to the lane's first and last; on the timeline itself, + and − zoom, the arrows pan, Home/End go to the ends.
  // The moves follow the lanes' data, not the buttons drawn, so every event is reached, drawn or not yet.
  function firstShownLane(fromLane, step) {
    for (var l = fromLane; l >= 0 && l < lanes.length; l += step) {
      if (!lanes[l].row.hidden && lanes[l].list.length) { return lanes[l]; }
    }
    return null;
  }
  function focusEvent(ln, e) {
    if (!ln || !e) { return; }
    if (e.to < view.from || e.from > view.to) {
      var span = view.to - view.from;
      view.from = (e.from + e.to) / 2 - span / 2;
      view.to = view.from + span;
    }
    pinned = { lane: ln.index, index: e.index };
    draw();
    var button = ln.drawn[e.index];
    pinned = null;
    if (button) { button.focus(); }
  }
  function onEventKey(event, button) {
    var ln = lanes[Number(button.getAttribute('data-lane'))];
    var e = eventsById.get(button.getAttribute('data-id'));
    var at = ln.at[e.index];
    var item = null;
    var target = ln;
    switch (event.key) {
      case 'ArrowRight': item = ln.list[at + 1]; break;
      case 'ArrowLeft': item = ln.list[at - 1]; break;
      case 'Home': item = ln.list[0]; break;
      case 'End': item = ln.list[ln.list.length - 1]; break;
      case 'ArrowDown':
      case 'ArrowUp':
        var step = event.key === 'ArrowDown' ? 1 : -1;
        target = firstShownLane(ln.index + step, step);
        if (target) {
          item = target.list.reduce(function (best, c) { return Math.abs(c.e.from - e.from) < Math.abs(best.e.from - e.from) ? c : best; });
        }
        break;
      default: return false;
    }
    event.preventDefault();
    if (item) { focusEvent(target, item.e); }
    return true;
  }
  function onTimelineKey(event) {
    var button = event.target.closest && event.target.closest('.event');
    if (button && onEventKey(event, button)) { return; }
    var handled = true;
    switch (event.key) {
      case '+': case '=': zoom(0.5); break;
      case '-': case '_': case '−': zoom(2); break;
      case 'ArrowLeft': pan(-0.1); break;
      case 'ArrowRight': pan(0.1); break;
      case 'ArrowDown':
        if (!button) {
          var ln = firstShownLane(0, 1);
          // The first meeting in view, else the lane's first.
          var inView = ln && ln.list.filter(function (item) { return item.e.to > view.from && item.e.from < view.to; })[0];
          if (ln) { focusEvent(ln, (inView || ln.list[0]).e); }
        } else { handled = false; }
        break;
      case 'Home': goTo(full[0], false); break;
      case 'End': goTo(full[1], true); break;
      default: handled = false;
    }
    if (handled) { event.preventDefault(); }
  }

  // --- Mouse: the wheel zooms around the pointer, dragging pans.
  function dayAt(clientX) {
    var body = lanes.length ? lanes[0].body.getBoundingClientRect() : $('axis').getBoundingClientRect();
    return view.from + (clientX - body.left) / Math.max(1, body.width) * (view.to - view.from);
  }
  function setupMouse() {
    var timeline = $('timeline');
    timeline.addEventListener('wheel', function (event) {
      event.preventDefault();
      zoom(event.deltaY > 0 ? 1.25 : 0.8, dayAt(event.clientX));
    }, { passive: false });
    var drag = null;
    timeline.addEventListener('pointerdown', function (event) {
      if (event.button !== 0 || event.target.closest('.event')) { return; }
      var width = (lanes.length ? lanes[0].body : $('axis')).getBoundingClientRect().width;
      drag = { x: event.clientX, from: view.from, to: view.to, width: Math.max(1, width) };
      timeline.classList.add('dragging');
      timeline.setPointerCapture(event.pointerId);
    });
    timeline.addEventListener('pointermove', function (event) {
      if (!drag) { return; }
      var shift = (drag.x - event.clientX) / drag.width * (drag.to - drag.from);
      setView(drag.from + shift, drag.to + shift);
    });
    function stop() { drag = null; timeline.classList.remove('dragging'); }
    timeline.addEventListener('pointerup', stop);
    timeline.addEventListener('pointercancel', stop);
  }

  // --- Details of the selected event: text, delegations, outcomes and the quotes of its sources.
  function select(id) {
    state.sel = id;
    Array.prototype.forEach.call(document.querySelectorAll('#lane-box .event'), function (b) { b.setAttribute('aria-pressed', b.getAttribute('data-id') === id ? 'true' : 'false'); });
    showDetails();
    writeHash();
  }
  function showDetails() {
    var box = $('details-body');
    box.textContent = '';
    var e = state.sel && eventsById.get(state.sel);
    if (!e) {
      box.appendChild(el('p', null, t('noSelection')));
      return;
    }
    var title = el('h3');
    if (e.status === 'expected') { title.textContent = eventTitle(e); } else { put(title, e.title); }
    box.appendChild(title);
    var list = el('dl');
    function row(name, value, isText) {
      if (!value) { return; }
      list.appendChild(el('dt', null, name));
      var dd = el('dd');
      if (isText) { put(dd, value); } else { dd.textContent = value; }
      list.appendChild(dd);
    }
    row(t('date'), partialText(e.d) + (e.approx ? ' (≈ ' + t('approximate') + ')' : ''));
    row(t('precision'), t(e.p));
    row(t('status'), label('status', e.status));
    row(t('kind'), label('kind', e.kind));
    if (e.mech && mechanisms[e.mech]) { row(t('mechanism'), mechanisms[e.mech].name, true); }
    row(t('countries'), e.countries.map(function (c) { return label('country', c); }).join(', '));
    var more = detailsOf(e);
    row(t('venue'), more.venue, true);
    row(t('purpose'), more.purpose, true);
    box.appendChild(list);
    if (more.dels && more.dels.length) {
      box.appendChild(el('h4', null, t('delegations')));
      var dels = el('ul');
      more.dels.forEach(function (d) {
        var item = el('li');
        item.appendChild(put(el('strong'), d.party));
        var people = el('ul');
        d.parts.forEach(function (p) {
          var person = el('li');
          person.appendChild(el('span', null, (p.name ? p.name + ' — ' : '') + label('role', p.role)));
          if (p.pos) { person.appendChild(document.createTextNode(', ')); person.appendChild(put(el('span'), p.pos)); }
          if (p.inst) { person.appendChild(document.createTextNode(' · ')); person.appendChild(put(el('span'), p.inst)); }
          people.appendChild(person);
        });
        item.appendChild(people);
        dels.appendChild(item);
      });
      box.appendChild(dels);
    }
    if (more.outcomes && more.outcomes.length) {
      box.appendChild(el('h4', null, t('outcomes')));
      var outcomes = el('ul');
      more.outcomes.forEach(function (o) { outcomes.appendChild(put(el('li'), o)); });
      box.appendChild(outcomes);
    }
    if (more.quotes && more.quotes.length) {
      box.appendChild(el('h4', null, t('sources')));
      more.quotes.forEach(function (q) {
        var figure = el('figure');
        if (q.q) {
          var quote = el('blockquote', 'quote', q.q);
          figure.appendChild(quote);
        } else {
          figure.appendChild(el('p', 'meta', t('noQuote')));
        }
        var caption = el('figcaption', 'meta');
        if (q.title) { caption.appendChild(put(el('cite'), q.title)); } else { caption.textContent = q.src; }
        figure.appendChild(caption);
        box.appendChild(figure);
      });
    }
  }

  // --- The table: the text alternative of the timeline, filtered like it, in pages of PAGE rows with controls to
  // move between them and the count of rows ("Rows 1–100 of 5,000").
  function number(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, state.lang === 'es' ? '\u00a0' : ',');
  }
  function buildTable() {
    var rows = sorted.filter(function (e) { return e.visible; });
    var pages = Math.max(1, Math.ceil(rows.length / PAGE));
    tablePage = Math.min(Math.max(0, tablePage), pages - 1);
    var first = tablePage * PAGE;
    var onPage = rows.slice(first, first + PAGE);
    var box = $('table-box');
    var focusedPager = document.activeElement && document.activeElement.closest && document.activeElement.closest('.pager') ? document.activeElement.getAttribute('data-page') : null;
    box.textContent = '';
    var table = el('table');
    table.appendChild(el('caption', null, t('caption')));
    var head = el('thead');
    var headRow = el('tr');
    [t('date'), t('event'), t('mechanism'), t('status'), t('kind'), t('countries')].forEach(function (name) {
      var th = el('th', null, name);
      th.scope = 'col';
      headRow.appendChild(th);
    });
    head.appendChild(headRow);
    table.appendChild(head);
    var body = el('tbody');
    onPage.forEach(function (e) {
      var tr = el('tr');
      tr.setAttribute('data-id', e.id);
      tr.appendChild(el('td', null, partialText(e.d) + (e.p !== 'day' ? ' (' + t(e.p) + ')' : '') + (e.approx ? ' ≈ ' + t('approximate') : '')));
      var cell = el('th');
      cell.scope = 'row';
      var button = el('button', 'link', eventTitle(e));
      button.type = 'button';
      button.setAttribute('data-id', e.id);
      cell.appendChild(button);
      tr.appendChild(cell);
      var mech = el('td');
      if (e.mech && mechanisms[e.mech]) { put(mech, mechanisms[e.mech].name); }
      tr.appendChild(mech);
      tr.appendChild(el('td', null, label('status', e.status)));
      tr.appendChild(el('td', null, label('kind', e.kind)));
      tr.appendChild(el('td', null, e.countries.join(', ')));
      body.appendChild(tr);
    });
    table.appendChild(body);
    var count = el('p', null, rows.length
      ? format(t('rows'), number(first + 1), number(first + onPage.length), number(rows.length))
      : t('empty'));
    count.id = 'table-count';
    count.setAttribute('aria-live', 'polite');
    var pager = el('nav', 'pager');
    pager.setAttribute('aria-label', t('pages'));
    [['first', 0], ['previous', tablePage - 1], ['next', tablePage + 1], ['last', pages - 1]].forEach(function (pair) {
      var go = el('button', null, t(pair[0]));
      go.type = 'button';
      go.setAttribute('data-page', pair[0]);
      go.disabled = pair[1] < 0 || pair[1] >= pages || pair[1] === tablePage;
      go.addEventListener('click', function () { tablePage = pair[1]; buildTable(); });
      pager.appendChild(go);
    });
    pager.appendChild(el('span', 'meta', format(t('page'), number(tablePage + 1), number(pages))));
    box.appendChild(count);
    box.appendChild(pager);
    box.appendChild(table);
    // A page button that went disabled (the first or the last page) hands the focus to its enabled neighbour.
    if (focusedPager) {
      var again = pager.querySelector('[data-page="' + focusedPager + '"]');
      if (again && again.disabled) {
        again = pager.querySelector('[data-page="' + ({ first: 'next', previous: 'next', next: 'previous', last: 'previous' })[focusedPager] + '"]');
      }
      if (again) { again.focus(); }
    }
  }
  function showView() {
    var table = state.view === 'table';
    if (table) { buildTable(); }
    $('timeline-section').hidden = table;
    $('table-section').hidden = !table;
    $('view').value = state.view;
    if (!table) { draw(); }
  }

  // --- The legend, drawn with the same styles as the events.
  function drawLegend() {
    var legend = $('legend');
    legend.textContent = '';
    function item(swatch, text) {
      var li = el('li');
      swatch.classList.add('swatch');
      swatch.setAttribute('aria-hidden', 'true');
      li.appendChild(swatch);
      li.appendChild(document.createTextNode(text));
      legend.appendChild(li);
    }
    STATUS_ORDER.forEach(function (status) {
      var swatch = el('span', 'event', MARKERS[status] + ' 2013');
      swatch.setAttribute('data-status', status);
      item(swatch, data.labels.status[status] ? label('status', status) : status);
    });
    var approx = el('span', 'event', '≈' + MARKERS.held + ' ' + MONTHS[state.lang][5] + ' 2013');
    approx.setAttribute('data-status', 'held');
    approx.setAttribute('data-approx', '');
    item(approx, t('approxLegend'));
    item(el('span', 'term', '2020 – 2021'), t('term'));
  }

  function render() {
    relabel();
    buildLanes();
    applyFilters();
    showView();
    drawLegend();
    showDetails();
  }

  function setup() {
    $('controls').addEventListener('submit', function (event) { event.preventDefault(); });
    $('lang').addEventListener('change', function () { state.lang = this.value === 'es' ? 'es' : 'en'; render(); writeHash(); });
    $('lanes').addEventListener('change', function () { state.lanes = this.value; buildLanes(); applyFilters(); writeHash(); });
    [['f-country', 'country'], ['f-kind', 'kind'], ['f-topic', 'topic']].forEach(function (pair) {
      $(pair[0]).addEventListener('change', function () { state[pair[1]] = this.value; applyFilters(); writeHash(); });
    });
    $('view').addEventListener('change', function () { state.view = this.value === 'table' ? 'table' : 'timeline'; showView(); writeHash(); });
    $('zoom-in').addEventListener('click', function () { zoom(0.5); });
    $('zoom-out').addEventListener('click', function () { zoom(2); });
    $('pan-back').addEventListener('click', function () { pan(-0.25); });
    $('pan-on').addEventListener('click', function () { pan(0.25); });
    $('zoom-all').addEventListener('click', function () { setView(full[0], full[1]); });
    $('timeline').addEventListener('keydown', onTimelineKey);
    document.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('button[data-id]');
      if (button) { select(button.getAttribute('data-id')); }
    });
    window.addEventListener('hashchange', function () {
      var before = JSON.stringify(state);
      readHash();
      if (JSON.stringify(state) !== before) { render(); $('lanes').value = state.lanes; }
    });
    setupMouse();
    window.addEventListener('scroll', scheduleDraw, { passive: true });
    window.addEventListener('resize', scheduleDraw);
  }

  // A catalog with more events than are drawn at once opens on the as-of date, with about DRAW_ALL events in view
  // (the button "All" and the keys Home and End reach the rest); a smaller one opens on all of them.
  function openingView() {
    var shown = sorted.filter(matches);
    if (shown.length <= DRAW_ALL) { return; }
    var asOf = toDay(data.asOf);
    var at = 0;
    while (at < shown.length && shown[at].from < asOf) { at++; }
    var first = Math.max(0, Math.min(at - DRAW_ALL / 2, shown.length - DRAW_ALL));
    var last = Math.min(shown.length - 1, first + DRAW_ALL - 1);
    setView(shown[first].from, Math.max(shown[last].from + 1, shown[first].from + 14));
  }

  readHash();
  setup();
  remPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  $('lanes').value = state.lanes;
  openingView();
  render();
  writeHash();
  window.timelineMetrics = { scriptMs: performance.now() - started, openMs: performance.now(), events: events.length, shown: shownCount };
})();
