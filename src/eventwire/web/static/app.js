// eventwire dashboard: plain JavaScript, no libraries, no network beyond this server.
// Every piece of data goes into the page through textContent or SVG attributes, never
// innerHTML, so article text, titles and actor names render as text.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const FILTER_KEYS = ["since", "until", "actor", "source", "target", "type", "quad", "text"];
const PAGES = [["summary", "Summary"], ["timeline", "Timeline"], ["network", "Network"],
               ["map", "Map"], ["records", "Records"]];
const QUADS = {1: "verbal cooperation", 2: "material cooperation",
               3: "verbal conflict", 4: "material conflict"};
const QUAD_COLOURS = {1: "#4e9a5b", 2: "#1f6f3a", 3: "#e0913a", 4: "#c0392b"};
const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
               "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
               "MOBILIZE", "COERCE", "ASSAULT"];

// ---- helpers -------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVGNS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = String(value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

function params() {
  return new URLSearchParams(window.location.search);
}

function filterParams(extra) {
  const out = new URLSearchParams();
  const current = params();
  for (const key of FILTER_KEYS) {
    if (current.get(key)) out.set(key, current.get(key));
  }
  for (const [key, value] of Object.entries(extra || {})) {
    if (value === null || value === undefined || value === "") out.delete(key);
    else out.set(key, value);
  }
  return out;
}

function go(page, extra) {
  const query = filterParams(extra).toString();
  window.location.assign("/" + page + (query ? "?" + query : ""));
}

function setParams(extra) {
  const query = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(extra)) {
    if (value === null || value === undefined || value === "") query.delete(key);
    else query.set(key, value);
  }
  window.history.pushState(null, "", "?" + query.toString());
  render();
}

async function api(path, extra) {
  const query = filterParams(extra).toString();
  const response = await fetch("/api/" + path + (query ? "?" + query : ""));
  const body = await response.json();
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
    throw new Error(detail);
  }
  return body;
}

function safeUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
}

function fmt(value, digits) {
  if (value === null || value === undefined) return "–";
  return typeof value === "number" && digits !== undefined ? value.toFixed(digits) : value;
}

function goldsteinColour(g) {
  const t = Math.max(-1, Math.min(1, (g || 0) / 10));
  const r = t < 0 ? 200 : Math.round(200 - 170 * t);
  const gr = t > 0 ? 160 : Math.round(160 + 10 * t);
  const b = Math.round(90 - 40 * Math.abs(t));
  return `rgb(${r},${gr},${b})`;
}

function table(columns, rows, onRow) {
  const head = el("tr", {}, columns.map(([label]) => el("th", {text: label})));
  const body = rows.map((row) => el("tr", {class: onRow ? "record" : null,
    onclick: onRow ? () => onRow(row) : null}, columns.map(([, get]) => el("td", {text: get(row)}))));
  return el("table", {}, el("thead", {}, head), el("tbody", {}, body));
}

function actorLabel(code, name) {
  if (!code && !name) return "–";
  return name && name !== code ? `${code || "?"} (${name})` : code;
}

// ---- frame: navigation and filters --------------------------------------------

function renderNav(page) {
  const nav = document.getElementById("nav");
  nav.replaceChildren(...PAGES.map(([id, label]) => {
    const query = filterParams().toString();
    return el("a", {href: "/" + id + (query ? "?" + query : ""),
                    class: id === page ? "active" : null, text: label});
  }));
}

