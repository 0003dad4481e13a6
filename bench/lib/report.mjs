// bench/run's report: reads the hyperfine JSON of each scenario (manifest.tsv: id, title, file) and the peak
// RSS of each command (rss.tsv: id, name, kB), prints bench/results.md: the machine, one table per scenario
// with the ratios of Strata to each peer measured in the same run, and the issue's targets, met or not.
import { readFileSync } from "node:fs";

const [manifestFile, rssFile] = process.argv.slice(2);
const tsv = (f) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => l.split("\t"));

// A scenario's rounds (one hyperfine JSON each) merged: each command's times from every round, the
// commands in the order of the first round.
const byId = new Map();
for (const [id, title, file] of tsv(manifestFile)) {
  if (!byId.has(id)) byId.set(id, { id, title, times: new Map() });
  for (const r of JSON.parse(readFileSync(file, "utf8")).results) {
    const times = byId.get(id).times;
    times.set(r.command, [...(times.get(r.command) ?? []), ...r.times]);
  }
}
const scenarios = [...byId.values()].map(({ id, title, times }) => ({
  id,
  title,
  rows: [...times].map(([name, all]) => {
    const t = [...all].sort((a, b) => a - b);
    const mid = t.length >> 1;
    return { name, runs: t.length, min: t[0], median: t.length % 2 ? t[mid] : (t[mid - 1] + t[mid]) / 2 };
  }),
}));
const rss = new Map(tsv(rssFile).map(([id, name, kb]) => [`${id}\t${name}`, Number(kb)]));

const isStrata = (name) => name.startsWith("strata");
// What a Strata line is divided by: the other tools, and Strata on the SQL twins (scenario 3's reference).
const isPeer = (name) => !isStrata(name) || name.includes("the same in SQL");
const row = (id, name) => {
  const r = scenarios.find((s) => s.id === id)?.rows.find((x) => x.name === name);
  if (!r) throw new Error(`report: no result for ${id} / ${name}`);
  return r;
};
const s = (x) => x.toFixed(3);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

const out = [];
out.push("# Strata against node-pg-migrate, the better-auth CLI and psql", "");
out.push("Written by `bench/run` (see bench/README.md); every number below comes from that one run.", "");
out.push(process.env.BENCH_MACHINE ?? "", "");
out.push(
  "Times are wall-clock seconds (min and median of the runs). Each scenario ran in rounds, one run of every " +
    "command per round in a rotating order, so Strata and its peers ran interleaved in the same minutes. `÷ X` is " +
    "Strata's median divided by X's median (below 1.00×: Strata is faster), and the same for the mins: the two " +
    "disagree when the machine was busy during some runs. Targets are judged on the medians. Peak RSS is from one further run of " +
    "each command under `/usr/bin/time -v` (for a command that starts others, the largest process).",
  "",
);

for (const sc of scenarios) {
  const peers = sc.rows.filter((r) => isPeer(r.name));
  const perMigration = /^sql\d+$/.test(sc.id) ? Number(sc.id.slice(3)) : 0;
  out.push(`## ${sc.title}`, "");
  const head = ["command", "runs", "min (s)", "median (s)"];
  if (perMigration) head.push("median per migration (ms)");
  head.push("peak RSS (MiB)", ...peers.map((p) => `÷ ${p.name}`));
  out.push(`| ${head.join(" | ")} |`, `|${head.map((_, i) => (i === 0 ? " --- " : " ---: ")).join("|")}|`);
  for (const r of sc.rows) {
    const kb = rss.get(`${sc.id}\t${r.name}`);
    const cells = [r.name.replaceAll("|", "\\|"), r.runs, s(r.min), s(r.median)];
    if (perMigration) cells.push(((r.median / perMigration) * 1000).toFixed(2));
    cells.push(kb ? (kb / 1024).toFixed(0) : "?");
    for (const p of peers) cells.push(isStrata(r.name) && p !== r ? `${ratio(r.median, p.median)} (min ${ratio(r.min, p.min)})` : "");
    out.push(`| ${cells.join(" | ")} |`);
  }
  out.push("");
}

