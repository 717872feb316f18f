/**
 * The page's only script, inline. It reads the marks' data attributes and writes the tooltip with
 * textContent alone, so no article text is ever parsed as HTML. Hover or focus shows a tooltip,
 * click pins it; a speaker in the panel fades the other speakers' statements; an entity in the
 * panel lights its mentions.
 */
export const PAGE_SCRIPT = `(function () {
  'use strict';
  var tip = document.getElementById('tip');
  var pinned = null;
  var lit = [];
  function q(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  function node(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }
  function row(part, label, value) {
    if (!value) return;
    var r = node('div', 'row');
    r.append(node('b', '', label), value);
    part.append(r);
  }
  function statementPart(st, via) {
    var d = st.dataset;
    var part = node('div', 'part');
    var head = node('div', 'head ' + st.classList[1]);
    head.append(node('span', 'swatch'), node('span', 'speaker', d.speaker || 'unknown speaker'));
    if (d.speakerType) head.append(node('span', 'sub', d.speakerType));
    part.append(head);
    row(part, via || d.sid, d.kind + ' statement');
    row(part, 'cue', d.cue);
    row(part, 'mention', d.speakerText);
    row(part, 'about', d.about);
    return part;
  }
  function entityPart(ent) {
    var item = document.querySelector('.entity[data-e="' + ent.dataset.e + '"]');
    var part = node('div', 'part');
    if (!item) return part;
    var head = node('div', 'head');
    head.append(node('span', '', item.dataset.name), node('span', 'sub', item.dataset.type));
    part.append(head);
    row(part, '', item.dataset.details);
    return part;
  }
  function statementOf(el) {
    if (el.classList.contains('st')) return el;
    return document.querySelector('.st[data-s="' + el.dataset.for + '"]:not(.cont)');
  }
  function marksAt(target) {
    var marks = [];
    for (var el = target; el && el.classList && !el.classList.contains('text'); el = el.parentElement) {
      if (el.matches('.st,.who,.cue,.ent')) marks.push(el);
    }
    return marks;
  }
  function light(els) {
    lit.forEach(function (el) { el.classList.remove('lit'); });
    lit = els;
    lit.forEach(function (el) { el.classList.add('lit'); });
  }
  function show(target, x, y) {
    var marks = marksAt(target);
    if (!marks.length) return hide();
    tip.replaceChildren();
    var seen = {};
    var related = [];
    marks.forEach(function (el) {
      if (el.classList.contains('ent')) { tip.append(entityPart(el)); related.push(el); return; }
      var st = statementOf(el);
      if (!st || seen[st.dataset.s]) return;
      seen[st.dataset.s] = true;
      var via = el.classList.contains('who') ? 'speaker of ' + st.dataset.sid : el.classList.contains('cue') ? 'cue of ' + st.dataset.sid : '';
      tip.append(statementPart(st, via));
      related = related.concat(q('[data-s="' + st.dataset.s + '"],[data-for="' + st.dataset.s + '"]'));
    });
    light(related);
    tip.classList.add('shown');
    var box = tip.getBoundingClientRect();
    var left = Math.min(x + 14, window.innerWidth - box.width - 8);
    var top = y + 18 + box.height > window.innerHeight ? y - box.height - 12 : y + 18;
    tip.style.left = Math.max(8, left) + 'px';
    tip.style.top = Math.max(8, top) + 'px';
  }
  function hide() {
    tip.classList.remove('shown');
    light([]);
  }
  function at(el) {
    var r = el.getClientRects()[0] || el.getBoundingClientRect();
    return [r.left, r.bottom - 10];
  }
  document.addEventListener('mouseover', function (e) {
    if (pinned) return;
    var mark = e.target.closest && e.target.closest('.text .st,.text .who,.text .cue,.text .ent');
    if (mark) show(e.target, e.clientX, e.clientY); else hide();
  });
  document.addEventListener('click', function (e) {
    var mark = e.target.closest && e.target.closest('.text .st,.text .who,.text .cue,.text .ent');
    if (mark) { pinned = null; show(e.target, e.clientX, e.clientY); pinned = mark; return; }
    var speaker = e.target.closest && e.target.closest('.panel .speaker');
    if (speaker) return focusSpeaker(speaker);
    var entity = e.target.closest && e.target.closest('.panel .entity');
    if (entity) return jumpTo(entity);
    pinned = null;
    hide();
  });
  document.addEventListener('focusin', function (e) {
    if (e.target.matches && e.target.matches('.text .st')) { var p = at(e.target); show(e.target, p[0], p[1]); }
  });
  document.addEventListener('focusout', function () { if (!pinned) hide(); });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { pinned = null; hide(); }
    if (e.key === 'Enter' && e.target.matches && e.target.matches('.panel .speaker')) focusSpeaker(e.target);
    if (e.key === 'Enter' && e.target.matches && e.target.matches('.panel .entity')) jumpTo(e.target);
  });
  function focusSpeaker(item) {
    var section = document.getElementById(item.dataset.article);
    var on = !item.classList.contains('on');
    section.querySelectorAll('.panel .speaker').forEach(function (s) { s.classList.remove('on'); });
    if (on) item.classList.add('on');
    section.querySelectorAll('.text .st,.text .who,.text .cue').forEach(function (mark) {
      mark.classList.toggle('faded', on && mark.dataset.k !== item.dataset.k);
    });
  }
  function jumpTo(item) {
    var mentions = q('.text .ent[data-e="' + item.dataset.e + '"]');
    if (!mentions.length) return;
    mentions[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
    light(mentions);
  }
  document.addEventListener('mouseover', function (e) {
    var item = e.target.closest && e.target.closest('.panel .entity');
    if (item && !pinned) light(q('.text .ent[data-e="' + item.dataset.e + '"]'));
  });
})();
`;
