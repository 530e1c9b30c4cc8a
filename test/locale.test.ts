import { expect, test } from "vitest";
import { getFormat } from "../src/render/locale/index.js";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test("getFormat(fr) writes French numbers and dates", () => {
  const fr = getFormat("fr");
  expect(fr.area(90800)).toBe("90\u202f800\u00a0km²");
  expect(fr.day(day("2018-09-10"))).toBe("10 sept. 2018");
  expect(fr.day(day("2019-03-01"))).toBe("1er mars 2019");
  expect(fr.month(day("2015-01-01"))).toBe("janv. 2015");
  expect(fr.number(0.5, 1)).toBe("0,5");
  expect(fr.dayPair(day("2019-01-07"), day("2019-01-13"), " ou ")).toBe("7 ou 13 janv.");
  expect(fr.dayPair(day("2018-10-31"), day("2018-11-11"), " – ")).toBe("31 oct. – 11 nov.");
  expect(fr.monthStacked(day("2019-01-01"))).toBe("janv.\n2019");
  expect(fr.monthStacked(day("2018-12-01"))).toBe("déc.");
});

test("getFormat(en) writes English numbers and dates", () => {
  const en = getFormat("en");
  expect(en.area(90800)).toBe("90,800\u00a0km²");
  expect(en.day(day("2018-09-10"))).toBe("Sep 10, 2018");
  expect(en.month(day("2015-01-01"))).toBe("Jan 2015");
  expect(en.dayPair(day("2018-09-10"), day("2018-09-11"), " or ")).toBe("Sep 10 or 11");
  expect(en.monthStacked(day("2019-01-01"))).toBe("Jan\n2019");
});
