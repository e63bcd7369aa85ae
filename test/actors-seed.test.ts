// The seed articles' actors and places, coded on each article's date with the built-in dictionaries.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { loadActorResolver, mentionsHeadedBy, type ActorResolver } from "../src/actors/index.js";
import type { Mention, Place } from "../src/text/annotations.js";
import { seed } from "./helpers/actor-docs.js";

let resolver: ActorResolver;
let talks: { mentions: Mention[]; places: Place[] };
let rafah: { mentions: Mention[]; places: Place[] };

before(async () => {
  resolver = await loadActorResolver();
  const a = seed("2024-02-08-gaza-ceasefire-talks.txt");
  talks = resolver.resolve(a.doc, a.article);
  const b = seed("2024-05-08-rafah-crossing.txt");
  rafah = resolver.resolve(b.doc, b.article);
});

const withText = (ms: Mention[], text: string) => ms.filter((m) => m.text === text);
const codes = (ms: Mention[], text: string) => withText(ms, text).map((m) => m.actor?.code ?? null);

test("Netanyahu, in full and by surname, is Israel's government in February 2024", () => {
  const full = withText(talks.mentions, "Israeli Prime Minister Benjamin Netanyahu");
  assert.equal(full.length, 1);
  assert.equal(full[0].actor?.code, "ISRGOV");
  assert.equal(full[0].actor?.person, "Benjamin Netanyahu");
  assert.equal(full[0].headToken, full[0].tokenEnd - 1);
  const surname = withText(talks.mentions, "Netanyahu");
  assert.ok(surname.length >= 5);
  for (const m of surname) assert.deepEqual([m.actor?.code, m.actor?.person], ["ISRGOV", "Benjamin Netanyahu"]);
});

test("'the Israeli leader' finds the Israeli head of government on the article's date", () => {
  const [m] = withText(talks.mentions, "the Israeli leader");
  assert.deepEqual([m.actor?.code, m.actor?.person, m.via], ["ISRGOV", "Benjamin Netanyahu", "role"]);
});

test("Blinken, 'America's top diplomat' and 'he' are the US government", () => {
  assert.deepEqual(codes(talks.mentions, "US Secretary of State Antony Blinken"), ["USAGOV"]);
  assert.deepEqual(codes(talks.mentions, "Blinken"), ["USAGOV", "USAGOV"]);
  const [diplomat] = withText(talks.mentions, "America's top diplomat");
  assert.deepEqual([diplomat.actor?.code, diplomat.actor?.person], ["USAGOV", "Antony Blinken"]);
  const [he] = withText(talks.mentions, "he");
  assert.deepEqual([he.actor?.person, he.via], ["Antony Blinken", "coref-pronoun"]);
});

test("'Mediators from the US, Qatar and Egypt' is one compound of three governments", () => {
  const ms = withText(talks.mentions, "Mediators from the US, Qatar and Egypt");
  assert.deepEqual(ms.map((m) => m.actor?.code), ["USAGOV", "QATGOV", "EGYGOV"]);
  assert.ok(ms[0].group !== undefined && ms.every((m) => m.group === ms[0].group));
  assert.deepEqual(mentionsHeadedBy(talks.mentions, ms[0].headToken).map((m) => m.actor?.code), ["USAGOV", "QATGOV", "EGYGOV"]);
  // The listed countries are members of the compound, not separate actors.
  assert.equal(talks.mentions.filter((m) => m.start >= ms[0].start && m.end <= ms[0].end && m.group === undefined).length, 0);
  assert.deepEqual(codes(talks.mentions, "Qatari and Egyptian mediators"), ["QATGOV", "EGYGOV"]);
  assert.deepEqual(codes(talks.mentions, "US and Israeli spy chiefs"), ["USASPY", "ISRSPY"]);
});

