// The benchmark's baseline: the fastest straightforward page that draws the same picture.
// Plain D3 and topojson-client, no framework: the same topology and projection, one path per
// state, a range input that recolours every path, and a play button. It reads the same
// compiled dataset and counts kinds of measure in force the same way (own measures, plus the
// EU's for the months a state was a member).
import { geoEqualEarth, geoPath } from 'd3-geo';
import { scaleThreshold } from 'd3-scale';
import { select } from 'd3-selection';
import { feature } from 'topojson-client';

const base = import.meta.env.BASE_URL;
const [data, topology] = await Promise.all([
  fetch(`${base}data/dataset.json`).then((r) => r.json()),
  fetch(`${base}geo/countries-50m.json`).then((r) => r.json()),
]);

const first = (d) => `${d.slice(0, 4)}-${d.length >= 7 ? d.slice(5, 7) : '01'}`;
const last = (d) => `${d.slice(0, 4)}-${d.length >= 7 ? d.slice(5, 7) : '12'}`;
const spans = new Map();
const byNumeric = new Map();
for (const a of data.actors) {
  if (a.numeric) byNumeric.set(a.numeric, a.id);
  spans.set(
    a.id,
    a.measures.map((m) => ({
      c: m.category,
      from: last(m.start),
      until: m.end ? first(m.end) : null,
    })),
  );
}
const eu = spans.get('EU') ?? [];
for (const bloc of data.blocs) {
  for (const member of bloc.members) {
    const from = last(member.from);
    const end = member.measuresApplyUntil ?? member.until;
    const until = end ? first(end) : null;
    const list = spans.get(member.state);
    if (!list) continue;
    for (const s of eu) {
      const f = s.from > from ? s.from : from;
      const u =
        s.until === null ? until : until === null ? s.until : s.until < until ? s.until : until;
      if (u === null || f < u) list.push({ c: s.c, from: f, until: u });
    }
  }
}
const level = (id, month) => {
  const kinds = new Set();
  for (const s of spans.get(id) ?? [])
    if (s.from <= month && (s.until === null || month < s.until)) kinds.add(s.c);
  return kinds.size;
};
const color = scaleThreshold()
  .domain([1, 2, 3, 4, 5])
  .range(['#f3efe6', '#d0d1e6', '#a6bddb', '#74a9cf', '#2b8cbe', '#045a8d']);

const features = feature(topology, topology.objects.countries).features.filter(
  (f) => f.id !== '010',
);
const projection = geoEqualEarth().fitWidth(960, { type: 'FeatureCollection', features });
const path = geoPath(projection);
const svg = select('#map').append('svg').attr('viewBox', '0 0 960 500');
const paths = svg
  .selectAll('path')
  .data(features)
  .join('path')
  .attr('class', 'state')
  .attr('data-iso3', (d) => byNumeric.get(d.id) ?? null)
  .attr('d', path);

const months = [];
const starts = data.actors.flatMap((a) => a.measures.map((m) => first(m.start))).sort();
const now = new Date();
const end = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
for (let m = starts[0]; m <= end;) {
  months.push(m);
  const [y, mo] = m.split('-').map(Number);
  m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}
const input = document.getElementById('date');
const label = document.getElementById('label');
input.max = String(months.length - 1);
const startAt = new URLSearchParams(location.search).get('date');
input.value = String(Math.max(0, months.indexOf(startAt ?? end)));

function recolour() {
  const month = months[Number(input.value)];
  label.textContent = month;
  paths.attr('fill', (d) => {
    const id = byNumeric.get(d.id);
    return id ? color(level(id, month)) : '#dcdcdc';
  });
}
input.addEventListener('input', recolour);
recolour();

let timer = null;
document.getElementById('play').addEventListener('click', () => {
  if (timer !== null) {
    clearInterval(timer);
    timer = null;
    return;
  }
  if (Number(input.value) >= months.length - 1) input.value = '0';
  timer = setInterval(() => {
    input.value = String(Number(input.value) + 1);
    recolour();
    if (Number(input.value) >= months.length - 1) {
      clearInterval(timer);
      timer = null;
      document.body.dataset.played = String(Number(document.body.dataset.played ?? 0) + 1);
    }
  }, 40);
});
document.body.dataset.ready = 'true';