function renderFilters() {
  const form = document.getElementById("filters");
  const p = params();
  const input = (name, label, type, hint) => el("label", {}, label,
    el("input", {type, name, value: p.get(name) || "", placeholder: hint || null}));
  const typeSelect = el("select", {name: "type"},
    el("option", {value: "", text: "any type"}),
    TYPES.map((t) => el("option", {value: t, text: t, selected: p.get("type") === t})));
  const quads = (p.get("quad") || "").split(",");
  const quadBoxes = el("span", {class: "quads"}, Object.entries(QUADS).map(([q, name]) =>
    el("label", {title: name}, el("input", {type: "checkbox", name: "quad", value: q,
      checked: quads.includes(q)}), "Q" + q)));
  form.replaceChildren(
    input("since", "From", "date"), input("until", "To", "date"),
    input("actor", "Actor", "text", "USA,CHN"), input("source", "Source", "text", "RUS"),
    input("target", "Target", "text", "UKR"), input("text", "Words", "text", "missile"),
    el("label", {}, "Type", typeSelect), el("label", {}, "Quad class", quadBoxes),
    el("button", {type: "submit", id: "apply", text: "Apply"}),
    el("button", {type: "button", id: "clear", text: "Clear",
                  onclick: () => applyFilters(null)}));
  form.onsubmit = (event) => { event.preventDefault(); applyFilters(new FormData(form)); };
}

function applyFilters(data) {
  const extra = {page: null};
  for (const key of FILTER_KEYS) {
    const values = data ? data.getAll(key).map((v) => String(v).trim()).filter(Boolean) : [];
    extra[key] = values.join(",");
  }
  setParams(extra);
}

let renderSeq = 0;

async function render() {
  // Each render draws into a fresh box and shows it only if no later render started,
  // so quick clicks never leave an older view on screen.
  const seq = ++renderSeq;
  const page = document.body.dataset.page;
  renderNav(page);
  renderFilters();
  const box = document.createElement("div");
  try {
    await RENDERERS[page](box);
  } catch (error) {
    box.replaceChildren(el("p", {class: "error", text: "Error: " + error.message}));
  }
  if (seq === renderSeq) document.getElementById("main").replaceChildren(...box.childNodes);
}

// ---- summary --------------------------------------------------------------------

async function renderSummary(main) {
  const s = await api("summary");
  const cards = el("div", {class: "cards"}, Object.entries(s.counts).map(([name, n]) =>
    el("div", {class: "card"}, el("div", {class: "n", text: n.toLocaleString()}),
       el("div", {class: "muted", text: name}))));
  const span = el("p", {class: "muted",
    text: s.first_date ? `Events dated ${s.first_date} to ${s.last_date}.` : "No dated events."});
  const dyads = table([["source", (r) => r.source || "–"], ["target", (r) => r.target || "–"],
                       ["events", (r) => r.count], ["Goldstein mean", (r) => fmt(r.goldstein_mean, 2)]],
    s.top_dyads, (r) => go("timeline", {source: r.source, target: r.target, actor: null}));
  const types = table([["type", (r) => r.event_type], ["quad", (r) => QUADS[r.quad_class]],
                       ["events", (r) => r.count]],
    s.top_types, (r) => go("records", {type: r.event_type}));
  const stages = s.rejections_by_stage.map((r) => `${r.stage}: ${r.count}`).join(", ");
  const rejections = table([["article", (r) => r.article_id], ["stage", (r) => r.stage],
                            ["reason", (r) => r.reason]], s.recent_rejections);
  main.replaceChildren(cards, span, el("div", {class: "grid"},
    el("section", {}, el("h2", {text: "Top dyads"}), dyads),
    el("section", {}, el("h2", {text: "Top event types"}), types),
    el("section", {}, el("h2", {text: "Rejections"}),
       el("p", {class: "muted", text: stages || "None."}), rejections)));
}

// ---- timeline -------------------------------------------------------------------

async function renderTimeline(main) {
  const by = params().get("by") || "month";
  const rows = await api("timeline", {by});
  const select = el("select", {id: "by", onchange: (e) => setParams({by: e.target.value})},
    ["day", "week", "month", "year"].map((b) => el("option", {value: b, text: b, selected: b === by})));
  const legend = el("div", {class: "legend"}, Object.entries(QUADS).map(([q, name]) =>
    el("span", {}, el("span", {class: "swatch q" + q}), name)),
    el("span", {}, el("span", {class: "swatch", id: "line-swatch"}), "Goldstein mean (line)"));
  const title = dyadTitle();
  main.replaceChildren(el("h2", {text: title}), el("label", {}, "Period ", select), legend,
    rows.length ? timelineChart(rows, by) : el("p", {class: "muted", text: "No dated events."}),
    el("p", {class: "muted", text: "Click a bar to list its events."}));
}