test("Hamas: the delegation, Khalil Al Hayya, Yahya Sinwar, Osama Hamdan", () => {
  assert.deepEqual(codes(talks.mentions, "a Palestinian Hamas delegation"), ["PSEREBHMS"]);
  const [hayya] = withText(talks.mentions, "senior official Khalil Al Hayya");
  assert.deepEqual([hayya.actor?.code, hayya.actor?.person, hayya.type], ["PSEREBHMS", "Khalil al-Hayya", "PER"]);
  const [sinwar] = withText(talks.mentions, "Hamas military leader Yahya Sinwar");
  assert.deepEqual([sinwar.actor?.code, sinwar.actor?.person], ["PSEREBHMS", "Yahya Sinwar"]);
  assert.deepEqual(sinwar.actor, { code: "PSEREBHMS", country: "PSE", sectors: ["REB"], org: "HMS", person: "Yahya Sinwar" });
  const [hamdan] = withText(rafah.mentions, "Hamas official Osama Hamdan");
  assert.deepEqual([hamdan.actor?.code, hamdan.actor?.person], ["PSEREBHMS", "Osama Hamdan"]);
});

test("Israeli forces, Gaza's health ministry, residents, Washington", () => {
  assert.deepEqual(codes(rafah.mentions, "Israeli forces"), ["ISRMIL"]);
  const [health] = withText(talks.mentions, "Gaza's health ministry");
  assert.deepEqual([health.actor?.code, health.actor?.country, health.actor?.sectors], ["PSEHLH", "PSE", ["HLH"]]);
  // Residents are placed by the sentence's places (southern Gaza, Tel Al-Sultan).
  assert.deepEqual(codes(talks.mentions, "residents"), ["PSECVL", "PSECVL"]);
  const [washington] = withText(talks.mentions, "Washington");
  assert.deepEqual([washington.actor?.code, washington.via], ["USAGOV", "capital"]);
  // Datelines and places after prepositions are not governments.
  assert.deepEqual(codes(talks.mentions, "Doha"), []);
  assert.deepEqual(codes(talks.mentions, "Cairo"), []);
});

test("Hamas media, NBC News and Reuters are media, sources rather than actors", () => {
  const [hm] = withText(talks.mentions, "Hamas media");
  assert.equal(hm.actor?.code, "PSEREBHMSMED");
  assert.equal(hm.media, true);
  for (const t of ["NBC News", "Reuters"]) {
    const ms = withText(talks.mentions, t);
    assert.ok(ms.length >= 1 && ms.every((m) => m.media === true), t);
  }
  assert.ok(!withText(rafah.mentions, "Israeli forces")[0].media);
  assert.ok(!withText(rafah.mentions, "Israeli officials")[0].media);
});

test("CIA Director Bill Burns and White House spokesperson John Kirby (and his 'he')", () => {
  const [burns] = withText(rafah.mentions, "CIA Director Bill Burns");
  assert.deepEqual([burns.actor?.code, burns.actor?.person], ["USASPY", "Bill Burns"]);
  const [kirby] = withText(rafah.mentions, "White House spokesperson John Kirby");
  assert.deepEqual([kirby.actor?.code, kirby.actor?.person], ["USAGOV", "John Kirby"]);
  const he = withText(rafah.mentions, "he");
  assert.equal(he.length, 1);
  assert.equal(he[0].actor?.person, "John Kirby");
});

test("mentions carry exact character spans into the text", () => {
  for (const [file, r] of [["2024-02-08-gaza-ceasefire-talks.txt", talks], ["2024-05-08-rafah-crossing.txt", rafah]] as const) {
    const text = seed(file).article.text;
    for (const m of r.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    for (const p of r.places) assert.equal(text.slice(p.start, p.end), p.text);
  }
});

test("places resolve to a country and coordinates", () => {
  const find = (ps: Place[], t: string) => ps.find((p) => p.text === t);
  for (const [ps, name, country] of [
    [talks.places, "Rafah", "PSE"], [talks.places, "Khan Younis", "PSE"], [talks.places, "Tel Al-Sultan", "PSE"],
    [talks.places, "Cairo", "EGY"], [rafah.places, "Beirut", "LBN"], [rafah.places, "Cairo", "EGY"],
  ] as const) {
    const p = find(ps, name);
    assert.ok(p, `${name} not found among places`);
    assert.equal(p.country, country, name);
    assert.ok(p.lat !== null && p.lon !== null, name);
  }
  const beirut = find(rafah.places, "Beirut")!;
  assert.ok(Math.abs(beirut.lat! - 33.89) < 0.2 && Math.abs(beirut.lon! - 35.5) < 0.2);
});