// The issues' targets (issue 16 unless said), on medians.
const targets = [];
const target = (what, value, met) => targets.push(`| ${what} | ${value} | ${met ? "met" : "**not met**"} |`);
const has = (id, name) => scenarios.find((s) => s.id === id)?.rows.some((x) => x.name === name);
const ran = (...ids) => ids.every((id) => scenarios.some((s) => s.id === id)); // BENCH_SCENARIOS may leave some out
for (const n of ran("noop10", "noop1000") ? [10, 1000] : []) {
  const psql = row(`noop${n}`, "psql -c 'select 1'").median, npgm = row(`noop${n}`, "node-pg-migrate up").median;
  for (const name of ["strata migrate up", "strata up (auth + app)"]) {
    const m = row(`noop${n}`, name).median, what = name.replace(" (auth + app)", "");
    target(`no-op \`${what}\` (AOT), ${n} applied: ≤ 0.5× psql`, `Strata ÷ psql = ${ratio(m, psql)}`, m <= 0.5 * psql);
    target(`no-op \`${what}\` (AOT), ${n} applied: ≥ 20× faster than node-pg-migrate`, `node-pg-migrate ÷ Strata = ${(npgm / m).toFixed(1)}`, npgm / m >= 20);
  }
  for (const [name, what] of [["strata up (auth + app), ./strata", "./strata up"], ["strata up (auth + app), installed tool", "installed tool's strata up"]]) {
    if (!has(`noop${n}`, name)) continue;
    const m = row(`noop${n}`, name).median;
    target(`no-op \`${what}\`, ${n} applied: ≤ 0.2 s`, `${s(m)} s`, m <= 0.2);
    target(`no-op \`${what}\`, ${n} applied: ≥ 3× faster than node-pg-migrate`, `node-pg-migrate ÷ Strata = ${(npgm / m).toFixed(1)}`, npgm / m >= 3);
  }
}
if (ran("sql1000", "sql10000")) {
  const m = row("sql1000", "strata migrate up").median, psql = row("sql1000", "psql -1 -f (one file)").median;
  target("1000 SQL migrations: ≤ 1.05× `psql -1 -f`", `Strata ÷ psql = ${ratio(m, psql)}`, m <= 1.05 * psql);
  const big = row("sql10000", "strata migrate up").median;
  const growth = big / 10000 / (m / 1000);
  target("10 000 SQL migrations: per-migration time within 1.2× of that at 1000", `${growth.toFixed(2)}×`, growth <= 1.2);
  const kb = rss.get("sql10000\tstrata migrate up");
  target("10 000 SQL migrations: peak RSS ≤ 120 MB", kb ? `${(kb / 1024).toFixed(0)} MiB` : "?", kb !== undefined && kb / 1024 <= 120);
}
if (ran("cs100")) {
  const first = row("cs100", "strata migrate up, C#, first run (compiles)").median;
  const cached = row("cs100", "strata migrate up, C#, cached").median;
  const twin = row("cs100", "strata migrate up, the same in SQL").median;
  const ts = row("cs100", "node-pg-migrate up, TypeScript twins").median;
  target("100 C# migrations, first run: ≤ 1.5× node-pg-migrate's TypeScript", `Strata ÷ TS = ${ratio(first, ts)}`, first <= 1.5 * ts);
  target("100 C# migrations, cached: within 1.2× of the SQL twins (earlier issue)", `C# ÷ SQL = ${ratio(cached, twin)}`, cached <= 1.2 * twin);
  target("100 C# migrations, cached: faster than node-pg-migrate's TypeScript (earlier issue)", `Strata ÷ TS = ${ratio(cached, ts)}`, cached < ts);
}
if (ran("chat")) {
  const node = row("chat", "auth migrate -y + node-pg-migrate up").median;
  const first = row("chat", "strata up, first run (compiles)").median, cached = row("chat", "strata up, cached").median;
  target("chat deploy, first run (compiles): at least as fast as the two Node CLIs", `Node CLIs ÷ Strata = ${(node / first).toFixed(2)}`, node / first >= 1);
  target("chat deploy, cached: ≥ 3× faster than the two Node CLIs (earlier issue)", `Node CLIs ÷ Strata = ${(node / cached).toFixed(1)}`, node / cached >= 3);
}
out.push("## Targets (issue 16; medians)", "", "| target | measured | |", "| --- | ---: | --- |", ...targets, "");

// Point 1's floor: psql sending the very statements a no-op run of Strata sends (taken from the server's log), over one
// connection as one query. What Strata spends beyond that is its own; the rest is the server's and the process's.
const left = [];
for (const [name, reads] of !ran("noop10", "noop1000") ? [] : [["strata migrate up", "psql sending strata migrate up's reads"], ["strata up (auth + app)", "psql sending strata up's reads"]]) {
  const cells = [10, 1000].map((n) => {
    const m = row(`noop${n}`, name).median, floor = row(`noop${n}`, reads).median, one = row(`noop${n}`, "psql -c 'select 1'").median;
    return `${ratio(m, floor)} (psql's reads ÷ select 1 = ${ratio(floor, one)})`;
  });
  left.push(`| \`${name.replace(" (auth + app)", "")}\` (AOT) ÷ psql sending the same statements | ${cells.join(" | ")} |`);
}
if (ran("noop10", "noop1000")) left.push(`| \`strata --version\` (the process's start-up), s | ${[10, 1000].map((n) => s(row(`noop${n}`, "strata --version (start-up alone: no file, no connection)").median)).join(" | ")} |`);
if (left.length) out.push(
  "## What a no-op costs beyond reading what it must (issue 16, point 1)",
  "",
  "psql sends the statements one no-op run of Strata sent (read from the server's log, parameters written in) as one query " +
    "over one connection: the least a no-op that reads the auth schema and the history can cost. The ratio to `select 1` is " +
    "the server's own work on those reads in a new session.",
  "",
  "| | 10 applied | 1000 applied |",
  "| --- | ---: | ---: |",
  ...left,
  "",
);
process.stdout.write(out.join("\n"));
