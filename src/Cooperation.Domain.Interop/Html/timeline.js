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
      lane: 'Lane', show: 'Show details', noQuote: 'Cited without a quote.'
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
      lane: 'Carril', show: 'Ver detalles', noQuote: 'Citada sin cita textual.'
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
  function toDay(iso) {
    var p = iso.split('-');
    return Date.UTC(Number(p[0]), Number(p[1]) - 1, Number(p[2])) / DAY_MS;
  }
  function dayText(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  var data = JSON.parse($('catalog-data').textContent);
  // The meetings' details (a second block, in the order of the events) are parsed when a meeting is first selected.
  var detailList = null;
  function detailsOf(e) {
    if (!detailList) { detailList = JSON.parse($('catalog-details').textContent); }
    return detailList[e.index] || {};
  }
  var mechanisms = {};
  data.mechanisms.forEach(function (m, i) { m.order = i; mechanisms[m.id] = m; });
  var events = data.events.map(function (e, i) {
    e.index = i;
    e.from = toDay(e.s);
    e.to = toDay(e.e) + 1;
    e.countries = e.countries || [];
    e.topics = e.topics || [];
    e.people = e.people || [];
    e.els = [];
    return e;
  });
  var full = events.reduce(function (r, e) { return [Math.min(r[0], e.from), Math.max(r[1], e.to)]; }, [Infinity, -Infinity]);
  data.mechanisms.forEach(function (m) {
    m.terms.forEach(function (t) { t.from = toDay(t.s); t.to = toDay(t.e) + 1; full = [Math.min(full[0], t.from), Math.max(full[1], t.to)]; });
  });
  if (!isFinite(full[0])) { full = [toDay(data.asOf) - 365, toDay(data.asOf) + 1]; }
  var pad = Math.max(15, (full[1] - full[0]) * 0.02);
  full = [full[0] - pad, full[1] + pad];

  var state = { lang: data.lang === 'es' ? 'es' : 'en', lanes: 'mechanism', country: '', kind: '', topic: '', view: 'timeline', sel: '' };
  var view = { from: full[0], to: full[1] };
  var lanes = [];
  var tableBuilt = false;

  function t(key) { return UI[state.lang][key]; }

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
    fillSelect($('f-country'), 'country', unique(function (e) { return e.countries; }));
    fillSelect($('f-kind'), 'kind', unique(function (e) { return [e.kind]; }));
    fillSelect($('f-topic'), 'topic', unique(function (e) { return e.topics; }));
  }
  function unique(of) {
    var seen = {};
    events.forEach(function (e) { of(e).forEach(function (v) { seen[v] = true; }); });
    return Object.keys(seen);
  }
  function fillSelect(select, group, codes) {
    if (codes.indexOf(state[group]) < 0) { state[group] = ''; }
    codes.sort(function (a, b) { return label(group, a).localeCompare(label(group, b), state.lang); });
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
  function buildLanes() {
    var byKey = {};
    var order = [];
    function lane(key, title, sortKey) {
      if (!byKey[key]) { byKey[key] = { key: key, title: title, sort: sortKey, events: [], terms: [] }; order.push(byKey[key]); }
      return byKey[key];
    }
    events.forEach(function (e) { e.els = []; });
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
    order.sort(function (a, b) {
      return typeof a.sort === 'number' || typeof b.sort === 'number'
        ? (a.sort === b.sort ? 0 : a.sort < b.sort ? -1 : 1)
        : a.sort.localeCompare(b.sort, state.lang);
    });
    lanes = order;

    var box = $('lane-box');
    box.textContent = '';
    var fragment = document.createDocumentFragment();
    lanes.forEach(function (ln, laneIndex) {
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
      // Events that overlap in time go to separate rows, so none hides another.
      var rowsEnd = [];
      ln.events.sort(function (a, b) { return a.from - b.from || a.to - b.to || a.index - b.index; });
      ln.events.forEach(function (e) {
        var r = 0;
        while (r < rowsEnd.length && rowsEnd[r] > e.from) { r++; }
        rowsEnd[r] = e.to;
        var button = el('button', 'event');
        button.type = 'button';
        button.setAttribute('data-id', e.id);
        button.setAttribute('data-status', e.status);
        button.setAttribute('data-lane', String(laneIndex));
        if (e.approx) { button.setAttribute('data-approx', ''); }
        button.setAttribute('aria-pressed', e.id === state.sel ? 'true' : 'false');
        button.style.top = (0.2 + r * 1.8) + 'rem';
        fillEventButton(button, e);
        e.els.push(button);
        body.appendChild(button);
      });
      var termRow = rowsEnd.length;
      ln.terms.forEach(function (term) {
        var bar = el('div', 'term');
        bar.textContent = format(t('presidency'), plain(term.holder)) + ' (' + partialText(term.d) + ')';
        bar.style.top = (0.2 + termRow * 1.8) + 'rem';
        bar.termFrom = term.from;
        bar.termTo = term.to;
        body.appendChild(bar);
      });
      body.style.height = (0.4 + (rowsEnd.length + (ln.terms.length ? 1 : 0)) * 1.8) + 'rem';
      row.style.containIntrinsicBlockSize = 'auto ' + (0.4 + (rowsEnd.length + (ln.terms.length ? 1 : 0)) * 1.8) + 'rem';
      ln.row = row;
      ln.body = body;
      row.appendChild(head);
      row.appendChild(body);
      fragment.appendChild(row);
    });
    box.appendChild(fragment);
  }
  function fillEventButton(button, e) {
    button.textContent = '';
    var marker = el('span', 'marker', (e.approx ? '≈' : '') + (MARKERS[e.status] || '■'));
    marker.setAttribute('aria-hidden', 'true');
    button.appendChild(marker);
    button.appendChild(document.createTextNode(partialText(e.d) + ' · ' + eventTitle(e)));
    button.appendChild(el('span', 'visually-hidden', spokenDetails(e)));
  }

  // --- Positions: everything is placed in per cent of the visible window, so a zoom or pan writes two styles an event.
  function layout() {
    var span = view.to - view.from;
    lanes.forEach(function (ln) {
      Array.prototype.forEach.call(ln.body.children, function (node) {
        var id = node.getAttribute('data-id');
        var from = id === null ? node.termFrom : eventsById[id].from;
        var to = id === null ? node.termTo : eventsById[id].to;
        node.style.left = ((from - view.from) / span * 100) + '%';
        node.style.width = ((to - from) / span * 100) + '%';
      });
    });
    drawAxis(span);
    $('range').textContent = format(t('range'), dayText(Math.round(view.from)), dayText(Math.round(view.to)));
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
    layout();
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
  var eventsById = {};
  events.forEach(function (e) { if (!eventsById[e.id]) { eventsById[e.id] = e; } });
  function matches(e) {
    return (!state.country || e.countries.indexOf(state.country) >= 0)
      && (!state.kind || e.kind === state.kind)
      && (!state.topic || e.topics.indexOf(state.topic) >= 0);
  }
  function applyFilters() {
    var shown = 0;
    events.forEach(function (e) {
      e.visible = matches(e);
      if (e.visible) { shown++; }
      for (var i = 0; i < e.els.length; i++) { e.els[i].hidden = !e.visible; }
      if (e.rowEl) { e.rowEl.hidden = !e.visible; }
    });
    lanes.forEach(function (ln) { ln.row.hidden = !ln.events.some(function (e) { return e.visible; }) && !(ln.terms.length && !state.country && !state.kind && !state.topic); });
    $('empty').hidden = shown > 0;
    $('summary').textContent = format(t('shown'), shown, events.length) + ', ' + format(t('asOf'), data.asOf);
  }

  // --- Keyboard: on an event, the arrows move between events (left/right in its lane, up/down to the next lane),
  // Home/End to the lane's first and last; on the timeline itself, + and − zoom, the arrows pan, Home/End go to the ends.
  function visibleIn(laneIndex) {
    return lanes[laneIndex].body.querySelectorAll('.event:not([hidden])');
  }
  function focusEvent(button) {
    if (!button) { return; }
    var e = eventsById[button.getAttribute('data-id')];
    if (e.to < view.from || e.from > view.to) {
      var span = view.to - view.from;
      setView((e.from + e.to) / 2 - span / 2, (e.from + e.to) / 2 + span / 2);
    }
    button.focus();
  }
  function onEventKey(event, button) {
    var laneIndex = Number(button.getAttribute('data-lane'));
    var inLane = Array.prototype.slice.call(visibleIn(laneIndex));
    var at = inLane.indexOf(button);
    var target = null;
    switch (event.key) {
      case 'ArrowRight': target = inLane[at + 1]; break;
      case 'ArrowLeft': target = inLane[at - 1]; break;
      case 'Home': target = inLane[0]; break;
      case 'End': target = inLane[inLane.length - 1]; break;
      case 'ArrowDown':
      case 'ArrowUp':
        var step = event.key === 'ArrowDown' ? 1 : -1;
        var from = eventsById[button.getAttribute('data-id')].from;
        for (var l = laneIndex + step; l >= 0 && l < lanes.length; l += step) {
          var candidates = Array.prototype.slice.call(visibleIn(l));
          if (candidates.length) {
            target = candidates.reduce(function (best, c) {
              return Math.abs(eventsById[c.getAttribute('data-id')].from - from) < Math.abs(eventsById[best.getAttribute('data-id')].from - from) ? c : best;
            });
            break;
          }
        }
        break;
      default: return false;
    }
    event.preventDefault();
    focusEvent(target);
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
      case 'ArrowDown': if (!button) { focusEvent($('lane-box').querySelector('.event:not([hidden])')); } else { handled = false; } break;
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
    events.forEach(function (e) { e.els.forEach(function (b) { b.setAttribute('aria-pressed', e.id === id ? 'true' : 'false'); }); });
    showDetails();
    writeHash();
  }
  function showDetails() {
    var box = $('details-body');
    box.textContent = '';
    var e = state.sel && eventsById[state.sel];
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

  // --- The table: the text alternative of the timeline, built when first shown, filtered like it.
  function buildTable() {
    var box = $('table-box');
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
    events.slice().sort(function (a, b) { return a.from - b.from || a.index - b.index; }).forEach(function (e) {
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
      e.rowEl = tr;
      tr.hidden = e.visible === false;
      body.appendChild(tr);
    });
    table.appendChild(body);
    box.appendChild(table);
    tableBuilt = true;
  }
  function showView() {
    var table = state.view === 'table';
    if (table && !tableBuilt) { buildTable(); }
    $('timeline-section').hidden = table;
    $('table-section').hidden = !table;
    $('view').value = state.view;
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
    tableBuilt = false;
    $('table-box').textContent = '';
    events.forEach(function (e) { e.rowEl = null; });
    layout();
    applyFilters();
    showView();
    drawLegend();
    showDetails();
  }

  function setup() {
    $('controls').addEventListener('submit', function (event) { event.preventDefault(); });
    $('lang').addEventListener('change', function () { state.lang = this.value === 'es' ? 'es' : 'en'; render(); writeHash(); });
    $('lanes').addEventListener('change', function () { state.lanes = this.value; buildLanes(); layout(); applyFilters(); writeHash(); });
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
  }

  readHash();
  setup();
  $('lanes').value = state.lanes;
  render();
  writeHash();
  window.timelineMetrics = { scriptMs: performance.now() - started, openMs: performance.now() };
})();
