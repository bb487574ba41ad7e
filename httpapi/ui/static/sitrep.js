// sitrep web UI: the map, timeline and tables of the index page, and the
// record selection of the article page. Plain DOM code, no libraries.
"use strict";

(function () {
  const SVGNS = "http://www.w3.org/2000/svg";
  const $ = (sel, el) => (el || document).querySelector(sel);
  const $$ = (sel, el) => Array.from((el || document).querySelectorAll(sel));

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text != null) e.textContent = text;
    return e;
  }
  function svg(tag, attrs) {
    const e = document.createElementNS(SVGNS, tag);
    for (const k in attrs || {}) e.setAttribute(k, attrs[k]);
    return e;
  }
  // Same projection as sitrep/worldmap.
  const X = (lon) => (lon + 180) / 360 * 1000;
  const Y = (lat) => (90 - lat) / 180 * 500;

  // ---- index page ----------------------------------------------------

  const FILTERS = ["country", "root", "plover", "actor", "from", "to", "q"];
  const VIEW_LIMIT = 10000; // events drawn on the map and timeline
  const TABLE_ROWS = 100;

  function readFilters() {
    const u = new URLSearchParams(location.search);
    const f = {};
    for (const k of FILTERS) if (u.get(k)) f[k] = u.get(k);
    return f;
  }

  function fillForm(f) {
    for (const k of FILTERS) {
      const input = $("#f-" + k);
      if (input) input.value = f[k] || "";
    }
  }

  function setFilters(f) {
    const u = new URLSearchParams();
    for (const k of FILTERS) if (f[k]) u.set(k, f[k]);
    const qs = u.toString();
    history.pushState(null, "", qs ? "?" + qs : location.pathname);
    load();
  }

  function countryOptions() {
    const sel = $("#f-country");
    const seen = new Map();
    for (const p of $$("#map path[data-iso]")) {
      const iso = p.dataset.iso;
      if (/^[A-Z]{3}$/.test(iso) && !seen.has(iso)) seen.set(iso, p.dataset.name);
    }
    const list = Array.from(seen).sort((a, b) => a[1].localeCompare(b[1]));
    for (const [iso, name] of list) sel.append(el("option", { value: iso }, name + " (" + iso + ")"));
  }

  async function getJSON(url) {
    const res = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await res.json();
    if (!res.ok) throw new Error(body.error ? body.error.message : res.statusText);
    return body;
  }

  // pointsOf turns the column arrays of /api/events?view=points into objects.
  function pointsOf(body) {
    const cols = body.columns;
    return body.points.map((row) => {
      const p = {};
      cols.forEach((c, i) => (p[c] = row[i]));
      return p;
    });
  }

  let loadSeq = 0;
  let nextCursor = "";
  async function load() {
    const seq = ++loadSeq;
    const t0 = performance.now();
    const f = readFilters();
    fillForm(f);
    $$("#map path.sel").forEach((p) => p.classList.remove("sel"));
    if (f.country) $$('#map path[data-iso="' + f.country + '"]').forEach((p) => p.classList.add("sel"));
    zoomTo(f.country);
    const pq = new URLSearchParams(f);
    pq.set("view", "points");
    pq.set("limit", VIEW_LIMIT);
    const eq = new URLSearchParams(f);
    eq.set("limit", TABLE_ROWS);
    const iq = new URLSearchParams();
    for (const k of ["country", "root", "plover", "from", "to", "q"]) if (f[k]) iq.set(k, f[k]);
    iq.set("limit", 50);
    $("#status").textContent = "Loading…";
    document.body.removeAttribute("data-rendered");
    let points, events, incidents;
    try {
      [points, events, incidents] = await Promise.all([
        getJSON("/api/events?" + pq), getJSON("/api/events?" + eq), getJSON("/api/incidents?" + iq)]);
    } catch (err) {
      $("#status").textContent = "Error: " + err.message;
      $("#status").classList.add("error");
      return;
    }
    if (seq !== loadSeq) return;
    $("#status").classList.remove("error");
    const list = pointsOf(points);
    drawMarkers(list);
    drawTimeline(list);
    drawTable(events.events, events.next);
    drawIncidents(incidents.incidents);
    const ms = Math.round(performance.now() - t0);
    $("#status").textContent = list.length + (points.next ? "+" : "") + " events" +
      (points.next ? " (the newest " + list.length + " on the map)" : "") + " · " + ms + " ms";
    document.body.dataset.rendered = ms;
    document.body.dataset.events = list.length;
  }

  // zoomTo fits the map to a country's shape, or the whole world, keeping
  // the map's 5:2 shape.
  const WORLD = [0, 15, 1000, 400];
  let zoom = 1;
  function zoomTo(iso) {
    let box = WORLD;
    const paths = iso ? $$('#map path[data-iso="' + iso + '"]') : [];
    if (paths.length) {
      const b = paths[0].getBBox();
      let w = Math.max(b.width * 1.3, 40), h = Math.max(b.height * 1.3, 16);
      if (w / h < 2.5) w = h * 2.5; else h = w / 2.5;
      box = [b.x + b.width / 2 - w / 2, b.y + b.height / 2 - h / 2, w, h];
    }
    zoom = WORLD[2] / box[2];
    $("#map").setAttribute("viewBox", box.map((v) => v.toFixed(1)).join(" "));
  }

  // drawMarkers draws one dot per place and quad class: events within half
  // a map unit (about 0.2 degrees) share a dot whose area grows with their
  // number, so ten thousand events cost a few hundred SVG nodes.
  function drawMarkers(list) {
    const groups = new Map();
    for (const p of list) {
      if (p.lat == null || p.lon == null) continue;
      const x = Math.round(X(p.lon) * 2) / 2, y = Math.round(Y(p.lat) * 2) / 2;
      const key = x + "," + y + "," + p.quad;
      const g = groups.get(key);
      if (g) {
        g.n++;
        if (p.date < g.first) g.first = p.date;
      } else {
        groups.set(key, { x, y, quad: p.quad || 0, n: 1, p, first: p.date, last: p.date });
      }
    }
    const sorted = Array.from(groups.values()).sort((a, b) => b.n - a.n);
    const frag = document.createDocumentFragment();
    for (const g of sorted) {
      const r = Math.min(14, 2.5 + Math.sqrt(g.n - 1)) / Math.sqrt(zoom);
      const c = svg("circle", { cx: g.x, cy: g.y, r: r.toFixed(1), class: "m q" + g.quad });
      c.dataset.href = "/articles/" + g.p.article_id + "#e" + g.p.index;
      c.dataset.tip = g.n === 1 ? g.p.date + " · " + g.p.country + " · CAMEO " + g.p.root
        : g.n + " events in " + g.p.country + ", " + g.first + " – " + g.last + " (click: the newest)";
      frag.append(c);
    }
    $("#markers").replaceChildren(frag);
  }

  const DAY = 86400000;
  function drawTimeline(list) {
    const box = $("#timeline");
    const days = list.map((e) => Date.parse(e.date)).filter((t) => !isNaN(t));
    box.replaceChildren();
    $("#t-from").textContent = $("#t-to").textContent = "";
    if (days.length === 0) return;
    let lo = Math.min(...days), hi = Math.max(...days);
    const span = (hi - lo) / DAY;
    const unit = span > 3 * 365 ? "month" : span > 120 ? "week" : "day";
    const key = (t) => {
      const d = new Date(t);
      if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
      if (unit === "week") return t - ((d.getUTCDay() + 6) % 7) * DAY;
      return t;
    };
    const next = (k) => {
      const d = new Date(k);
      return unit === "month" ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) : k + (unit === "week" ? 7 : 1) * DAY;
    };
    const counts = new Map();
    for (const t of days) counts.set(key(t), (counts.get(key(t)) || 0) + 1);
    const bins = [];
    for (let k = key(lo); k <= hi; k = next(k)) bins.push([k, counts.get(k) || 0]);
    const top = Math.max(...bins.map((b) => b[1]));
    const w = Math.min(1000 / bins.length, 40);
    const iso = (t) => new Date(t).toISOString().slice(0, 10);
    for (let i = 0; i < bins.length; i++) {
      const [k, n] = bins[i];
      if (n === 0) continue;
      const h = Math.max(1, (n / top) * 92);
      const r = svg("rect", { x: (i * w).toFixed(2), y: (100 - h).toFixed(1), width: Math.max(0.5, w - 0.5).toFixed(2), height: h.toFixed(1), class: "bar" });
      r.dataset.from = iso(k);
      r.dataset.to = iso(next(k) - DAY);
      const t = svg("title");
      t.textContent = r.dataset.from + (unit === "day" ? "" : " – " + r.dataset.to) + ": " + n + " events";
      r.append(t);
      box.append(r);
    }
    $("#t-from").textContent = iso(bins[0][0]);
    $("#t-to").textContent = iso(bins[bins.length - 1][0]) + " · one bar per " + unit + " · click a bar to zoom in";
  }

  function actorText(ref) {
    if (!ref) return "";
    return ref.text || (ref.actor && (ref.actor.name || ref.actor.country)) || "";
  }

  function eventRow(e) {
    const tr = el("tr");
    tr.append(el("td", { class: "nowrap" }, e.date || ""));
    tr.append(el("td", { title: e.plover || "" }, (e.cameo || "") + (e.plover ? " " + e.plover : "")));
    const who = actorText(e.source) + (e.target ? " → " + actorText(e.target) : "");
    tr.append(el("td", null, who));
    tr.append(el("td", null, e.place ? e.place.name + (e.place.country ? ", " + e.place.country : "") : ""));
    const td = el("td");
    const a = el("a", { href: "/articles/" + e.article_id + "#e" + e.index, class: "sentence" }, e.text || "(sentence)");
    td.append(a);
    if (e.incident_id) td.append(" ", el("a", { href: "/incidents/" + e.incident_id, class: "inc" }, "incident " + e.incident_id));
    if (e.copy_of) td.append(" ", el("span", { class: "copy", title: "copy of " + e.copy_of }, "copy"));
    tr.append(td);
    return tr;
  }

  function drawTable(list, next) {
    const body = $("#events tbody");
    const frag = document.createDocumentFragment();
    for (const e of list) frag.append(eventRow(e));
    body.replaceChildren(frag);
    nextCursor = next || "";
    $("#more").hidden = !nextCursor;
  }

  function drawIncidents(list) {
    const ul = $("#incidents");
    ul.replaceChildren();
    if (!list.length) ul.append(el("li", { class: "empty" }, "No incidents (run sitrep reconcile)."));
    for (const inc of list) {
      const li = el("li");
      li.append(el("a", { href: "/incidents/" + inc.id }, inc.title || "incident " + inc.id));
      const where = inc.place ? inc.place.name : "";
      li.append(el("div", { class: "meta" }, [inc.from, where, inc.event_count + " events", inc.article_count + " sources"].filter(Boolean).join(" · ")));
      ul.append(li);
    }
  }

  function initIndex() {
    countryOptions();
    $("#filters").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const f = {};
      for (const k of FILTERS) {
        const v = $("#f-" + k).value.trim();
        if (v) f[k] = v;
      }
      setFilters(f);
    });
    for (const k of ["country", "root", "plover", "from", "to"]) {
      $("#f-" + k).addEventListener("change", () => $("#filters").requestSubmit());
    }
    $("#f-reset").addEventListener("click", (ev) => {
      ev.preventDefault();
      setFilters({});
    });
    $("#map").addEventListener("click", (ev) => {
      const t = ev.target;
      if (t.dataset.href) {
        location.href = t.dataset.href;
      } else if (t.dataset.iso) {
        const f = readFilters();
        f.country = f.country === t.dataset.iso ? "" : t.dataset.iso;
        setFilters(f);
      }
    });
    $("#timeline").addEventListener("click", (ev) => {
      const d = ev.target.dataset;
      if (d.from) setFilters(Object.assign(readFilters(), { from: d.from, to: d.to }));
    });
    $("#more").addEventListener("click", async () => {
      const q = new URLSearchParams(readFilters());
      q.set("limit", TABLE_ROWS);
      q.set("cursor", nextCursor);
      const page = await getJSON("/api/events?" + q);
      const body = $("#events tbody");
      for (const e of page.events) body.append(eventRow(e));
      nextCursor = page.next || "";
      $("#more").hidden = !nextCursor;
    });
    const tip = $("#tip");
    $("#map").addEventListener("mouseover", (ev) => {
      const t = ev.target;
      tip.textContent = t.dataset.tip || t.dataset.name || "";
    });
    window.addEventListener("popstate", load);
    load();
  }

  // ---- article page --------------------------------------------------

  function select(ref) {
    $$(".cur").forEach((e) => e.classList.remove("cur"));
    $$(".cur-s").forEach((e) => e.classList.remove("cur-s"));
    if (!ref) return;
    const item = $('.rec[data-r="' + ref + '"]');
    if (!item) return;
    item.classList.add("cur");
    const s = item.dataset.s;
    $$('#text span[data-s="' + s + '"]').forEach((e) => e.classList.add("cur-s"));
    const spans = $$("#text span[data-r]").filter((e) => e.dataset.r.split(" ").includes(ref));
    spans.forEach((e) => e.classList.add("cur"));
    const first = spans[0] || $('#text span[data-s="' + s + '"]');
    if (first) first.scrollIntoView({ block: "center" });
  }

  function initArticle() {
    const fromHash = () => select(location.hash.slice(1));
    window.addEventListener("hashchange", fromHash);
    $("#text").addEventListener("click", (ev) => {
      const r = ev.target.dataset && ev.target.dataset.r;
      if (r) location.hash = r.split(" ")[0];
    });
    fromHash();
  }

  if ($("#map")) initIndex();
  if ($("#text")) initArticle();
})();