function dyadTitle() {
  const p = params();
  if (p.get("source") || p.get("target")) {
    return `Events ${p.get("source") || "any"} → ${p.get("target") || "any"}`;
  }
  return p.get("actor") ? `Events involving ${p.get("actor")}` : "All events";
}

function addPeriod(day, by) {
  const d = new Date(day + "T00:00:00Z");
  if (by === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (by === "week") d.setUTCDate(d.getUTCDate() + 7);
  else if (by === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

function fillPeriods(rows, by) {
  // Empty periods between the first and last become zero bars (up to 1,500 periods).
  const out = [], byPeriod = new Map(rows.map((r) => [r.period, r]));
  let day = rows[0].period;
  while (day <= rows[rows.length - 1].period && out.length < 1500) {
    const next = addPeriod(day, by);
    out.push(byPeriod.get(day) || {period: day, end: prevDay(next),
      count: 0, q1: 0, q2: 0, q3: 0, q4: 0, goldstein_mean: null});
    day = next;
  }
  return out.length < 1500 ? out : rows;
}

function prevDay(day) {
  const d = new Date(day + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function timelineChart(rows, by) {
  rows = fillPeriods(rows, by);
  const width = Math.max(600, document.getElementById("main").clientWidth - 10);
  const height = 320, left = 40, right = 40, top = 20, bottom = 30;
  const max = Math.max(...rows.map((r) => r.count));
  const barW = (width - left - right) / rows.length;
  const y = (n) => height - bottom - (n / max) * (height - top - bottom);
  const gy = (g) => top + ((10 - g) / 20) * (height - top - bottom);
  const chart = svg("svg", {class: "chart", id: "timeline-chart", width, height,
                            viewBox: `0 0 ${width} ${height}`});
  chart.append(svg("line", {x1: left, x2: width - right, y1: y(0), y2: y(0), stroke: "#999"}),
    svg("line", {x1: left, x2: width - right, y1: gy(0), y2: gy(0), stroke: "#2a5db0",
                 "stroke-dasharray": "3 4", "stroke-opacity": 0.5}),
    svg("text", {x: 4, y: top + 4, "font-size": 11, text: String(max)}),
    svg("text", {x: 4, y: y(0), "font-size": 11, text: "0"}),
    svg("text", {x: width - right + 4, y: gy(10) + 4, "font-size": 11, fill: "#2a5db0", text: "+10"}),
    svg("text", {x: width - right + 4, y: gy(0) + 4, "font-size": 11, fill: "#2a5db0", text: "0"}),
    svg("text", {x: width - right + 4, y: gy(-10), "font-size": 11, fill: "#2a5db0", text: "−10"}));
  rows.forEach((row, i) => row.count && chart.append(timelineBar(row, left + i * barW, barW, y)));
  let run = [];
  const flush = () => {
    if (run.length > 1) {
      chart.append(svg("polyline", {points: run.join(" "), fill: "none", stroke: "#2a5db0",
                                    "stroke-width": 2, "pointer-events": "none"}));
    }
    run = [];
  };
  rows.forEach((r, i) => {
    if (r.goldstein_mean === null) return flush();
    const [cx, cy] = [left + (i + 0.5) * barW, gy(r.goldstein_mean)];
    run.push(`${cx},${cy}`);
    chart.append(svg("circle", {cx, cy, r: 2.5, fill: "#2a5db0", "pointer-events": "none"}));
  });
  flush();
  const labelEvery = Math.ceil(rows.length / Math.max(1, Math.floor((width - left - right) / 90)));
  rows.forEach((row, i) => {
    if (i % labelEvery === 0) {
      chart.append(svg("text", {x: left + i * barW, y: height - 10, "font-size": 11,
                                text: row.period.slice(0, by === "year" ? 4 : by === "month" ? 7 : 10)}));
    }
  });
  return chart;
}

function timelineBar(row, x, w, y) {
  const group = svg("g", {class: "bar", "data-period": row.period,
    onclick: () => go("records", {since: row.period, until: row.end})});
  let base = 0;
  for (const q of [1, 2, 3, 4]) {
    const n = row["q" + q];
    if (!n) continue;
    group.append(svg("rect", {x: x + 1, width: Math.max(1, w - 2), y: y(base + n),
                              height: y(base) - y(base + n), fill: QUAD_COLOURS[q]}));
    base += n;
  }
  group.append(svg("title", {text: `${row.period} to ${row.end}: ${row.count} events, ` +
    `Goldstein mean ${fmt(row.goldstein_mean, 2)}`}));
  return group;
}

// ---- network --------------------------------------------------------------------

async function renderNetwork(main) {
  const data = await api("network", {limit: 60});
  if (!data.nodes.length) {
    main.replaceChildren(el("p", {class: "muted", text: "No events between two actors."}));
    return;
  }
  main.replaceChildren(el("h2", {text: "Who acts on whom"}),
    el("p", {class: "muted", text: "Edge width: events; colour: mean Goldstein (red conflict, " +
      "green cooperation). Click an actor to filter on it."}), networkChart(data));
}

function networkChart(data) {
  const size = 640, centre = size / 2, radius = size / 2 - 70;
  const pos = {};
  data.nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / data.nodes.length - Math.PI / 2;
    pos[n.id] = [centre + radius * Math.cos(a), centre + radius * Math.sin(a)];
  });
  const maxEdge = Math.max(...data.edges.map((e) => e.count));
  const maxNode = Math.max(...data.nodes.map((n) => n.count));
  const chart = svg("svg", {class: "chart", id: "network-chart", viewBox: `0 0 ${size} ${size}`});
  for (const e of data.edges) {
    const [x1, y1] = pos[e.source], [x2, y2] = pos[e.target];
    const line = e.source === e.target
      ? svg("circle", {cx: x1, cy: y1 - 14, r: 12, fill: "none"})
      : svg("line", {x1, y1, x2, y2});
    setAttrs(line, {stroke: goldsteinColour(e.goldstein_mean), "stroke-opacity": 0.75,
                    "stroke-width": 1 + 7 * (e.count / maxEdge), class: "edge"});
    line.append(svg("title", {text: `${e.source} → ${e.target}: ${e.count} events, ` +
      `Goldstein mean ${fmt(e.goldstein_mean, 2)}`}));
    chart.append(line);
  }
  for (const n of data.nodes) {
    const [x, y] = pos[n.id];
    chart.append(svg("g", {class: "node", "data-id": n.id, onclick: () => go("network",
      {actor: n.id, source: null, target: null})},
      svg("circle", {cx: x, cy: y, r: 5 + 14 * Math.sqrt(n.count / maxNode), fill: "#2a5db0",
                     "fill-opacity": 0.85}),
      svg("text", {x: x + 12, y: y - 10, text: n.id}),
      svg("title", {text: `${actorLabel(n.id, n.name)}: ${n.count} events`})));
  }
  return chart;
}

// ---- map ------------------------------------------------------------------------

let worldCache = null;

async function renderMap(main) {
  if (!worldCache) worldCache = await (await fetch("/static/world.json")).json();
  const data = await api("places");
  const totals = table([["country", (r) => r.country], ["events", (r) => r.count]],
    data.countries, (r) => go("records", {actor: r.country}));
  main.replaceChildren(el("h2", {text: "Where events happened"}),
    el("p", {class: "muted", text: `Circles: events per country (blue) and per named place ` +
      `(orange); ${data.unplaced} events have no place.`}),
    mapChart(worldCache, data), el("h3", {text: "Country totals"}), totals);
}

function mapChart(world, data) {
  const w = 720, h = 360;
  const px = (lon) => ((lon + 180) / 360) * w, py = (lat) => ((90 - lat) / 180) * h;
  const chart = svg("svg", {class: "chart", id: "map-chart", viewBox: `0 0 ${w} ${h}`});
  chart.append(svg("rect", {x: 0, y: 0, width: w, height: h, fill: "#eef4fa"}));
  for (let lon = -150; lon <= 150; lon += 30) {
    chart.append(svg("line", {x1: px(lon), x2: px(lon), y1: 0, y2: h, stroke: "#d5e1ec"}));
  }
  for (let lat = -60; lat <= 60; lat += 30) {
    chart.append(svg("line", {x1: 0, x2: w, y1: py(lat), y2: py(lat), stroke: "#d5e1ec"}));
  }
  const centroid = {};
  for (const c of world) {
    centroid[c.iso3] = c;
    chart.append(svg("circle", {cx: px(c.lon), cy: py(c.lat), r: 2, fill: "#b8c2cc"},
      svg("title", {text: c.name})));
  }
  const maxCountry = Math.max(1, ...data.countries.map((c) => c.count));
  for (const c of data.countries) {
    const at = centroid[c.country];
    if (!at) continue;
    chart.append(svg("circle", {class: "country-dot", cx: px(at.lon), cy: py(at.lat),
      r: 4 + 16 * Math.sqrt(c.count / maxCountry), fill: "#2a5db0", "fill-opacity": 0.45,
      onclick: () => go("records", {actor: c.country})},
      svg("title", {text: `${at.name}: ${c.count} events`})));
  }
  for (const p of data.places) {
    chart.append(svg("circle", {cx: px(p.lon), cy: py(p.lat), r: 2 + Math.sqrt(p.count),
      fill: "#e07b1a", "fill-opacity": 0.8}, svg("title", {text: `${p.name}: ${p.count} events`})));
  }
  return chart;
}

// ---- records --------------------------------------------------------------------

const RECORD_COLUMNS = [
  ["date", "date", (r) => r.date || "–"], ["type", "type", (r) => r.event_type],
  ["quad", "quad", (r) => r.quad_class], ["goldstein", "Goldstein", (r) => fmt(r.goldstein, 1)],
  ["source", "source", (r) => actorLabel(r.source_country || r.source_org, r.source_name)],
  ["target", "target", (r) => actorLabel(r.target_country || r.target_org, r.target_name)],
  ["place", "place", (r) => r.location_name || "–"],
  ["article", "article", (r) => r.title || r.article_id],
];

async function renderRecords(main) {
  const p = params();
  const page = Number(p.get("page") || 1), sort = p.get("sort") || "date";
  const desc = p.get("desc") === "true";
  const data = await api("records", {page, size: 25, sort, desc: desc ? "true" : null});
  const head = el("tr", {}, RECORD_COLUMNS.map(([key, label]) => el("th", {
    class: "sortable" + (key === sort ? (desc ? " sorted-desc" : " sorted-asc") : ""),
    "data-sort": key, text: label,
    onclick: () => setParams({sort: key, desc: key === sort && !desc ? "true" : null, page: null}),
  })));
  const body = el("tbody", {});
  for (const row of data.rows) body.append(recordRow(row, body));
  const pages = Math.max(1, Math.ceil(data.total / data.size));
  const pager = el("div", {class: "pager"},
    el("button", {id: "prev", text: "← Previous", disabled: page <= 1,
                  onclick: () => setParams({page: page - 1})}),
    el("span", {text: `Page ${page} of ${pages} · ${data.total} records`}),
    el("button", {id: "next", text: "Next →", disabled: page >= pages,
                  onclick: () => setParams({page: page + 1})}));
  main.replaceChildren(pager, el("table", {id: "records"}, el("thead", {}, head), body));
}

function recordRow(row, body) {
  const tr = el("tr", {class: "record", "data-article": row.article_id},
    RECORD_COLUMNS.map(([, , get]) => el("td", {text: get(row)})));
  tr.addEventListener("click", () => toggleDetail(tr, row));
  return tr;
}

async function toggleDetail(tr, row) {
  const next = tr.nextElementSibling;
  if (next && next.classList.contains("detail")) {
    next.remove();
    return;
  }
  const cell = el("td", {colspan: RECORD_COLUMNS.length}, el("p", {class: "muted", text: "Loading…"}));
  tr.after(el("tr", {class: "detail"}, cell));
  try {
    const data = await (await fetch("/api/articles/" + encodeURIComponent(row.article_id))).json();
    const record = data.records.find((m) => m.seq === row.seq) || row;
    cell.replaceChildren(articleDetail(data, record));
  } catch (error) {
    cell.replaceChildren(el("p", {class: "error", text: "Error: " + error.message}));
  }
}

function articleDetail(data, record) {
  const a = data.article, url = safeUrl(a.url);
  const meta = [a.source, a.published].filter(Boolean).join(", ");
  const flags = [record.negated && "negated", record.hypothetical && "hypothetical"].filter(Boolean);
  return el("div", {class: "article"},
    el("h3", {class: "article-title", text: a.title || a.article_id}),
    el("p", {class: "muted"}, meta, url ? [" · ", el("a", {href: url, rel: "noopener noreferrer",
      target: "_blank", text: "source"})] : null),
    el("p", {class: "muted", text: `${record.event_type} (${record.cameo}), trigger ` +
      `“${record.trigger}”, confidence ${fmt(record.confidence, 2)}` +
      (record.attribution ? `, said by ${record.attribution}` : "") +
      (flags.length ? ` [${flags.join(", ")}]` : "")}),
    el("div", {class: "legend"}, el("mark", {class: "hl-trigger", text: "trigger"}),
       el("mark", {class: "hl-source", text: "source"}), el("mark", {class: "hl-target", text: "target"})),
    el("blockquote", {class: "evidence"}, highlighted(record)),
    el("div", {class: "article-text"}, articleText(data.coded_text, record)));
}

function spansIn(record, offset, length) {
  const out = [];
  for (const kind of ["trigger", "source", "target"]) {
    const start = record[kind + "_start"], end = record[kind + "_end"];
    if (start === null || start === undefined) continue;
    const s = start - offset, e = end - offset;
    if (s >= 0 && e <= length && e > s) out.push({kind, s, e});
  }
  return out.sort((x, y) => x.s - y.s);
}

function highlighted(record) {
  // Cut the sentence at every span boundary; a piece inside spans becomes a <mark> whose
  // classes name them all (a trigger inside its source phrase is both).
  const sentence = record.sentence;
  let offset = record.sentence_start;
  if (offset === undefined || offset < 0) offset = record.trigger_start - sentence.indexOf(record.trigger);
  const spans = spansIn(record, offset, sentence.length);
  const cuts = [...new Set([0, sentence.length, ...spans.flatMap((x) => [x.s, x.e])])]
    .sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const kinds = spans.filter((x) => x.s <= a && x.e >= b).map((x) => "hl-" + x.kind);
    const piece = sentence.slice(a, b);
    parts.push(kinds.length ? el("mark", {class: kinds.join(" "), text: piece}) : piece);
  }
  return parts;
}

function articleText(text, record) {
  const start = record.sentence_start;
  if (start === undefined || start < 0) return [text];
  const end = start + record.sentence.length;
  return [text.slice(0, start), el("mark", {class: "hl-sentence"}, highlighted(record)),
          text.slice(end)];
}

const RENDERERS = {summary: renderSummary, timeline: renderTimeline, network: renderNetwork,
                   map: renderMap, records: renderRecords};

window.addEventListener("popstate", render);
document.addEventListener("DOMContentLoaded", render);
